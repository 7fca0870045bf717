// EquipmentService: categories, models, funding sources, asset tags, photos, custom fields.
#include "core/error.h"
#include "core/people/validators.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipmentservice.h"
#include "equipmentservice_p.h"
#include "sync/numberleases.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::EquipmentService", text);
}

AssetCategory readCategory(const QSqlQuery &q)
{
    AssetCategory c;
    c.id = q.value(0).toString();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.parentId = q.value(3).toString();
    c.kind = q.value(4).toString();
    c.serviceLifeYears = q.value(5).toInt();
    c.customFields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
    return c;
}

const QString kCategorySelect
    = QStringLiteral("SELECT id, code, name, parent_id, kind, service_life_years, custom_fields, "
                     "sort FROM equipment_categories WHERE deleted = 0");

QString customTypeError(const QString &type)
{
    static const QStringList types{QStringLiteral("text"),
                                   QStringLiteral("number"),
                                   QStringLiteral("date"),
                                   QStringLiteral("bool")};
    return types.contains(type)
               ? QString()
               : QCoreApplication::translate("SchoolSuite", "the type \"%1\" is not text, number, date or bool.").arg(type);
}
} // namespace

using namespace EquipmentPrivate;

QList<AssetCategory> EquipmentService::categories() const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    ensureDefaults();
    QSqlQuery q
        = m_session.database().exec(kCategorySelect + QStringLiteral(" ORDER BY sort, name"));
    QList<AssetCategory> all;
    QHash<QString, QList<int>> children; // parent id -> indexes
    QSet<QString> ids;
    while (q.next()) {
        all << readCategory(q);
        ids.insert(all.last().id);
    }
    for (int i = 0; i < all.size(); ++i) {
        // A parent deleted (or not yet pulled) leaves its children at the top.
        const QString parent = ids.contains(all.at(i).parentId) ? all.at(i).parentId : QString();
        children[parent] << i;
    }
    QList<AssetCategory> ordered;
    QSet<QString> done;
    std::function<void(const QString &)> walk = [&](const QString &parent) {
        for (int i : children.value(parent)) {
            if (done.contains(all.at(i).id))
                continue;
            done.insert(all.at(i).id);
            ordered << all.at(i);
            walk(all.at(i).id);
        }
    };
    walk({});
    return ordered;
}

AssetCategory EquipmentService::category(const QString &idOrCode) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    ensureDefaults();
    QSqlQuery q = m_session.database().exec(
        kCategorySelect + QStringLiteral(" AND (id = ? OR code = ?)"), {idOrCode, idOrCode});
    if (!q.next())
        throw Error(tr("There is no equipment category %1.").arg(idOrCode), Error::NotFound);
    return readCategory(q);
}

int EquipmentService::serviceLifeYears(const QString &categoryId) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    Database &db = m_session.database();
    QString at = categoryId;
    for (int depth = 0; !at.isEmpty() && depth < 16; ++depth) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT service_life_years, parent_id FROM "
                                             "equipment_categories WHERE id = ?"),
                              {at});
        if (!q.next())
            return 0;
        if (q.value(0).toInt() > 0)
            return q.value(0).toInt();
        at = q.value(1).toString();
    }
    return 0;
}

QList<AssetModel> EquipmentService::models(const QString &categoryId) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QString sql = QStringLiteral(
        "SELECT id, category_id, maker, model, specs FROM equipment_models WHERE deleted = 0");
    QVariantList bindings;
    if (!categoryId.isEmpty()) {
        sql += QStringLiteral(" AND category_id = ?");
        bindings << categoryId;
    }
    QSqlQuery q
        = m_session.database().exec(sql + QStringLiteral(" ORDER BY maker, model"), bindings);
    QList<AssetModel> list;
    while (q.next())
        list << AssetModel{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString()};
    return list;
}

QString EquipmentService::addModel(const AssetModel &model)
{
    requireEdit(tr("add equipment models"));
    if (model.model.trimmed().isEmpty())
        throw Error(tr("Model: the model needs a name."), Error::Invalid);
    category(model.categoryId);
    const QString id = Uuid::v7();
    m_session.database().exec(QStringLiteral("INSERT INTO equipment_models (id, category_id, "
                                             "maker, model, specs) VALUES (?, ?, ?, ?, ?)"),
                              {id,
                               model.categoryId,
                               orNull(model.maker.trimmed()),
                               model.model.trimmed(),
                               orNull(model.specs.trimmed())});
    return id;
}

