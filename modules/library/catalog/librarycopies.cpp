#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "libraryservice.h"
#include "libraryservice_p.h"
#include "sync/numberleases.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace SchoolSuite {

namespace LibraryPrivate {
const QString &copyColumns()
{
    static const QString columns
        = QStringLiteral("id, title_id, barcode, call_no, clc, seq, volume, item_type, location, "
                         "shelf, acquired_on, acquisition_source, price_fen, status, note");
    return columns;
}

LibraryCopy readCopy(const QSqlQuery &q)
{
    LibraryCopy c;
    c.id = q.value(0).toString();
    c.titleId = q.value(1).toString();
    c.barcode = q.value(2).toString();
    c.callNo = q.value(3).toString();
    c.clc = q.value(4).toString();
    c.seq = q.value(5).toInt();
    c.volume = q.value(6).toString();
    c.itemType = q.value(7).toString();
    c.location = q.value(8).toString();
    c.shelf = q.value(9).toString();
    c.acquiredOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.acquisitionSource = q.value(11).toString();
    c.priceFen = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    c.status = q.value(13).toString();
    c.note = q.value(14).toString();
    return c;
}

void writeCopy(RowSink &row, const LibraryCopy &c)
{
    row.text(c.id);
    row.text(c.titleId);
    writeCopyDetails(row, c);
}

void writeCopyDetails(RowSink &row, const LibraryCopy &c)
{
    row.text(QStringView(c.barcode).trimmed());
    row.text(QStringView(c.callNo).trimmed());
    row.text(CallNumber::normalizeClass(c.clc));
    row.positiveOrNull(c.seq);
    row.textOrNull(c.volume);
    if (c.itemType.isEmpty())
        row.text(u"book");
    else
        row.text(c.itemType);
    row.textOrNull(c.location);
    row.textOrNull(c.shelf);
    if (c.acquiredOn.isValid())
        row.text(c.acquiredOn.toString(Qt::ISODate));
    else
        row.null();
    row.textOrNull(c.acquisitionSource);
    row.nonNegativeOrNull(c.priceFen);
    if (c.status.isEmpty())
        row.text(u"active");
    else
        row.text(c.status);
    row.textOrNull(c.note);
}

QVariantList copyValues(const LibraryCopy &c)
{
    VariantRow row;
    writeCopy(row, c);
    return row.values;
}

QString insertCopySql()
{
    return QStringLiteral("INSERT INTO library_copies (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                          "?, ?, ?, ?, ?)")
        .arg(copyColumns());
}
} // namespace LibraryPrivate

using namespace LibraryPrivate;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LibraryService", text);
}

QString barcodeSequence(const QString &prefix)
{
    return QStringLiteral("library_barcode:") + prefix;
}
} // namespace

QStringList LibraryService::problems(const LibraryCopy &c)
{
    QStringList list;
    const QString barcode = c.barcode.trimmed();
    const bool printable = std::all_of(
        barcode.cbegin(), barcode.cend(), [](QChar ch) { return ch >= u'\x21' && ch <= u'\x7E'; });
    if (!barcode.isEmpty() && !printable)
        list << tr("Barcode %1: only letters, digits and symbols a scanner can type, no spaces")
                    .arg(barcode);
    if (!c.clc.trimmed().isEmpty() && !CallNumber::isClassNumber(c.clc))
        list << tr("Class number: %1 is not a CLC class number (like I247.5 or TP311.1)")
                    .arg(c.clc.trimmed());
    if (!c.itemType.isEmpty() && !LibraryKeys::itemTypes().contains(c.itemType))
        list << tr("Item type: %1 is not one of book, reference, periodical, av").arg(c.itemType);
    if (!c.status.isEmpty() && !LibraryKeys::copyStatuses().contains(c.status))
        list << tr("Status: %1 is not one of active, withdrawn, lost, damaged").arg(c.status);
    if (!c.acquisitionSource.isEmpty()
        && !LibraryKeys::acquisitionSources().contains(c.acquisitionSource))
        list << tr("Source: %1 is not one of purchase, donation, transfer, other")
                    .arg(c.acquisitionSource);
    if (c.priceFen < -1)
        list << tr("Price: cannot be negative");
    return list;
}

LibraryCopy LibraryService::copy(const QString &idOrBarcode) const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT %1 FROM library_copies WHERE deleted = 0 AND (id = ? OR barcode "
                       "= ?)")
            .arg(copyColumns()),
        {idOrBarcode, idOrBarcode.trimmed()});
    if (!q.next())
        throw Error(tr("No copy has the barcode %1.").arg(idOrBarcode.trimmed()), Error::NotFound);
    return readCopy(q);
}

