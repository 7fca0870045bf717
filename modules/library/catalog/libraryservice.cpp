#include "libraryservice.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "isbn.h"
#include "libraryservice_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SchoolSuite {

namespace LibraryPrivate {
QString joinSubjects(const QStringList &subjects)
{
    QStringList clean;
    for (const QString &s : subjects) {
        if (!s.trimmed().isEmpty())
            clean << s.trimmed();
    }
    return clean.join(QStringLiteral("；"));
}

QStringList splitSubjects(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[;；]"));
    QStringList list;
    for (const QString &s : text.split(sep, Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            list << s.trimmed();
    }
    return list;
}

const QString &titleColumns()
{
    static const QString columns = QStringLiteral(
        "id, isbn, title, responsibility, publisher, place, year, edition, clc, subjects, "
        "price_fen, pages, series, language, summary, cover_sha256, source, note");
    return columns;
}

BibRecord readTitle(const QSqlQuery &q)
{
    BibRecord r;
    r.id = q.value(0).toString();
    r.isbn = q.value(1).toString();
    r.title = q.value(2).toString();
    r.responsibility = q.value(3).toString();
    r.publisher = q.value(4).toString();
    r.place = q.value(5).toString();
    r.year = q.value(6).toInt();
    r.edition = q.value(7).toString();
    r.clc = q.value(8).toString();
    r.subjects = splitSubjects(q.value(9).toString());
    r.priceFen = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
    r.pages = q.value(11).toInt();
    r.series = q.value(12).toString();
    r.language = q.value(13).toString();
    r.summary = q.value(14).toString();
    r.coverSha256 = q.value(15).toString();
    r.source = q.value(16).toString();
    r.note = q.value(17).toString();
    return r;
}

BibRecord cleaned(const BibRecord &record)
{
    BibRecord r = record;
    r.isbn = Isbn::normalize(r.isbn);
    r.title = r.title.trimmed();
    r.clc = CallNumber::normalizeClass(r.clc);
    if (r.source.isEmpty())
        r.source = QStringLiteral("local");
    return r;
}

void writeTitle(RowSink &row, const BibRecord &r)
{
    row.text(r.id);
    row.textOrNull(r.isbn);
    row.text(r.title);
    row.textOrNull(r.responsibility);
    row.textOrNull(r.publisher);
    row.textOrNull(r.place);
    row.positiveOrNull(r.year);
    row.textOrNull(r.edition);
    row.textOrNull(r.clc);
    row.textOrNull(joinSubjects(r.subjects));
    row.nonNegativeOrNull(r.priceFen);
    row.positiveOrNull(r.pages);
    row.textOrNull(r.series);
    row.textOrNull(r.language);
    row.textOrNull(r.summary);
    row.textOrNull(r.coverSha256);
    row.textOrNull(r.source);
    row.textOrNull(r.note);
}

QVariantList titleValues(const BibRecord &r)
{
    VariantRow row;
    writeTitle(row, r);
    return row.values;
}

QString insertTitleSql()
{
    return QStringLiteral("INSERT INTO library_titles (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                          "?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(titleColumns());
}
} // namespace LibraryPrivate

using namespace LibraryPrivate;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LibraryService", text);
}
} // namespace

LibraryService::LibraryService(const Session &session)
    : m_session(session)
{}

LibraryService::~LibraryService() = default;

void LibraryService::requireEdit(const QString &what) const
{
    m_session.require(Permission::LibraryEdit, what);
}

QStringList LibraryService::problems(const BibRecord &record)
{
    QStringList list;
    if (record.title.trimmed().isEmpty())
        list << tr("Title: a record needs a title");
    if (const QString p = Isbn::problem(record.isbn); !p.isEmpty())
        list << tr("ISBN %1: %2").arg(record.isbn.trimmed(), p);
    if (!record.clc.trimmed().isEmpty() && !CallNumber::isClassNumber(record.clc))
        list << tr("Class number: %1 is not a CLC class number (like I247.5 or TP311.1)")
                    .arg(record.clc.trimmed());
    if (record.year != 0 && (record.year < 1000 || record.year > 2200))
        list << tr("Year: %1 is not a year of publication").arg(record.year);
    if (record.pages < 0)
        list << tr("Pages: cannot be negative");
    if (record.priceFen < -1)
        list << tr("Price: cannot be negative");
    return list;
}

BibRecord LibraryService::title(const QString &id) const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT %1 FROM library_titles WHERE id = ? AND deleted = 0")
            .arg(titleColumns()),
        {id});
    if (!q.next())
        throw Error(tr("There is no such title in the catalog."), Error::NotFound);
    return readTitle(q);
}

QList<BibRecord> LibraryService::titlesByIsbn(const QString &isbn) const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    const QString normalized = Isbn::normalize(isbn);
    if (normalized.isEmpty())
        return {};
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT %1 FROM library_titles WHERE isbn = ? AND deleted = 0 ORDER BY "
                       "created_at, id")
            .arg(titleColumns()),
        {normalized});
    QList<BibRecord> list;
    while (q.next())
        list << readTitle(q);
    return list;
}

int LibraryService::titleCount() const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    return m_session.database()
        .scalar(QStringLiteral("SELECT count(*) FROM library_titles WHERE deleted = 0"))
        .toInt();
}

int LibraryService::copyCount() const
{
    m_session.require(Permission::LibraryView, tr("view the library catalog"));
    return m_session.database()
        .scalar(QStringLiteral("SELECT count(*) FROM library_copies WHERE deleted = 0 AND "
                               "status <> 'withdrawn'"))
        .toInt();
}

QString LibraryService::addTitle(const BibRecord &record)
{
    requireEdit(tr("catalog books"));
    const QStringList p = problems(record);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    BibRecord r = cleaned(record);
    r.id = Uuid::v7();
    m_session.database().exec(insertTitleSql(), titleValues(r));
    return r.id;
}

void LibraryService::updateTitle(const BibRecord &record)
{
    requireEdit(tr("catalog books"));
    title(record.id); // throws NotFound
    const QStringList p = problems(record);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    const BibRecord r = cleaned(record);
    QVariantList values = titleValues(r);
    values.append(values.takeFirst()); // the id goes last, for WHERE
    m_session.database().exec(
        QStringLiteral("UPDATE library_titles SET isbn = ?, title = ?, responsibility = ?, "
                       "publisher = ?, place = ?, year = ?, edition = ?, clc = ?, subjects = ?, "
                       "price_fen = ?, pages = ?, series = ?, language = ?, summary = ?, "
                       "cover_sha256 = ?, source = ?, note = ? WHERE id = ? AND deleted = 0"),
        values);
}

void LibraryService::deleteTitle(const QString &id)
{
    requireEdit(tr("catalog books"));
    const BibRecord r = title(id);
    Database &db = m_session.database();
    const int held = db.scalar(QStringLiteral("SELECT count(*) FROM library_copies WHERE "
                                              "title_id = ? AND deleted = 0 AND status <> "
                                              "'withdrawn'"),
                               {id})
                         .toInt();
    if (held > 0)
        throw Error(QCoreApplication::translate("SchoolSuite::LibraryService",
                                                "%1 still has %n copies in the collection: "
                                                "withdraw them first.",
                                                nullptr,
                                                held)
                        .arg(r.title),
                    Error::Invalid);
    db.transaction([&] {
        db.exec(QStringLiteral("UPDATE library_copies SET deleted = 1 WHERE title_id = ?"), {id});
        db.exec(QStringLiteral("UPDATE library_titles SET deleted = 1 WHERE id = ?"), {id});
    });
}

} // namespace SchoolSuite