namespace {
// Checks a category's fields; throws Error naming the category field that is wrong.
void checkCategory(Database &db, const AssetCategory &c)
{
    if (c.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("SchoolSuite", "Name: a category needs a name."), Error::Invalid);
    if (!AssetKeys::kinds().contains(c.kind))
        throw Error(QCoreApplication::translate("SchoolSuite", "Kind: \"%1\" is not a kind of equipment.").arg(c.kind), Error::Invalid);
    if (c.serviceLifeYears < 0 || c.serviceLifeYears > 100)
        throw Error(QCoreApplication::translate("SchoolSuite", "Service life: %1 is not a number of years.").arg(c.serviceLifeYears),
                    Error::Invalid);
    if (!c.parentId.isEmpty()) {
        // The parent must exist and must not be the category itself or one of its children.
        QString at = c.parentId;
        for (int depth = 0; !at.isEmpty(); ++depth) {
            if (at == c.id || depth > 16)
                throw Error(QCoreApplication::translate("SchoolSuite", "Parent: a category cannot be inside itself."), Error::Invalid);
            QSqlQuery q = db.exec(QStringLiteral("SELECT parent_id FROM equipment_categories "
                                                 "WHERE id = ? AND deleted = 0"),
                                  {at});
            if (!q.next())
                throw Error(QCoreApplication::translate("SchoolSuite", "Parent: there is no category %1.").arg(at), Error::Invalid);
            at = q.value(0).toString();
        }
    }
    const int twins = db.scalar(QStringLiteral("SELECT count(*) FROM equipment_categories WHERE "
                                               "deleted = 0 AND name = ? AND id <> ? AND "
                                               "coalesce(parent_id, '') = coalesce(?, '')"),
                                {c.name.trimmed(), c.id, c.parentId})
                          .toInt();
    if (twins > 0)
        throw Error(QCoreApplication::translate("SchoolSuite", "Name: there is a category %1 here already.").arg(c.name.trimmed()),
                    Error::Invalid);
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,39}$"));
    QSet<QString> keys;
    for (const QJsonValue &v : c.customFields) {
        const QJsonObject f = v.toObject();
        const QString key = f.value(QStringLiteral("key")).toString();
        if (!keyPattern.match(key).hasMatch())
            throw Error(QCoreApplication::translate("SchoolSuite", "Custom fields: \"%1\" is not a key (letters, digits and _, starting "
                           "with a letter).")
                            .arg(key),
                        Error::Invalid);
        if (keys.contains(key))
            throw Error(QCoreApplication::translate("SchoolSuite", "Custom fields: the key %1 appears twice.").arg(key), Error::Invalid);
        keys.insert(key);
        if (f.value(QStringLiteral("title")).toString().trimmed().isEmpty())
            throw Error(QCoreApplication::translate("SchoolSuite", "Custom fields: the field %1 needs a title.").arg(key), Error::Invalid);
        const QString why
            = customTypeError(f.value(QStringLiteral("type")).toString(QStringLiteral("text")));
        if (!why.isEmpty())
            throw Error(QCoreApplication::translate("SchoolSuite", "Custom fields: %1: %2").arg(key, why), Error::Invalid);
    }
}

QVariant fieldsOrNull(const QJsonArray &fields)
{
    return fields.isEmpty()
               ? QVariant()
               : QVariant(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}
} // namespace

QString EquipmentService::addCategory(const AssetCategory &category)
{
    requireEdit(tr("edit equipment categories"));
    ensureDefaults();
    Database &db = m_session.database();
    AssetCategory c = category;
    c.id = Uuid::v7();
    if (c.kind.isEmpty())
        c.kind = c.parentId.isEmpty() ? QStringLiteral("other") : this->category(c.parentId).kind;
    checkCategory(db, c);
    if (!c.code.isEmpty()
        && db.scalar(QStringLiteral("SELECT count(*) FROM equipment_categories WHERE code = ? "
                                    "AND deleted = 0"),
                     {c.code})
                   .toInt()
               > 0)
        throw Error(tr("Code: the code %1 is taken.").arg(c.code), Error::Invalid);
    const int sort = db.scalar(QStringLiteral("SELECT coalesce(max(sort), 0) + 10 FROM "
                                              "equipment_categories"))
                         .toInt();
    db.exec(QStringLiteral("INSERT INTO equipment_categories (id, code, name, parent_id, kind, "
                           "service_life_years, custom_fields, sort) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?)"),
            {c.id,
             orNull(c.code),
             c.name.trimmed(),
             orNull(c.parentId),
             c.kind,
             c.serviceLifeYears > 0 ? QVariant(c.serviceLifeYears) : QVariant(),
             fieldsOrNull(c.customFields),
             sort});
    return c.id;
}