std::optional<LibraryCopy> LibraryService::findByBarcode(const QString &barcode) const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    const QString b = barcode.trimmed();
    if (b.isEmpty())
        return std::nullopt;
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT %1 FROM library_copies WHERE deleted = 0 AND barcode = ?")
            .arg(copyColumns()),
        {b});
    if (!q.next())
        return std::nullopt;
    return readCopy(q);
}

QList<LibraryCopy> LibraryService::copies(const QString &titleId) const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT %1 FROM library_copies WHERE deleted = 0 AND title_id = ?")
            .arg(copyColumns()),
        {titleId});
    QList<LibraryCopy> list;
    while (q.next())
        list << readCopy(q);
    std::stable_sort(list.begin(), list.end(), [](const LibraryCopy &a, const LibraryCopy &b) {
        const int c = CallNumber::compare(a.callNo, b.callNo);
        return c != 0 ? c < 0 : a.barcode < b.barcode;
    });
    return list;
}

QString LibraryService::barcodePrefix() const
{
    return m_session.database()
               .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'"))
               .toString()
           + QStringLiteral("-B");
}

void LibraryService::declareBarcodes(Database &db)
{
    try {
        if (db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                     "AND name IN ('library_copies', 'meta', 'number_sequences')"))
                .toInt()
            != 3)
            return;
        const QString school
            = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'"))
                  .toString();
        if (school.isEmpty())
            return;
        NumberLeases leases(db);
        const QString sequence = barcodeSequence(school + QStringLiteral("-B"));
        if (!leases.sequences().contains(sequence))
            leases.declare(sequence);
    } catch (const Error &) {
        // Read-only (check) or without the sync tables: nothing to ask for.
    }
}

QString LibraryService::nextBarcode()
{
    requireEdit(tr("catalog books"));
    const QString prefix = barcodePrefix();
    Database &db = m_session.database();
    // A barcode typed by hand may have taken a number of the block already: skip it.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const qint64 n = NumberLeases(db).next(barcodeSequence(prefix));
        const QString barcode = prefix + QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
        if (db.scalar(QStringLiteral("SELECT count(*) FROM library_copies WHERE barcode = ? AND "
                                     "deleted = 0"),
                      {barcode})
                .toInt()
            == 0)
            return barcode;
    }
    throw Error(tr("No free barcode was found in this computer's block."));
}

std::optional<std::pair<QString, qint64>> LibraryService::barcodeNumber(const QString &prefix,
                                                                        const QString &barcode)
{
    if (!barcode.startsWith(prefix))
        return std::nullopt;
    const QStringView digits = QStringView(barcode).mid(prefix.size());
    // 1 to 12 ASCII digits (checked by hand: copies of a MARC file come by the 100,000)
    if (digits.isEmpty() || digits.size() > 12)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return std::make_pair(barcodeSequence(prefix), digits.toLongLong());
}

void LibraryService::noteBarcodeUsed(const QString &barcode)
{
    if (const auto n = barcodeNumber(barcodePrefix(), barcode))
        NumberLeases(m_session.database()).noteUsed(n->first, n->second);
}

int LibraryService::nextSeq(const QString &clc)
{
    requireEdit(tr("catalog books"));
    const QString cls = CallNumber::normalizeClass(clc);
    if (!CallNumber::isClassNumber(cls))
        throw Error(
            tr("Class number: %1 is not a CLC class number (like I247.5 or TP311.1)").arg(cls),
            Error::Invalid);
    Database &db = m_session.database();
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const qint64 n = NumberLeases(db).next(CallNumber::sequence(cls));
        if (db.scalar(QStringLiteral("SELECT count(*) FROM library_copies WHERE clc = ? AND seq "
                                     "= ? AND deleted = 0"),
                      {cls, n})
                .toInt()
            == 0)
            return int(n);
    }
    throw Error(tr("No free book number of class %1 was found in this computer's block.").arg(cls));
}

void LibraryService::noteSeqUsed(const QString &clc, int seq)
{
    if (seq <= 0 || !CallNumber::isClassNumber(clc))
        return;
    NumberLeases(m_session.database()).noteUsed(CallNumber::sequence(clc), seq);
}

