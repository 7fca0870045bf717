#include "indicatordata.h"

#include "core/store/database.h"
#include "core/store/syncschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::IndicatorData", text);
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    return !SyncSchema::tableColumns(db, table).isEmpty();
}

QDate isoDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Movements are stamped in UTC; the school's day is the local one.
QDate localDay(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return isoDate(v);
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().date();
}

struct Category
{
    QString parentId;
    QString kind;
    QString name;
    int life = 0;
};

void loadItems(const QSqlDatabase &db, QList<IndicatorData::Item> &items)
{
    if (!hasTable(db, QStringLiteral("equipment_items")))
        return;
    QHash<QString, Category> categories;
    QSqlQuery c = Database::execOn(db,
                                   QStringLiteral("SELECT id, parent_id, kind, "
                                                  "service_life_years, name FROM "
                                                  "equipment_categories"));
    while (c.next())
        categories.insert(c.value(0).toString(),
                          {c.value(1).toString(),
                           c.value(2).toString(),
                           c.value(4).toString(),
                           c.value(3).toInt()});
    // A subcategory says "other" or leaves the service life empty to take its parent's.
    QHash<QString, QPair<QString, int>> effective;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        QString kind = it->kind;
        int life = it->life;
        QString parent = it->parentId;
        for (int depth = 0;
             depth < 16 && !parent.isEmpty() && (kind == QLatin1String("other") || life <= 0);
             ++depth) {
            const auto p = categories.constFind(parent);
            if (p == categories.cend())
                break;
            if (kind == QLatin1String("other"))
                kind = p->kind;
            if (life <= 0)
                life = p->life;
            parent = p->parentId;
        }
        effective.insert(it.key(), qMakePair(kind, life));
    }

    QSqlQuery q = Database::execOn(
        db,
        QStringLiteral(
            "SELECT i.id, i.asset_tag, i.name, i.category_id, i.use, i.status, i.room_id, "
            "i.purchase_date, i.price_fen, i.funding_source, i.created_at, "
            "CASE WHEN i.status IN ('scrapped', 'lost') THEN (SELECT max(m.at) FROM "
            "equipment_movements m WHERE m.item_id = i.id AND m.deleted = 0 AND (m.kind = CASE "
            "i.status WHEN 'scrapped' THEN 'scrap' ELSE 'lost' END OR (m.kind = 'status' AND "
            "m.status = i.status))) END "
            "FROM equipment_items i WHERE i.deleted = 0"));
    while (q.next()) {
        IndicatorData::Item item;
        item.id = q.value(0).toString();
        item.tag = q.value(1).toString();
        item.name = q.value(2).toString();
        const QString categoryId = q.value(3).toString();
        const auto e = effective.constFind(categoryId);
        if (e != effective.cend()) {
            item.kind = e->first;
            item.serviceLifeYears = e->second;
        }
        item.category = categories.value(categoryId).name;
        item.use = q.value(4).toString();
        item.status = q.value(5).toString();
        item.roomId = q.value(6).toString();
        item.purchased = isoDate(q.value(7));
        item.priceFen = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        item.fundingSource = q.value(9).toString();
        item.acquired = item.purchased.isValid() ? item.purchased : isoDate(q.value(10));
        if (item.status == QLatin1String("scrapped") || item.status == QLatin1String("lost")) {
            item.gone = localDay(q.value(11));
            item.goneAnyway = !item.gone.isValid();
        }
        items << item;
    }
}

} // namespace

bool IndicatorData::Item::inServiceOn(const QDate &day) const
{
    if (goneAnyway || (gone.isValid() && gone <= day))
        return false;
    return !acquired.isValid() || acquired <= day;
}

QStringList IndicatorData::functionalRoomTypes()
{
    return {QStringLiteral("computer_lab"),
            QStringLiteral("eprep"),
            QStringLiteral("ereading"),
            QStringLiteral("library"),
            QStringLiteral("lab"),
            QStringLiteral("multimedia")};
}

QStringList IndicatorData::multimediaKinds()
{
    return {QStringLiteral("whiteboard"), QStringLiteral("projector"), QStringLiteral("podium")};
}

