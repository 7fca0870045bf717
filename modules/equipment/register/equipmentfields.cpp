#include "equipmentfields.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SchoolSuite {

namespace EquipmentFields {

namespace {
QString simplify(const QString &s)
{
    // "价格（元）", "Price (yuan)", "purchase date" -> 价格, price, purchasedate
    static const QRegularExpression unit(QStringLiteral("[(（][^)）]*[)）]"));
    QString out = s.trimmed().toLower();
    out.remove(unit);
    out.remove(QLatin1Char(' '));
    out.remove(QLatin1Char('_'));
    out.remove(QLatin1Char('*')); // templates mark required columns
    return out;
}
} // namespace

QList<EquipmentField> fields()
{
    return {{QStringLiteral("asset_tag"), QStringLiteral("资产编号"), false},
            {QStringLiteral("name"), QStringLiteral("名称"), true},
            {QStringLiteral("category"), QStringLiteral("分类"), true},
            {QStringLiteral("model"), QStringLiteral("型号"), false},
            {QStringLiteral("serial"), QStringLiteral("序列号"), false},
            {QStringLiteral("purchase_date"), QStringLiteral("购置日期"), false},
            {QStringLiteral("price"), QStringLiteral("价格"), false},
            {QStringLiteral("funding_source"), QStringLiteral("经费来源"), false},
            {QStringLiteral("room"), QStringLiteral("位置"), false},
            {QStringLiteral("custodian"), QStringLiteral("使用人"), false},
            {QStringLiteral("status"), QStringLiteral("状态"), false},
            {QStringLiteral("use"), QStringLiteral("用途"), false},
            {QStringLiteral("supplier"), QStringLiteral("供应商"), false},
            {QStringLiteral("warranty_end"), QStringLiteral("保修截止日期"), false},
            {QStringLiteral("note"), QStringLiteral("备注"), false}};
}

QString keyForHeader(const QString &header)
{
    const QString h = simplify(header);
    if (h.isEmpty())
        return {};
    for (const EquipmentField &f : fields()) {
        if (h == simplify(f.key) || h == simplify(f.chinese) || h == simplify(title(f.key)))
            return f.key;
    }
    static const QHash<QString, QString> aliases{
        {QStringLiteral("资产编码"), QStringLiteral("asset_tag")},
        {QStringLiteral("资产标签"), QStringLiteral("asset_tag")},
        {QStringLiteral("tag"), QStringLiteral("asset_tag")},
        {QStringLiteral("资产名称"), QStringLiteral("name")},
        {QStringLiteral("设备名称"), QStringLiteral("name")},
        {QStringLiteral("类别"), QStringLiteral("category")},
        {QStringLiteral("资产分类"), QStringLiteral("category")},
        {QStringLiteral("规格型号"), QStringLiteral("model")},
        {QStringLiteral("serialnumber"), QStringLiteral("serial")},
        {QStringLiteral("sn"), QStringLiteral("serial")},
        {QStringLiteral("购买日期"), QStringLiteral("purchase_date")},
        {QStringLiteral("购入日期"), QStringLiteral("purchase_date")},
        {QStringLiteral("单价"), QStringLiteral("price")},
        {QStringLiteral("金额"), QStringLiteral("price")},
        {QStringLiteral("资金来源"), QStringLiteral("funding_source")},
        {QStringLiteral("存放地点"), QStringLiteral("room")},
        {QStringLiteral("存放位置"), QStringLiteral("room")},
        {QStringLiteral("location"), QStringLiteral("room")},
        {QStringLiteral("保管人"), QStringLiteral("custodian")},
        {QStringLiteral("责任人"), QStringLiteral("custodian")},
        {QStringLiteral("使用状态"), QStringLiteral("status")},
        {QStringLiteral("使用方向"), QStringLiteral("use")},
        {QStringLiteral("保修期至"), QStringLiteral("warranty_end")},
    };
    return aliases.value(h);
}

QString title(const QString &key)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("asset_tag"),
         QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Asset tag")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Name")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Category")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Model")},
        {QStringLiteral("serial"),
         QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Serial number")},
        {QStringLiteral("purchase_date"),
         QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Purchase date")},
        {QStringLiteral("price"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Price")},
        {QStringLiteral("funding_source"),
         QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Funding source")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Room")},
        {QStringLiteral("custodian"),
         QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Custodian")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Status")},
        {QStringLiteral("use"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Use")},
        {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Supplier")},
        {QStringLiteral("warranty_end"),
         QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Warranty end")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("SchoolSuite::EquipmentFields", "Note")},
    };
    const char *t = titles.value(key);
    return t ? QCoreApplication::translate("SchoolSuite::EquipmentFields", t) : key;
}

} // namespace EquipmentFields

EquipmentLookup::EquipmentLookup(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT id, code, name, parent_id FROM equipment_categories WHERE deleted = 0"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!q.value(1).isNull())
            m_categoryByCode.insert(q.value(1).toString().toLower(), id);
        m_categoryByName[q.value(2).toString().trimmed()] << id;
        m_categoryNames.insert(id, q.value(2).toString());
        m_categoryParents.insert(id, q.value(3).toString());
    }
    q = db.exec(QStringLiteral("SELECT id, name FROM rooms WHERE deleted = 0"));
    while (q.next()) {
        m_roomByName.insert(q.value(1).toString().trimmed(), q.value(0).toString());
        m_roomNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    q = db.exec(QStringLiteral("SELECT id, staff_no, name FROM staff WHERE deleted = 0"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        m_staffByNo.insert(q.value(1).toString().toUpper(), id);
        m_staffByName[q.value(2).toString()] << id;
        m_staffNos.insert(id, q.value(1).toString());
        m_staffNames.insert(id, q.value(2).toString());
    }
    q = db.exec(
        QStringLiteral("SELECT id, category_id, model FROM equipment_models WHERE deleted = 0"));
    while (q.next())
        addModel(q.value(1).toString(), q.value(2).toString(), q.value(0).toString());
}

QString EquipmentLookup::category(const QString &text, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (const QString id = m_categoryByCode.value(t.toLower()); !id.isEmpty())
        return id;
    if (m_categoryNames.contains(t))
        return t;
    const QStringList path
        = t.split(QRegularExpression(QStringLiteral("\\s*[/／>]\\s*")), Qt::SkipEmptyParts);
    const QStringList candidates = m_categoryByName.value(path.isEmpty() ? t : path.last());
    QStringList matches;
    for (const QString &id : candidates) {
        if (path.size() < 2 || categoryPath(id).endsWith(path.join(QLatin1Char('/'))))
            matches << id;
    }
    if (matches.size() == 1)
        return matches.first();
    if (ambiguous && matches.size() > 1)
        *ambiguous = true;
    return {};
}

QString EquipmentLookup::categoryPath(const QString &id) const
{
    QStringList names;
    QString at = id;
    for (int depth = 0; !at.isEmpty() && depth < 10; ++depth) {
        names.prepend(m_categoryNames.value(at));
        at = m_categoryParents.value(at);
    }
    return names.join(QLatin1Char('/'));
}

QString EquipmentLookup::room(const QString &name) const
{
    const QString t = name.trimmed();
    return m_roomByName.value(t, m_roomNames.contains(t) ? t : QString());
}

QString EquipmentLookup::staff(const QString &text) const
{
    const QString t = text.trimmed();
    if (const QString id = m_staffByNo.value(t.toUpper()); !id.isEmpty())
        return id;
    if (m_staffNos.contains(t))
        return t;
    const QStringList byName = m_staffByName.value(t);
    return byName.size() == 1 ? byName.first() : QString();
}

QString EquipmentLookup::model(const QString &categoryId, const QString &text) const
{
    return m_models.value(categoryId + QLatin1Char('\n') + text.trimmed().toLower());
}

void EquipmentLookup::addModel(const QString &categoryId, const QString &text, const QString &id)
{
    m_models.insert(categoryId + QLatin1Char('\n') + text.trimmed().toLower(), id);
    m_modelNames.insert(id, text);
}

} // namespace SchoolSuite