QString LibraryService::proposedCallNumber(const QString &titleId) const
{
    const BibRecord t = title(titleId);
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT clc, seq FROM library_copies WHERE title_id = ? AND deleted = 0 "
                       "AND seq IS NOT NULL ORDER BY created_at LIMIT 1"),
        {titleId});
    if (q.next())
        return CallNumber::make(q.value(0).toString(), q.value(1).toInt());
    return proposedCallNumberFor(t.clc);
}

QString LibraryService::proposedCallNumberFor(const QString &clc) const
{
    const QString cls = CallNumber::normalizeClass(clc);
    if (cls.isEmpty() || !CallNumber::isClassNumber(cls))
        return {};
    Database &db = m_session.database();
    NumberLeases leases(db);
    if (leases.isEnrolled() && leases.remaining(CallNumber::sequence(cls)) == 0)
        return cls; // the 种次号 comes with the next sync
    // What nextSeq() would give, without taking it: take it and roll back.
    struct Peeked
    {
        int seq;
    };
    try {
        db.transaction([&] { throw Peeked{const_cast<LibraryService *>(this)->nextSeq(cls)}; });
    } catch (const Peeked &peeked) {
        return CallNumber::make(cls, peeked.seq);
    } catch (const Error &) {
    }
    return cls;
}

QString LibraryService::addCopy(const LibraryCopy &copy)
{
    requireEdit(tr("catalog books"));
    QString id;
    m_session.database().transaction([&] { id = insertCopy(copy); });
    return id;
}

QStringList LibraryService::addCopies(const LibraryCopy &copy, int count)
{
    requireEdit(tr("catalog books"));
    if (count < 1 || count > 1000)
        throw Error(tr("Copies: between 1 and 1000 at a time."), Error::Invalid);
    QStringList ids;
    m_session.database().transaction([&] {
        for (int i = 0; i < count; ++i) {
            LibraryCopy c = copy;
            if (i > 0)
                c.barcode.clear();
            ids << insertCopy(c);
        }
    });
    return ids;
}

QString LibraryService::insertCopy(LibraryCopy c)
{
    const QStringList p = problems(c);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    const BibRecord t = title(c.titleId);
    Database &db = m_session.database();
    c.barcode = c.barcode.trimmed();
    if (c.barcode.isEmpty()) {
        c.barcode = nextBarcode();
    } else {
        if (findByBarcode(c.barcode))
            throw Error(tr("Barcode %1 is already on another copy.").arg(c.barcode),
                        Error::Invalid);
        noteBarcodeUsed(c.barcode);
    }
    if (!c.callNo.trimmed().isEmpty()) {
        QString clc;
        int seq = 0;
        QString volume;
        if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
            c.clc = clc;
            c.seq = seq;
            c.volume = volume;
            noteSeqUsed(clc, seq);
        } else if (c.clc.trimmed().isEmpty()) {
            c.clc = t.clc;
        }
    } else {
        if (c.clc.trimmed().isEmpty())
            c.clc = t.clc;
        c.clc = CallNumber::normalizeClass(c.clc);
        if (c.clc.isEmpty())
            throw Error(tr("Class number: %1 has no CLC class number; give one to make the "
                           "call number.")
                            .arg(t.title),
                        Error::Invalid);
        if (c.seq <= 0) {
            // Copies of one title share its call number.
            QSqlQuery q = db.exec(QStringLiteral("SELECT seq FROM library_copies WHERE title_id "
                                                 "= ? AND clc = ? AND deleted = 0 AND seq IS NOT "
                                                 "NULL ORDER BY created_at LIMIT 1"),
                                  {c.titleId, c.clc});
            if (q.next()) {
                c.seq = q.value(0).toInt();
            } else {
                NumberLeases leases(db);
                if (leases.isEnrolled() && leases.remaining(CallNumber::sequence(c.clc)) == 0) {
                    leases.declare(CallNumber::sequence(c.clc));
                    c.seq = 0; // pending: the next sync leases the class's numbers
                } else {
                    c.seq = nextSeq(c.clc);
                }
            }
        } else {
            noteSeqUsed(c.clc, c.seq);
        }
        c.callNo = CallNumber::make(c.clc, c.seq, c.volume);
    }
    c.id = Uuid::v7();
    db.exec(insertCopySql(), copyValues(c));
    if (c.seq <= 0 && c.callNo == c.clc)
        db.exec(QStringLiteral("INSERT INTO library_pending_call_numbers (copy_id) VALUES (?)"),
                {c.id});
    return c.id;
}

