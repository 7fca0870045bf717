#include "equipmentsearch.h"

#include "core/search/searchprovider.h"
#include "core/store/database.h"

namespace SchoolSuite {

namespace {

// Items by tag, name (characters and pinyin), serial number and model; the hit shows the tag
// and where the item is.
class ItemProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("equipment_items"); }
    QStringList allIds(const QSqlDatabase &db) const override
    {
        QStringList list;
        QSqlQuery q = Database::execOn(
            db, QStringLiteral("SELECT id FROM equipment_items WHERE deleted = 0"));
        while (q.next())
            list << q.value(0).toString();
        return list;
    }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        const std::optional<QVariantList> row = m_query.row(db, id);
        if (!row)
            return std::nullopt;
        const QVariantList &v = *row;
        SearchDocument d;
        d.module = QStringLiteral("equipment");
        d.kind = QStringLiteral("item");
        d.id = id;
        d.title = v.at(0).toString();
        QStringList sub{v.at(1).toString(), v.at(3).toString()};
        sub.removeAll(QString());
        d.subtitle = sub.join(QStringLiteral(" · "));
        d.names = {d.title};
        d.texts = {v.at(1).toString(), v.at(2).toString(), v.at(4).toString(), v.at(5).toString()};
        d.texts.removeAll(QString());
        d.personNames = false;
        return d;
    }

private:
    mutable DocumentQuery m_query{
        QStringLiteral("SELECT i.name, i.asset_tag, i.serial, r.name, m.model, m.maker "
                       "FROM equipment_items i LEFT JOIN rooms r ON r.id = i.room_id "
                       "LEFT JOIN equipment_models m ON m.id = i.model_id "
                       "WHERE i.id = ? AND i.deleted = 0")};
};

} // namespace

QList<std::shared_ptr<SearchProvider>> EquipmentSearch::providers()
{
    return {std::make_shared<ItemProvider>()};
}

} // namespace SchoolSuite
