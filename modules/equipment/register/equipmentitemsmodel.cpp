#include "equipmentitemsmodel.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/pinyin.h"
#include "core/store/database.h"
#include "equipmentfields.h"
#include "equipmentservice.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace SchoolSuite {

EquipmentItemsModel::EquipmentItemsModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    reload();
}

int EquipmentItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EquipmentItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EquipmentItemsModel::text(int row, int column) const
{
    const Item &i = m_items.at(row);
    switch (column) {
    case Tag:
        return i.tag;
    case Name:
        return i.name;
    case Category:
        return i.category;
    case Model:
        return i.model;
    case Room:
        return i.room;
    case Custodian:
        return i.custodian;
    case Status:
        return m_statusTitles.at(row);
    case Use:
        return m_useTitles.at(row);
    case PurchaseDate:
        return i.purchaseDate.toString(Qt::ISODate);
    case Price:
        return AssetKeys::yuan(i.priceFen);
    default:
        return {};
    }
}

QVariant EquipmentItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Item &i = m_items.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (column == Price)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return ranks(column).at(row);
    case FilterRole:
        return m_filterTexts.at(row);
    case IdRole:
        return i.id;
    case StatusKeyRole:
        return i.status;
    case CategoryIdRole:
        return i.categoryId;
    case RoomIdRole:
        return i.roomId;
    default:
        return {};
    }
}

QVariant EquipmentItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *keys[] = {"asset_tag",
                                 "name",
                                 "category",
                                 "model",
                                 "room",
                                 "custodian",
                                 "status",
                                 "use",
                                 "purchase_date",
                                 "price"};
    if (section < 0 || section >= ColumnCount)
        return {};
    return EquipmentFields::title(QLatin1String(keys[section]));
}

void EquipmentItemsModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_filterTexts.clear();
    m_nameKeys.clear();
    m_statusTitles.clear();
    m_useTitles.clear();
    m_ranks.clear();
    m_lastError.clear();
    try {
        load();
    } catch (const Error &e) {
        m_items.clear();
        m_filterTexts.clear();
        m_nameKeys.clear();
        m_statusTitles.clear();
        m_useTitles.clear();
        m_lastError = e.message();
    }
    endResetModel();
}

void EquipmentItemsModel::load()
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT i.id, i.asset_tag, i.name, i.category_id, c.name, m.model, i.serial, i.room_id, "
        "r.name, i.custodian_id, s.name, i.status, i.use, i.purchase_date, i.price_fen, "
        "i.funding_source FROM equipment_items i "
        "LEFT JOIN equipment_categories c ON c.id = i.category_id "
        "LEFT JOIN equipment_models m ON m.id = i.model_id "
        "LEFT JOIN rooms r ON r.id = i.room_id "
        "LEFT JOIN staff s ON s.id = i.custodian_id "
        "WHERE i.deleted = 0 ORDER BY i.asset_tag"));
    // Names repeat (50 学生计算机 in a lab): their pinyin is computed once.
    QHash<QString, QPair<QString, QString>> pinyin; // name -> filter part, sort key
    QHash<QString, QString> statusTitles;
    QHash<QString, QString> useTitles;
    while (q.next()) {
        Item i;
        i.id = q.value(0).toString();
        i.tag = q.value(1).toString();
        i.name = q.value(2).toString();
        i.categoryId = q.value(3).toString();
        i.category = q.value(4).toString();
        i.model = q.value(5).toString();
        i.serial = q.value(6).toString();
        i.roomId = q.value(7).toString();
        i.room = q.value(8).toString();
        i.custodianId = q.value(9).toString();
        i.custodian = q.value(10).toString();
        i.status = q.value(11).toString();
        i.use = q.value(12).toString();
        i.purchaseDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        i.priceFen = q.value(14).isNull() ? -1 : q.value(14).toLongLong();
        i.fundingSource = q.value(15).toString();
        auto st = statusTitles.find(i.status);
        if (st == statusTitles.end())
            st = statusTitles.insert(i.status,
                                     AssetKeys::statusTitle(AssetKeys::statusFromKey(i.status)));
        auto ut = useTitles.find(i.use);
        if (ut == useTitles.end())
            ut = useTitles.insert(i.use, AssetKeys::useTitle(AssetKeys::useFromKey(i.use)));
        auto py = pinyin.find(i.name);
        if (py == pinyin.end())
            py = pinyin.insert(
                i.name,
                qMakePair(Pinyin::full(i.name) + QLatin1Char('\t') + Pinyin::initials(i.name),
                          Pinyin::sortKey(i.name, false)));
        m_statusTitles << *st;
        m_useTitles << *ut;
        m_nameKeys << py->second;
        m_filterTexts << QStringList{i.tag,
                                     i.name,
                                     i.category,
                                     i.model,
                                     i.room,
                                     i.custodian,
                                     *st,
                                     *ut,
                                     i.serial,
                                     i.fundingSource,
                                     py->first}
                             .join(QLatin1Char('\t'))
                             .toLower();
        m_items << i;
    }
}

const QList<int> &EquipmentItemsModel::ranks(int column) const
{
    if (m_ranks.size() != ColumnCount)
        m_ranks.resize(ColumnCount);
    QList<int> &ranks = m_ranks[column];
    if (ranks.size() == m_items.size())
        return ranks;
    QList<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    const auto key = [&](int row) -> QString {
        return column == Name ? m_nameKeys.at(row) : text(row, column);
    };
    if (column == Price) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return m_items.at(a).priceFen < m_items.at(b).priceFen;
        });
    } else {
        QStringList keys;
        keys.reserve(m_items.size());
        for (int r = 0; r < m_items.size(); ++r)
            keys << key(r);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return QString::compare(keys.at(a), keys.at(b), Qt::CaseInsensitive) < 0;
        });
    }
    ranks.resize(m_items.size());
    for (int i = 0; i < order.size(); ++i)
        ranks[order.at(i)] = i;
    return ranks;
}

QString EquipmentItemsModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QString();
}

int EquipmentItemsModel::rowOfId(const QString &id) const
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items.at(r).id == id)
            return r;
    }
    return -1;
}

} // namespace SchoolSuite
