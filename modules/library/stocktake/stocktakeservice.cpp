#include "stocktakeservice.h"

#include "library/catalog/libraryservice.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace SchoolSuite::Library {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::StocktakeService", text);
}

QDateTime parseUtc(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Stocktake readStocktake(const QSqlQuery &q)
{
    Stocktake s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.sections = StocktakeKeys::sectionsFromJson(q.value(2).toString());
    s.startedAt = parseUtc(q.value(3));
    s.finishedAt = parseUtc(q.value(4));
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        s.counted << v.toString();
    s.status = StocktakeKeys::statusFromKey(q.value(6).toString());
    s.note = q.value(7).toString();
    return s;
}

const char *const kColumns = "id, name, scope, started_at, finished_at, counted, status, note";

bool validRangeEnd(const QString &text)
{
    return text.isEmpty() || CallNumber::isClassNumber(text)
           || CallNumber::split(text, nullptr, nullptr, nullptr);
}
} // namespace

StocktakeService::StocktakeService(const Session &session)
    : m_session(session)
    , m_db(session.database())
{
    m_session.require(Permission::LibraryEdit, tr("take stock of the library"));
}

QList<Stocktake> StocktakeService::stocktakes() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM library_stocktakes WHERE deleted = 0 "
                                           "ORDER BY started_at DESC, id DESC")
                                .arg(QLatin1String(kColumns)));
    QList<Stocktake> list;
    while (q.next())
        list << readStocktake(q);
    return list;
}

Stocktake StocktakeService::stocktake(const QString &id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM library_stocktakes WHERE id = ? AND "
                                           "deleted = 0")
                                .arg(QLatin1String(kColumns)),
                            {id});
    if (!q.next())
        throw Error(tr("There is no library stocktake %1.").arg(id), Error::NotFound);
    return readStocktake(q);
}

QString StocktakeService::start(const QString &name, const QList<StocktakeSection> &sections)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw Error(tr("A stocktake needs a name."), Error::Invalid);
    if (sections.isEmpty())
        throw Error(tr("Choose the shelves or the call-number range to count."), Error::Invalid);
    QList<StocktakeSection> clean;
    QStringList keys;
    const bool ranges = sections.first().isRange();
    for (StocktakeSection s : sections) {
        if (s.isRange() != ranges)
            throw Error(tr("A stocktake counts either shelves or call-number ranges, not both."),
                        Error::Invalid);
        if (ranges) {
            s = StocktakeSection::ofRange(s.from, s.to);
            if (s.from.isEmpty() && s.to.isEmpty())
                throw Error(tr("A call-number range needs a start or an end."), Error::Invalid);
            for (const QString &end : {s.from, s.to})
                if (!validRangeEnd(end))
                    throw Error(tr("\"%1\" is not a class number or call number.").arg(end),
                                Error::Invalid);
            if (!s.from.isEmpty() && !s.to.isEmpty() && CallNumber::compare(s.from, s.to) > 0)
                throw Error(tr("The range %1 starts after it ends.").arg(s.title()),
                            Error::Invalid);
        } else {
            s = StocktakeSection::ofShelf(s.location, s.shelf);
        }
        if (keys.contains(s.key()))
            continue;
        keys << s.key();
        clean << s;
    }
    const QString id = Uuid::v7();
    m_db.exec(
        QStringLiteral("INSERT INTO library_stocktakes (id, name, scope, started_at, counted, "
                       "status) VALUES (?, ?, ?, ?, '[]', 'open')"),
        {id,
         n,
         StocktakeKeys::scopeJson(clean),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return id;
}

void StocktakeService::setStatus(const QString &id, StocktakeStatus status)
{
    const Stocktake s = stocktake(id);
    if (s.status == StocktakeStatus::Finished)
        throw Error(tr("The stocktake \"%1\" is finished.").arg(s.name), Error::Invalid);
    if (s.status == status)
        return;
    if (status == StocktakeStatus::Finished)
        m_db.exec(QStringLiteral("UPDATE library_stocktakes SET status = 'finished', finished_at = "
                                 "? WHERE id = ?"),
                  {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
    else
        m_db.exec(QStringLiteral("UPDATE library_stocktakes SET status = ? WHERE id = ?"),
                  {StocktakeKeys::status(status), id});
}

void StocktakeService::pause(const QString &id)
{
    setStatus(id, StocktakeStatus::Paused);
}

void StocktakeService::resume(const QString &id)
{
    setStatus(id, StocktakeStatus::Open);
}

void StocktakeService::finish(const QString &id)
{
    setStatus(id, StocktakeStatus::Finished);
}

void StocktakeService::setCounted(const QString &id, const QString &sectionKey, bool counted)
{
    m_db.transaction([&] {
        const Stocktake s = stocktake(id);
        if (s.status == StocktakeStatus::Finished)
            throw Error(tr("The stocktake \"%1\" is finished.").arg(s.name), Error::Invalid);
        bool known = false;
        for (const StocktakeSection &section : s.sections)
            known = known || section.key() == sectionKey;
        if (!known)
            throw Error(
                tr("\"%1\" is not a section of the stocktake \"%2\".").arg(sectionKey, s.name),
                Error::Invalid);
        QStringList list = s.counted;
        if (counted == list.contains(sectionKey))
            return;
        if (counted)
            list << sectionKey;
        else
            list.removeAll(sectionKey);
        m_db.exec(
            QStringLiteral("UPDATE library_stocktakes SET counted = ? WHERE id = ?"),
            {QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)),
             id});
    });
}

QList<ShelfInfo> StocktakeService::shelves() const
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT coalesce(location, ''), shelf, count(*) FROM library_copies WHERE deleted = 0 AND "
        "status <> 'withdrawn' AND coalesce(shelf, '') <> '' GROUP BY 1, 2 ORDER BY 1, 2"));
    QList<ShelfInfo> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

} // namespace SchoolSuite::Library
