#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace SchoolSuite {

class Database;
struct AssetCategory;

// The fields of an item as imports, exports and `equipment set` name them (CLI.md): Chinese or
// English headers, one place that knows their titles.
struct EquipmentField
{
    QString key;     // asset_tag
    QString chinese; // 资产编号
    bool required = false;
};

namespace EquipmentFields {
// The columns of CLI.md, then supplier, warranty end and note.
QList<EquipmentField> fields();
// The field a header names (资产编号, asset_tag, "价格(元)", "price (yuan)" ...), or empty.
QString keyForHeader(const QString &header);
QString title(const QString &key); // translated
} // namespace EquipmentFields

// Names as people write them (a room's name, a 工号, a category's name) resolved to ids, read
// once for a whole import. Lookups return an empty id when nothing matches.
class EquipmentLookup
{
public:
    explicit EquipmentLookup(Database &db);

    // By code, name ("台式计算机") or path ("计算机/台式计算机"); an ambiguous name is empty
    // and *ambiguous set.
    QString category(const QString &text, bool *ambiguous = nullptr) const;
    QString room(const QString &name) const;
    // By 工号, or by name when exactly one staff member has it.
    QString staff(const QString &text) const;
    // The model "text" of the category, or empty.
    QString model(const QString &categoryId, const QString &text) const;
    void addModel(const QString &categoryId, const QString &text, const QString &id);

    QString categoryName(const QString &id) const { return m_categoryNames.value(id); }
    QString categoryPath(const QString &id) const; // 计算机/台式计算机
    QString roomName(const QString &id) const { return m_roomNames.value(id); }
    QString staffNo(const QString &id) const { return m_staffNos.value(id); }
    QString staffName(const QString &id) const { return m_staffNames.value(id); }
    QString modelName(const QString &id) const { return m_modelNames.value(id); }

private:
    QHash<QString, QString> m_categoryByCode;
    QHash<QString, QStringList> m_categoryByName;
    QHash<QString, QString> m_categoryNames;
    QHash<QString, QString> m_categoryParents;
    QHash<QString, QString> m_roomByName;
    QHash<QString, QString> m_roomNames;
    QHash<QString, QString> m_staffByNo;
    QHash<QString, QStringList> m_staffByName;
    QHash<QString, QString> m_staffNos;
    QHash<QString, QString> m_staffNames;
    QHash<QString, QString> m_models; // categoryId + '\n' + model (lower case) -> id
    QHash<QString, QString> m_modelNames;
};

} // namespace SchoolSuite
