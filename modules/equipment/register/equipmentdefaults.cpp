#include "equipmentdefaults.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/database.h"
#include "sync/numberleases.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace SchoolSuite::EquipmentDefaults {

QList<BuiltInCategory> builtInCategories()
{
    // Service lives follow the usual rules for school assets (财政部 固定资产 最低使用年限):
    // computers 6 years, other office and teaching equipment 8 to 10, furniture 15.
    return {
        {QStringLiteral("computer"), QStringLiteral("计算机"), {}, QStringLiteral("computer"), 6},
        {QStringLiteral("computer.desktop"),
         QStringLiteral("台式计算机"),
         QStringLiteral("computer"),
         QStringLiteral("computer"),
         0},
        {QStringLiteral("computer.laptop"),
         QStringLiteral("笔记本计算机"),
         QStringLiteral("computer"),
         QStringLiteral("computer"),
         0},
        // Tablets wear out sooner than desktops (batteries).
        {QStringLiteral("computer.tablet"),
         QStringLiteral("平板电脑"),
         QStringLiteral("computer"),
         QStringLiteral("computer"),
         5},
        {QStringLiteral("whiteboard"),
         QStringLiteral("交互式电子白板"),
         {},
         QStringLiteral("whiteboard"),
         8},
        {QStringLiteral("projector"), QStringLiteral("投影仪"), {}, QStringLiteral("projector"), 6},
        {QStringLiteral("podium"), QStringLiteral("多媒体讲台"), {}, QStringLiteral("podium"), 8},
        {QStringLiteral("network"), QStringLiteral("网络设备"), {}, QStringLiteral("network"), 8},
        {QStringLiteral("lab"), QStringLiteral("实验仪器"), {}, QStringLiteral("lab"), 10},
        {QStringLiteral("library"),
         QStringLiteral("图书馆设备"),
         {},
         QStringLiteral("library"),
         10},
        {QStringLiteral("furniture"), QStringLiteral("家具"), {}, QStringLiteral("furniture"), 15},
    };
}

QString categoryId(const QString &schoolCode, const QString &code)
{
    QByteArray h = QCryptographicHash::hash(
        (QStringLiteral("equipment_category:") + schoolCode + QLatin1Char(':') + code).toUtf8(),
        QCryptographicHash::Sha256);
    // 2020-01-01T00:00:00Z as the timestamp, so the id sorts before every real one and reads
    // as a valid version-7 UUID; the rest comes from the hash.
    const qint64 ms = 1577836800000LL;
    for (int i = 0; i < 6; ++i)
        h[i] = char((ms >> (8 * (5 - i))) & 0xff);
    h[6] = char((h[6] & 0x0f) | 0x70);
    h[8] = char((h[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(h.left(16).toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
           + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

void ensure(LocalStore &store)
{
    ensure(store.db());
}

void ensure(Database &db)
{
    // A store opened as it is (`check`) may predate the equipment tables: leave it alone.
    if (db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                 "name IN ('equipment_categories', 'meta')"))
            .toInt()
        != 2)
        return;
    const QString school
        = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'")).toString();
    if (school.isEmpty())
        return;
    // An enrolled device has no asset tags until a sync leases a block of them: the first sync
    // after the school is set up should.
    try {
        NumberLeases leases(db);
        const QString sequence = QStringLiteral("asset_tag:") + school;
        if (!leases.sequences().contains(sequence))
            leases.declare(sequence);
    } catch (const Error &) {
        // A store opened read-only, or without the sync module's tables: nothing to ask for.
    }
    const QList<BuiltInCategory> builtIn = builtInCategories();
    QStringList ids;
    QVariantList bindings;
    for (const BuiltInCategory &c : builtIn) {
        ids << QStringLiteral("?");
        bindings << categoryId(school, c.code);
    }
    // Deleted ones count as present: a school that removed a category keeps it removed.
    const int present
        = db.scalar(QStringLiteral("SELECT count(*) FROM equipment_categories WHERE id IN (%1)")
                        .arg(ids.join(QLatin1Char(','))),
                    bindings)
              .toInt();
    if (present == builtIn.size())
        return;
    db.transaction([&] {
        int sort = 0;
        for (const BuiltInCategory &c : builtIn) {
            sort += 10;
            const QString id = categoryId(school, c.code);
            db.exec(QStringLiteral("INSERT INTO equipment_categories (id, code, name, parent_id, "
                                   "kind, service_life_years, sort) SELECT ?, ?, ?, (SELECT id "
                                   "FROM equipment_categories WHERE code = ? AND deleted = 0), "
                                   "?, ?, ? "
                                   "WHERE NOT EXISTS (SELECT 1 FROM equipment_categories WHERE "
                                   "id = ? OR (code = ? AND deleted = 0))"),
                    {id,
                     c.code,
                     c.name,
                     c.parentCode.isEmpty() ? QVariant() : QVariant(c.parentCode),
                     c.kind,
                     c.serviceLifeYears > 0 ? QVariant(c.serviceLifeYears) : QVariant(),
                     sort,
                     id,
                     c.code});
        }
    });
}

} // namespace SchoolSuite::EquipmentDefaults
