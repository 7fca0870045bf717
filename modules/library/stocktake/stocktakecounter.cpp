#include "stocktakecounter.h"

#include "stocktakeservice.h"

#include "library/catalog/libraryservice.h"
#include "library/circulation/circulation.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace SchoolSuite::Library {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::StocktakeCounter", text);
}

QString fold(const QString &barcode)
{
    return barcode.toCaseFolded();
}

QDateTime parseUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

StocktakeCounter::StocktakeCounter(const Session &session, const QString &stocktakeId)
    : m_session(session)
    , m_db(session.database())
{
    m_session.require(Permission::LibraryEdit, tr("take stock of the library"));
    m_stocktake.id = stocktakeId;
    reload();
}

StocktakeCounter::~StocktakeCounter() = default;

void StocktakeCounter::reload()
{
    m_stocktake = StocktakeService(m_session).stocktake(m_stocktake.id);
    m_copies.clear();
    m_byBarcode.clear();
    m_byFolded.clear();
    m_loans.clear();
    m_seen.clear();
    m_seenOrder.clear();
    m_runs.clear();
    m_nextPos.clear();
    m_unknownIndex.clear();
    m_unknown.clear();
    m_scans = m_duplicates = 0;

    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT c.id, c.barcode, t.title, c.call_no, coalesce(c.location, ''), "
        "coalesce(c.shelf, ''), c.status FROM library_copies c LEFT JOIN library_titles t ON "
        "t.id = c.title_id WHERE c.deleted = 0"));
    const QList<StocktakeSection> &sections = m_stocktake.sections;
    while (q.next()) {
        Copy c;
        c.id = q.value(0).toString();
        c.barcode = q.value(1).toString();
        c.title = q.value(2).toString();
        c.callNo = q.value(3).toString();
        c.location = q.value(4).toString();
        c.shelf = q.value(5).toString();
        c.status = q.value(6).toString();
        for (int s = 0; s < sections.size() && c.section < 0; ++s)
            if (sections.at(s).contains(c.location, c.shelf, c.callNo))
                c.section = s;
        c.expected = c.section >= 0 && c.status != QLatin1String("withdrawn")
                     && c.status != QLatin1String("lost");
        const int index = int(m_copies.size());
        m_byBarcode.insert(c.barcode, index);
        m_byFolded.insert(fold(c.barcode), index);
        m_copies << c;
    }

    for (const LoanInfo &loan : Circulation(m_session).openLoans()) {
        const QString who = loan.className.isEmpty()
                                ? loan.patronName
                                : QStringLiteral("%1 %2").arg(loan.patronName, loan.className);
        m_loans.insert(loan.copyId, {who, loan.dueOn});
    }

    QSqlQuery scans = m_db.exec(QStringLiteral("SELECT barcode, coalesce(shelf, ''), scanned_at, "
                                               "coalesce(pos, 0) FROM library_stocktake_scans "
                                               "WHERE stocktake_id = ? AND deleted = 0 ORDER BY "
                                               "scanned_at, pos, id"),
                                {m_stocktake.id});
    while (scans.next()) {
        const QString shelf = scans.value(1).toString();
        m_nextPos[shelf] = qMax(m_nextPos.value(shelf, 1), scans.value(3).toInt() + 1);
        apply(classify(scans.value(0).toString(), shelf, parseUtc(scans.value(2).toString())));
    }

    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral(
                "INSERT INTO library_stocktake_scans (id, stocktake_id, barcode, copy_id, "
                "shelf, pos, scanned_at, scanned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

int StocktakeCounter::indexOf(const QString &barcode) const
{
    const auto exact = m_byBarcode.constFind(barcode);
    if (exact != m_byBarcode.cend())
        return *exact;
    // A scanner in the wrong keyboard mode sends another case; barcodes are not told apart by it.
    return m_byFolded.value(fold(barcode), -1);
}

bool StocktakeCounter::inPlace(const Copy &copy, const QString &shelf) const
{
    return copy.section >= 0 && (copy.shelf.isEmpty() || shelf.isEmpty() || copy.shelf == shelf);
}

ScanOutcome StocktakeCounter::classify(const QString &barcode,
                                       const QString &shelf,
                                       const QDateTime &at) const
{
    ScanOutcome o;
    o.barcode = barcode;
    o.shelf = shelf;
    o.at = at;
    const int index = indexOf(barcode);
    if (index < 0 || m_copies.at(index).status == QLatin1String("withdrawn")) {
        if (index >= 0) {
            const Copy &c = m_copies.at(index);
            o.copyId = c.id;
            o.title = c.title;
            o.callNo = c.callNo;
            o.homeShelf = c.shelf;
            o.withdrawn = true;
        }
        const auto unknown = m_unknownIndex.constFind(fold(barcode));
        if (unknown != m_unknownIndex.cend()) {
            o.kind = ScanKind::Duplicate;
            o.firstKind = ScanKind::Unknown;
            o.firstShelf = m_unknown.at(*unknown).scannedShelf;
            return o;
        }
        o.kind = o.firstKind = ScanKind::Unknown;
        o.firstShelf = shelf;
        return o;
    }
    const Copy &c = m_copies.at(index);
    o.copyId = c.id;
    o.barcode = c.barcode;
    o.title = c.title;
    o.callNo = c.callNo;
    o.homeShelf = c.shelf;
    o.onLoan = m_loans.contains(c.id);
    o.registeredLost = c.status == QLatin1String("lost");
    const auto seen = m_seen.constFind(index);
    if (seen != m_seen.cend()) {
        o.kind = ScanKind::Duplicate;
        o.firstKind = seen->kind;
        o.firstShelf = seen->shelf;
        return o;
    }
    if (!inPlace(c, shelf)) {
        o.kind = ScanKind::WrongShelf;
    } else {
        o.kind = ScanKind::OnShelf;
        const auto run = m_runs.constFind(shelf);
        if (run != m_runs.cend() && !run->copies.isEmpty()) {
            const QString &previous = m_copies.at(run->copies.constLast()).callNo;
            if (CallNumber::compare(c.callNo, previous) < 0) {
                o.kind = ScanKind::OutOfOrder;
                o.previousCallNo = previous;
            }
        }
    }
    o.firstKind = o.kind;
    o.firstShelf = shelf;
    return o;
}

void StocktakeCounter::apply(const ScanOutcome &o)
{
    ++m_scans;
    if (o.kind == ScanKind::Duplicate) {
        ++m_duplicates;
        if (o.firstKind == ScanKind::Unknown)
            ++m_unknown[m_unknownIndex.value(fold(o.barcode))].scans;
        else
            ++m_seen[indexOf(o.barcode)].scans;
        return;
    }
    if (o.kind == ScanKind::Unknown) {
        StocktakeEntry e;
        e.barcode = o.barcode;
        e.copyId = o.copyId;
        e.title = o.title;
        e.callNo = o.callNo;
        e.homeShelf = o.homeShelf;
        e.scannedShelf = o.shelf;
        e.scannedAt = o.at;
        e.scans = 1;
        if (o.withdrawn)
            e.status = QStringLiteral("withdrawn");
        m_unknownIndex.insert(fold(o.barcode), int(m_unknown.size()));
        m_unknown << e;
        return;
    }
    const int index = indexOf(o.barcode);
    m_seen.insert(index, {o.shelf, o.at, 1, o.kind});
    m_seenOrder << index;
    if (o.kind != ScanKind::WrongShelf)
        extend(m_runs[o.shelf], index);
}

void StocktakeCounter::extend(Run &run, int index) const
{
    const QString &callNo = m_copies.at(index).callNo;
    const auto pos = std::upper_bound(
        run.tails.cbegin(), run.tails.cend(), callNo, [&](const QString &value, int t) {
            return CallNumber::compare(value, m_copies.at(run.copies.at(t)).callNo) < 0;
        });
    const qsizetype k = pos - run.tails.cbegin();
    const int i = int(run.copies.size());
    run.copies << index;
    run.previous << (k > 0 ? run.tails.at(k - 1) : -1);
    if (k == run.tails.size())
        run.tails << i;
    else
        run.tails[k] = i;
}

ScanOutcome StocktakeCounter::scan(const QString &barcode,
                                   const QString &shelf,
                                   const QDateTime &at)
{
    m_session.require(Permission::LibraryEdit, tr("scan for a stocktake"));
    if (m_stocktake.status != StocktakeStatus::Open)
        throw Error(
            tr("The stocktake \"%1\" is %2: resume it to scan.")
                .arg(m_stocktake.name, StocktakeKeys::statusTitle(m_stocktake.status).toLower()),
            Error::Invalid);
    const QString b = barcode.trimmed();
    if (b.isEmpty())
        throw Error(tr("The scanned barcode is empty."), Error::Invalid);
    const QString s = shelf.trimmed();
    if (!m_stocktake.byRange()) {
        if (s.isEmpty())
            throw Error(tr("Choose the shelf you are counting before scanning %1.").arg(b),
                        Error::Invalid);
        if (!shelves().contains(s))
            throw Error(
                tr("The shelf %1 is not part of the stocktake \"%2\".").arg(s, m_stocktake.name),
                Error::Invalid);
    }
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    const ScanOutcome outcome = classify(b, s, when);
    const int pos = m_nextPos.value(s, 1);
    m_insert->run({Uuid::v7(),
                   m_stocktake.id,
                   b,
                   outcome.copyId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(outcome.copyId),
                   s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s),
                   pos,
                   when.toString(Qt::ISODateWithMs),
                   m_session.displayName()});
    m_nextPos[s] = pos + 1;
    apply(outcome);
    return outcome;
}

