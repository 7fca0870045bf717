#include "districtdata.h"

#include "core/store/database.h"
#include "core/store/syncschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SchoolSuite::DistrictData {

namespace {

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    return !SyncSchema::tableColumns(db, table).isEmpty();
}

std::optional<double> optionalReal(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QList<Attachment> parseAttachments(const QString &json)
{
    QList<Attachment> list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString sha = o.value(QStringLiteral("sha256")).toString();
        if (sha.isEmpty())
            continue;
        list << Attachment{o.value(QStringLiteral("name")).toString(),
                           sha,
                           qint64(o.value(QStringLiteral("size")).toDouble()),
                           o.value(QStringLiteral("mime")).toString()};
    }
    return list;
}

} // namespace

QList<Notice> notices(const QSqlDatabase &db, int limit)
{
    QList<Notice> list;
    if (!hasTable(db, QStringLiteral("district_notices")))
        return list;
    QSqlQuery q = Database::execOn(db,
                                   QStringLiteral("SELECT id, title, body, published_at, "
                                                  "publisher, attachments FROM district_notices "
                                                  "WHERE deleted = 0 ORDER BY published_at DESC, "
                                                  "id DESC LIMIT ?"),
                                   {limit});
    while (q.next()) {
        QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        list << Notice{q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       at,
                       q.value(4).toString(),
                       parseAttachments(q.value(5).toString())};
    }
    return list;
}

QList<Target> targets(const QSqlDatabase &db)
{
    QList<Target> list;
    if (!hasTable(db, QStringLiteral("district_targets")))
        return list;
    QSqlQuery q = Database::execOn(db,
                                   QStringLiteral("SELECT year, classroom_multimedia_rate, "
                                                  "teacher_computer_ratio, "
                                                  "student_computer_ratio, note FROM "
                                                  "district_targets WHERE deleted = 0 ORDER BY "
                                                  "year, updated_at"));
    while (q.next()) {
        Target t{q.value(0).toInt(),
                 optionalReal(q.value(1)),
                 optionalReal(q.value(2)),
                 optionalReal(q.value(3)),
                 q.value(4).toString()};
        // Two rows for one year (edited on two district servers): the later one counts.
        if (!list.isEmpty() && list.last().year == t.year)
            list.last() = t;
        else
            list << t;
    }
    return list;
}

std::optional<Target> targetFor(const QSqlDatabase &db, int year)
{
    std::optional<Target> found;
    for (const Target &t : targets(db)) {
        if (t.year <= year)
            found = t;
    }
    return found;
}

} // namespace SchoolSuite::DistrictData
