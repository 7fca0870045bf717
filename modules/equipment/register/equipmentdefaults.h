#pragma once

#include <QList>
#include <QString>

namespace SchoolSuite {
class Database;
class LocalStore;

// The built-in categories every school starts with (计算机, 交互式电子白板, 投影仪, ...), each
// with its default service life.
namespace EquipmentDefaults {

struct BuiltInCategory
{
    QString code;       // "computer.desktop"
    QString name;       // 台式计算机
    QString parentCode; // "computer"
    QString kind;
    int serviceLifeYears = 0; // 0: inherited from the parent
};
QList<BuiltInCategory> builtInCategories();

// Adds the built-in categories the store lacks, once its school is set up (meta school_code);
// cheap when they are there. Called on every store open and lazily by EquipmentService.
void ensure(LocalStore &store);
void ensure(Database &db);

// The id of a built-in category: the same on every device of a school, so two devices that seed
// before their first sync write the same rows (the unique index on code would otherwise refuse
// the other device's rows). Shaped like a version-7 UUID with a fixed timestamp.
QString categoryId(const QString &schoolCode, const QString &code);

} // namespace EquipmentDefaults
} // namespace SchoolSuite