QStringList StocktakeCounter::shelves() const
{
    QStringList list;
    if (!m_stocktake.byRange()) {
        for (const StocktakeSection &s : m_stocktake.sections)
            if (!list.contains(s.shelf))
                list << s.shelf;
        return list;
    }
    for (const Copy &c : m_copies)
        if (c.section >= 0 && !c.shelf.isEmpty() && !list.contains(c.shelf))
            list << c.shelf;
    list.sort();
    return list;
}

int StocktakeCounter::expectedIn(const QString &sectionKey) const
{
    int n = 0;
    for (const Copy &c : m_copies)
        if (c.expected && m_stocktake.sections.at(c.section).key() == sectionKey)
            ++n;
    return n;
}

int StocktakeCounter::scannedIn(const QString &sectionKey) const
{
    int n = 0;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        const Copy &c = m_copies.at(it.key());
        if (c.expected && m_stocktake.sections.at(c.section).key() == sectionKey)
            ++n;
    }
    return n;
}

void StocktakeCounter::setCounted(const QString &sectionKey, bool counted)
{
    StocktakeService service(m_session);
    service.setCounted(m_stocktake.id, sectionKey, counted);
    m_stocktake = service.stocktake(m_stocktake.id);
}

QHash<int, int> StocktakeCounter::outOfOrder() const
{
    QHash<int, int> result;
    for (const Run &run : m_runs) {
        QList<bool> keep(run.copies.size(), false);
        for (int i = run.tails.isEmpty() ? -1 : run.tails.constLast(); i >= 0;
             i = run.previous.at(i))
            keep[i] = true;
        for (int i = 0; i < run.copies.size(); ++i)
            if (!keep.at(i))
                result.insert(run.copies.at(i), i > 0 ? run.copies.at(i - 1) : -1);
    }
    return result;
}