void EquipmentService::updateCategory(const AssetCategory &category)
{
    requireEdit(tr("edit equipment categories"));
    Database &db = m_session.database();
    this->category(category.id);
    checkCategory(db, category);
    // The code stays: built-in codes tie the category to its id on every device.
    db.exec(QStringLiteral("UPDATE equipment_categories SET name = ?, parent_id = ?, kind = ?, "
                           "service_life_years = ?, custom_fields = ? WHERE id = ?"),
            {category.name.trimmed(),
             orNull(category.parentId),
             category.kind,
             category.serviceLifeYears > 0 ? QVariant(category.serviceLifeYears) : QVariant(),
             fieldsOrNull(category.customFields),
             category.id});
}

void EquipmentService::deleteCategory(const QString &categoryId)
{
    requireEdit(tr("edit equipment categories"));
    Database &db = m_session.database();
    const AssetCategory c = category(categoryId);
    const auto count = [&](const QString &sql) { return db.scalar(sql, {categoryId}).toInt(); };
    const int items = count(QStringLiteral(
        "SELECT count(*) FROM equipment_items WHERE category_id = ? AND deleted = 0"));
    const int children = count(QStringLiteral(
        "SELECT count(*) FROM equipment_categories WHERE parent_id = ? AND deleted = 0"));
    const int models = count(QStringLiteral(
        "SELECT count(*) FROM equipment_models WHERE category_id = ? AND deleted = 0"));
    if (items || children || models)
        throw Error(tr("%1 is in use (%2 items, %3 subcategories, %4 models) and stays.")
                        .arg(c.name)
                        .arg(items)
                        .arg(children)
                        .arg(models),
                    Error::Invalid);
    db.exec(QStringLiteral("UPDATE equipment_categories SET deleted = 1 WHERE id = ?"),
            {categoryId});
}

QJsonObject EquipmentService::checkedCustom(const QString &categoryId,
                                            const QJsonObject &values) const
{
    // The category's own fields and those of its ancestors (a desktop has a computer's fields).
    QJsonArray fields;
    QString at = categoryId;
    for (int depth = 0; !at.isEmpty() && depth < 16; ++depth) {
        QSqlQuery q = m_session.database().exec(QStringLiteral("SELECT custom_fields, parent_id "
                                                               "FROM equipment_categories WHERE "
                                                               "id = ?"),
                                                {at});
        if (!q.next())
            break;
        for (const QJsonValue &f : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            fields.append(f);
        at = q.value(1).toString();
    }
    QJsonObject out;
    QSet<QString> known;
    for (const QJsonValue &v : std::as_const(fields)) {
        const QJsonObject f = v.toObject();
        const QString key = f.value(QStringLiteral("key")).toString();
        const QString title = f.value(QStringLiteral("title")).toString(key);
        const QString type = f.value(QStringLiteral("type")).toString(QStringLiteral("text"));
        known.insert(key);
        const QJsonValue value = values.value(key);
        const QString text
            = value.isString()   ? value.toString().trimmed()
              : value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
              : value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : QString();
        if (text.isEmpty()) {
            if (f.value(QStringLiteral("required")).toBool() && type != QLatin1String("bool"))
                throw Error(tr("%1: this field is required.").arg(title), Error::Invalid);
            continue;
        }
        if (type == QLatin1String("number")) {
            bool ok = false;
            const double n = QString(text).remove(QLatin1Char(',')).toDouble(&ok);
            if (!ok)
                throw Error(tr("%1: \"%2\" is not a number.").arg(title, text), Error::Invalid);
            out.insert(key, n);
        } else if (type == QLatin1String("date")) {
            const QDate d = Validators::parseDate(text);
            if (!d.isValid())
                throw Error(tr("%1: \"%2\" is not a date (use 2024-09-01).").arg(title, text),
                            Error::Invalid);
            out.insert(key, d.toString(Qt::ISODate));
        } else if (type == QLatin1String("bool")) {
            const QString t = text.toLower();
            if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
                || t == QStringLiteral("是"))
                out.insert(key, true);
            else if (t == QLatin1String("false") || t == QLatin1String("no")
                     || t == QLatin1String("0") || t == QStringLiteral("否"))
                out.insert(key, false);
            else
                throw Error(tr("%1: use yes or no, not \"%2\".").arg(title, text), Error::Invalid);
        } else {
            if (text.size() > 200)
                throw Error(tr("%1: at most 200 characters.").arg(title), Error::Invalid);
            out.insert(key, text);
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!known.contains(it.key()))
            throw Error(tr("%1: not a field of this category.").arg(it.key()), Error::Invalid);
    }
    return out;
}