IndicatorData IndicatorData::load(const QSqlDatabase &db)
{
    IndicatorData d;
    loadItems(db, d.m_items);

    QSet<QString> roomsWithItems;
    for (const Item &item : std::as_const(d.m_items)) {
        if (!item.roomId.isEmpty())
            roomsWithItems.insert(item.roomId);
        const QDate first = item.acquired;
        if (first.isValid() && (d.m_firstYear == 0 || first.year() < d.m_firstYear))
            d.m_firstYear = first.year();
    }

    QSqlQuery r = Database::execOn(db,
                                   QStringLiteral("SELECT id, name, type, has_multimedia FROM "
                                                  "rooms WHERE deleted = 0 ORDER BY name"));
    while (r.next()) {
        const Room room{r.value(0).toString(),
                        r.value(1).toString(),
                        r.value(2).toString(),
                        r.value(3).toInt() != 0,
                        roomsWithItems.contains(r.value(0).toString())};
        d.m_roomNames.insert(room.id, room.name);
        if (room.type != QLatin1String("office"))
            d.m_rooms << room;
    }

    // Teaching staff: those who teach a subject or whose post is a teacher's (教师, 班主任);
    // the head, the bursar and the librarian without a subject are not counted.
    QSqlQuery s = Database::execOn(
        db,
        QStringLiteral("SELECT id, staff_no, name, role, subject, et_trained, et_trained_on "
                       "FROM staff WHERE deleted = 0 AND active = 1 AND "
                       "(coalesce(trim(subject), '') <> '' OR role LIKE '%教师%' OR role LIKE "
                       "'%老师%' OR role LIKE '%班主任%' OR lower(role) LIKE '%teacher%') "
                       "ORDER BY staff_no"));
    while (s.next())
        d.m_teachers << Person{s.value(0).toString(),
                               s.value(1).toString(),
                               s.value(2).toString(),
                               s.value(3).toString(),
                               s.value(4).toString(),
                               s.value(5).toInt() != 0,
                               isoDate(s.value(6))};

    QSqlQuery c = Database::execOn(
        db,
        QStringLiteral("SELECT s.class_id, c.grade, c.name, count(*) FROM students s LEFT JOIN "
                       "classes c ON c.id = s.class_id AND c.deleted = 0 WHERE s.deleted = 0 AND "
                       "s.status = 'enrolled' GROUP BY s.class_id ORDER BY c.grade, c.name"));
    while (c.next()) {
        const QString name
            = c.value(1).isNull()
                  ? tr("Not in a class")
                  : tr("Grade %1 class %2").arg(c.value(1).toInt()).arg(c.value(2).toString());
        d.m_classes << ClassCount{c.value(0).toString(), name, c.value(3).toInt()};
    }

    if (hasTable(db, QStringLiteral("indicator_settings"))) {
        QSqlQuery k = Database::execOn(db,
                                       QStringLiteral("SELECT key, value FROM indicator_settings "
                                                      "WHERE deleted = 0 ORDER BY updated_at"));
        while (k.next()) {
            if (k.value(0).toString() == QLatin1String("campus_network_since"))
                d.m_campusSince = k.value(1).toString();
            else if (k.value(0).toString() == QLatin1String("campus_network_note"))
                d.m_campusNote = k.value(1).toString();
        }
    }
    return d;
}

IndicatorYear IndicatorData::evaluate(int year, const QDate &asOf, bool drill) const
{
    IndicatorYear y;
    y.year = year;
    y.asOf = asOf;
    for (Indicator i : Indicators::all()) {
        IndicatorFigure f;
        f.indicator = i;
        y.figures << f;
    }
    computers(y, Indicator::TeacherComputerRatio, drill);
    computers(y, Indicator::StudentComputerRatio, drill);
    rooms(y, Indicator::ClassroomMultimediaRate, drill);
    rooms(y, Indicator::FunctionalRoomMultimediaRate, drill);
    campus(y, drill);
    training(y, drill);
    serviceLife(y, drill);
    spending(y, drill);
    return y;
}

DrillRow IndicatorData::itemRow(const Item &item) const
{
    QStringList detail;
    if (!item.category.isEmpty())
        detail << item.category;
    const QString room = m_roomNames.value(item.roomId);
    if (!room.isEmpty())
        detail << room;
    if (item.purchased.isValid())
        detail << tr("bought %1").arg(item.purchased.toString(Qt::ISODate));
    return DrillRow{
        QStringLiteral("item"), item.id, item.tag, item.name, detail.join(QStringLiteral(" · "))};
}

int IndicatorFigure::countedRows() const
{
    int n = 0;
    for (const DrillSection &s : sections) {
        if (s.counted)
            n += int(s.rows.size());
    }
    return n;
}

} // namespace SchoolSuite