StocktakeEntry StocktakeCounter::entryFor(int index) const
{
    const Copy &c = m_copies.at(index);
    StocktakeEntry e;
    e.barcode = c.barcode;
    e.copyId = c.id;
    e.title = c.title;
    e.callNo = c.callNo;
    e.location = c.location;
    e.homeShelf = c.shelf;
    e.status = c.status;
    const auto loan = m_loans.constFind(c.id);
    if (loan != m_loans.cend()) {
        e.onLoan = true;
        e.borrower = loan->borrower;
        e.dueOn = loan->dueOn;
    }
    const auto seen = m_seen.constFind(index);
    if (seen != m_seen.cend()) {
        e.scannedShelf = seen->shelf;
        e.scannedAt = seen->at;
        e.scans = seen->scans;
    }
    return e;
}

StocktakeCounts StocktakeCounter::counts() const
{
    StocktakeCounts c;
    c.scans = m_scans;
    c.duplicates = m_duplicates;
    c.unknown = int(m_unknown.size());
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it->kind == ScanKind::WrongShelf)
            ++c.misshelved;
        if (m_loans.contains(m_copies.at(it.key()).id))
            ++c.lentButFound;
    }
    for (const Run &run : m_runs) {
        c.onShelf += int(run.tails.size());
        c.misshelved += int(run.copies.size() - run.tails.size());
    }
    QList<bool> counted(m_stocktake.sections.size());
    for (int s = 0; s < m_stocktake.sections.size(); ++s)
        counted[s] = m_stocktake.isCounted(m_stocktake.sections.at(s).key());
    for (int i = 0; i < m_copies.size(); ++i) {
        const Copy &copy = m_copies.at(i);
        if (!copy.expected)
            continue;
        ++c.expected;
        if (m_seen.contains(i))
            continue;
        if (m_loans.contains(copy.id))
            ++c.onLoan;
        else if (counted.at(copy.section))
            ++c.missing;
        else
            ++c.notCounted;
    }
    return c;
}