void LibraryService::updateCopy(const LibraryCopy &copy)
{
    requireEdit(tr("catalog books"));
    const LibraryCopy old = this->copy(copy.id);
    LibraryCopy c = copy;
    c.titleId = old.titleId;
    const QStringList p = problems(c);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    c.barcode = c.barcode.trimmed();
    if (c.barcode.isEmpty())
        throw Error(tr("Barcode: a copy needs one."), Error::Invalid);
    if (c.barcode != old.barcode) {
        if (findByBarcode(c.barcode))
            throw Error(tr("Barcode %1 is already on another copy.").arg(c.barcode),
                        Error::Invalid);
        noteBarcodeUsed(c.barcode);
    }
    if (c.callNo.trimmed().isEmpty())
        c.callNo = CallNumber::make(c.clc, c.seq, c.volume);
    QString clc;
    int seq = 0;
    QString volume;
    if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
        c.clc = clc;
        c.seq = seq;
        c.volume = volume;
        noteSeqUsed(clc, seq);
    }
    QVariantList values = copyValues(c);
    values.append(values.takeFirst());
    m_session.database().exec(
        QStringLiteral("UPDATE library_copies SET title_id = ?, barcode = ?, call_no = ?, clc = "
                       "?, seq = ?, volume = ?, item_type = ?, location = ?, shelf = ?, "
                       "acquired_on = ?, acquisition_source = ?, price_fen = ?, status = ?, note "
                       "= ? WHERE id = ? AND deleted = 0"),
        values);
}

void LibraryService::setCopyStatus(const QString &copyId,
                                   const QString &status,
                                   const QString &note)
{
    requireEdit(tr("catalog books"));
    const LibraryCopy c = copy(copyId);
    if (!LibraryKeys::copyStatuses().contains(status))
        throw Error(tr("Status: %1 is not one of active, withdrawn, lost, damaged").arg(status),
                    Error::Invalid);
    m_session.database().exec(
        QStringLiteral("UPDATE library_copies SET status = ?, note = ? WHERE id = ?"),
        {status, note.isEmpty() ? QVariant(c.note.isEmpty() ? QVariant() : c.note) : note, c.id});
}

int LibraryService::pendingCallNumberCount() const
{
    return m_session.database()
        .scalar(QStringLiteral("SELECT count(*) FROM library_pending_call_numbers p JOIN "
                               "library_copies c ON c.id = p.copy_id WHERE c.deleted = 0"))
        .toInt();
}

int LibraryService::assignPendingCallNumbers()
{
    requireEdit(tr("catalog books"));
    Database &db = m_session.database();
    int done = 0;
    // A copy whose call number was set meanwhile (edited by hand, here or on another device)
    // keeps it.
    db.exec(QStringLiteral("DELETE FROM library_pending_call_numbers WHERE copy_id NOT IN (SELECT "
                           "id FROM library_copies WHERE deleted = 0 AND seq IS NULL AND call_no "
                           "= clc)"));
    QSqlQuery q = db.exec(QStringLiteral("SELECT c.id, c.title_id, c.clc, c.volume FROM "
                                         "library_pending_call_numbers p JOIN library_copies c ON "
                                         "c.id = p.copy_id ORDER BY c.created_at, c.id"));
    struct Pending
    {
        QString id, titleId, clc, volume;
    };
    QList<Pending> pending;
    while (q.next())
        pending << Pending{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString()};
    q.finish();
    QHash<QString, int> seqOfTitle;
    NumberLeases leases(db);
    for (const Pending &p : std::as_const(pending)) {
        int seq = seqOfTitle.value(p.titleId);
        if (seq == 0) {
            seq = db.scalar(QStringLiteral("SELECT seq FROM library_copies WHERE title_id = ? "
                                           "AND clc = ? AND seq IS NOT NULL AND deleted = 0 "
                                           "LIMIT 1"),
                            {p.titleId, p.clc})
                      .toInt();
        }
        if (seq == 0) {
            if (leases.isEnrolled() && leases.remaining(CallNumber::sequence(p.clc)) == 0)
                continue; // still none: the next sync
            seq = nextSeq(p.clc);
        }
        seqOfTitle.insert(p.titleId, seq);
        db.transaction([&] {
            db.exec(QStringLiteral("UPDATE library_copies SET seq = ?, call_no = ? WHERE id = ?"),
                    {seq, CallNumber::make(p.clc, seq, p.volume), p.id});
            db.exec(QStringLiteral("DELETE FROM library_pending_call_numbers WHERE copy_id = ?"),
                    {p.id});
        });
        ++done;
    }
    return done;
}

} // namespace SchoolSuite