QStringList EquipmentService::builtInFundingSources()
{
    return {QStringLiteral("财政专项资金"),
            QStringLiteral("学校公用经费"),
            QStringLiteral("上级项目资金"),
            QStringLiteral("社会捐赠")};
}

QStringList EquipmentService::fundingSources() const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QStringList list = builtInFundingSources();
    QSqlQuery q = m_session.database().exec(QStringLiteral(
        "SELECT name FROM district_funding_sources WHERE deleted = 0 ORDER BY created_at, name"));
    while (q.next()) {
        const QString name = q.value(0).toString().trimmed();
        if (!name.isEmpty() && !list.contains(name))
            list << name;
    }
    return list;
}

QString EquipmentService::tagPrefix() const
{
    return m_session.database()
               .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'"))
               .toString()
           + QLatin1Char('-');
}

QString EquipmentService::nextTag()
{
    requireEdit(tr("register equipment"));
    const QString prefix = tagPrefix();
    Database &db = m_session.database();
    // A tag typed by hand may have taken a number of the block already: skip it.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const qint64 n = NumberLeases(db).next(QStringLiteral("asset_tag:") + prefix.chopped(1));
        const QString tag = prefix + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        if (db.scalar(QStringLiteral("SELECT count(*) FROM equipment_items WHERE asset_tag = ?"),
                      {tag})
                .toInt()
            == 0)
            return tag;
    }
    throw Error(tr("No free asset tag was found in this computer's block."));
}

void EquipmentService::noteTagUsed(const QString &tag)
{
    const QString prefix = tagPrefix();
    if (!tag.startsWith(prefix))
        return;
    const QString digits = tag.mid(prefix.size());
    static const QRegularExpression number(QStringLiteral("^\\d{1,12}$"));
    if (!number.match(digits).hasMatch())
        return;
    NumberLeases(m_session.database())
        .noteUsed(QStringLiteral("asset_tag:") + prefix.chopped(1), digits.toLongLong());
}

QList<AssetPhoto> EquipmentService::photos(const QString &itemId) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT id, item_id, sha256, mime, caption FROM equipment_photos WHERE "
                       "item_id = ? AND deleted = 0 ORDER BY created_at, id"),
        {itemId});
    QList<AssetPhoto> list;
    while (q.next())
        list << AssetPhoto{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString()};
    return list;
}

QString EquipmentService::addPhoto(const QString &itemId,
                                   const QString &sha256,
                                   const QString &mime,
                                   const QString &caption)
{
    requireEdit(tr("add photos"));
    asset(itemId);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        throw Error(tr("Photo: %1 is not a SHA-256 checksum.").arg(sha256), Error::Invalid);
    const QString id = Uuid::v7();
    m_session.database().exec(QStringLiteral("INSERT INTO equipment_photos (id, item_id, sha256, "
                                             "mime, caption) VALUES (?, ?, ?, ?, ?)"),
                              {id, itemId, sha256, orNull(mime), orNull(caption.trimmed())});
    return id;
}

void EquipmentService::removePhoto(const QString &photoId)
{
    requireEdit(tr("remove photos"));
    m_session.database().exec(QStringLiteral("UPDATE equipment_photos SET deleted = 1 WHERE id = "
                                             "? AND deleted = 0"),
                              {photoId});
}

} // namespace SchoolSuite