StocktakeResults StocktakeCounter::results() const
{
    StocktakeResults r;
    r.counts = counts();
    const QHash<int, int> disorder = outOfOrder();
    for (int index : m_seenOrder) {
        StocktakeEntry e = entryFor(index);
        const Copy &copy = m_copies.at(index);
        const Seen &seen = m_seen[index];
        if (seen.kind == ScanKind::WrongShelf) {
            e.reason
                = copy.section < 0 ? MisshelvedReason::OutOfScope : MisshelvedReason::WrongShelf;
            r.misshelved << e;
        } else if (disorder.contains(index)) {
            e.reason = MisshelvedReason::OutOfOrder;
            const int after = disorder.value(index);
            if (after >= 0)
                e.afterCallNo = m_copies.at(after).callNo;
            r.misshelved << e;
        } else {
            r.onShelf << e;
        }
        if (e.scans > 1)
            r.duplicates << e;
    }
    for (int i = 0; i < m_copies.size(); ++i) {
        const Copy &copy = m_copies.at(i);
        if (!copy.expected || m_seen.contains(i))
            continue;
        const StocktakeEntry e = entryFor(i);
        if (e.onLoan)
            r.onLoan << e;
        else if (m_stocktake.isCounted(m_stocktake.sections.at(copy.section).key()))
            r.missing << e;
        else
            r.notCounted << e;
    }
    const auto byCallNo = [](const StocktakeEntry &a, const StocktakeEntry &b) {
        const int c = CallNumber::compare(a.callNo, b.callNo);
        return c == 0 ? a.barcode < b.barcode : c < 0;
    };
    std::sort(r.onLoan.begin(), r.onLoan.end(), byCallNo);
    std::sort(r.missing.begin(), r.missing.end(), byCallNo);
    std::sort(r.notCounted.begin(), r.notCounted.end(), byCallNo);
    r.unknown = m_unknown;
    for (const StocktakeEntry &e : m_unknown)
        if (e.scans > 1)
            r.duplicates << e;
    return r;
}

} // namespace SchoolSuite::Library
