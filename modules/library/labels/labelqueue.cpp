#include "labelqueue.h"

#include "library/catalog/libraryservice.h"
#include "library/circulation/circulationrules.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace SchoolSuite::Library {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::LabelQueue", text);
}

const QString kSpineKey = QStringLiteral("spine_lines");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

LabelQueue::LabelQueue(const Session &session)
    : m_session(session)
{
    m_session.require(Permission::LibraryEdit, tr("print library labels"));
}

QList<QueuedCopy> LabelQueue::copies() const
{
    QSqlQuery q = m_session.database().exec(QStringLiteral(
        "SELECT c.id, c.barcode, c.call_no, t.title, coalesce(c.shelf, ''), q.added_at FROM "
        "library_label_queue q JOIN library_copies c ON c.id = q.copy_id AND c.deleted = 0 LEFT "
        "JOIN library_titles t ON t.id = c.title_id ORDER BY q.added_at, q.rowid"));
    QList<QueuedCopy> list;
    while (q.next()) {
        QDateTime at = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        list.append({q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     at});
    }
    return list;
}

int LabelQueue::count() const
{
    return m_session.database()
        .scalar(QStringLiteral("SELECT count(*) FROM library_label_queue q JOIN library_copies c "
                               "ON c.id = q.copy_id AND c.deleted = 0"))
        .toInt();
}

bool LabelQueue::addBarcode(const QString &barcode)
{
    const QString b = barcode.trimmed();
    if (b.isEmpty())
        throw Error(tr("The scanned barcode is empty."), Error::Invalid);
    std::optional<LibraryCopy> copy = LibraryService(m_session).findByBarcode(b);
    if (!copy)
        copy = LibraryService(m_session).findByBarcode(b.toUpper());
    if (!copy)
        throw Error(tr("No copy has the barcode %1.").arg(b), Error::NotFound);
    return addCopies({copy->id}) == 1;
}

int LabelQueue::addCopies(const QStringList &copyIds)
{
    int added = 0;
    Database &db = m_session.database();
    db.transaction([&] {
        const QString at = now();
        for (const QString &id : copyIds) {
            db.exec(QStringLiteral("INSERT OR IGNORE INTO library_label_queue (copy_id, added_at) "
                                   "SELECT id, ? FROM library_copies WHERE id = ? AND deleted = 0"),
                    {at, id});
            added += db.scalar(QStringLiteral("SELECT changes()")).toInt();
        }
    });
    return added;
}

int LabelQueue::addCataloguedSince(const QDate &day)
{
    const QString since = QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT id, call_no FROM library_copies WHERE deleted = 0 AND status <> "
                       "'withdrawn' AND created_at >= ?"),
        {since});
    QList<QPair<QString, QString>> found;
    while (q.next())
        found.append({q.value(1).toString(), q.value(0).toString()});
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        const int c = CallNumber::compare(a.first, b.first);
        return c == 0 ? a.second < b.second : c < 0;
    });
    QStringList ids;
    for (const auto &f : found)
        ids << f.second;
    return addCopies(ids);
}

void LabelQueue::remove(const QStringList &copyIds)
{
    Database &db = m_session.database();
    db.transaction([&] {
        for (const QString &id : copyIds)
            db.exec(QStringLiteral("DELETE FROM library_label_queue WHERE copy_id = ?"), {id});
    });
}

void LabelQueue::clear()
{
    m_session.database().exec(QStringLiteral("DELETE FROM library_label_queue"));
}

QString LabelQueue::libraryName() const
{
    const QString school = m_session.database()
                               .scalar(QStringLiteral("SELECT value FROM meta WHERE key = "
                                                      "'school_name'"))
                               .toString();
    return tr("%1 Library").arg(school);
}

SpineOptions LabelQueue::spineOptions() const
{
    const QString json = CirculationRules(m_session).setting(kSpineKey, QString());
    SpineOptions o = SpineOptions::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    if (o.name.isEmpty())
        o.name = libraryName();
    return o;
}

void LabelQueue::setSpineOptions(const SpineOptions &options)
{
    CirculationRules(m_session).setSetting(
        kSpineKey,
        QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)));
}

QList<QStringList> LabelQueue::spineLabels(const QList<QueuedCopy> &copies) const
{
    const SpineOptions o = spineOptions();
    QList<QStringList> list;
    for (const QueuedCopy &c : copies)
        list << o.lines(c.callNo);
    return list;
}

QList<LabelData> LabelQueue::barcodeLabels(const QList<QueuedCopy> &copies) const
{
    const QString name = libraryName();
    QList<LabelData> list;
    for (const QueuedCopy &c : copies)
        list.append({c.barcode, c.title, name});
    return list;
}

} // namespace SchoolSuite::Library
