#include "drilldownmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace SchoolSuite {

namespace {
// Internal ids: 0 for a section, section + 1 for the rows under it.
constexpr quintptr kSection = 0;
} // namespace

DrillDownModel::DrillDownModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void DrillDownModel::setFigure(const IndicatorFigure &figure)
{
    beginResetModel();
    m_figure = figure;
    endResetModel();
}

QModelIndex DrillDownModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSection);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DrillDownModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSection)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSection);
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_figure.sections.size());
    if (parent.internalId() != kSection || parent.column() != 0)
        return 0;
    return int(m_figure.sections.at(parent.row()).rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSection) {
        const DrillSection &s = m_figure.sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == Name ? QVariant(s.title) : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ForegroundRole:
            return s.counted ? QVariant() : QVariant(QBrush(QColor(0xb0, 0x30, 0x30)));
        case CountedRole:
            return s.counted;
        case KindRole:
            return QStringLiteral("section");
        default:
            return {};
        }
    }
    const DrillSection &s = m_figure.sections.at(int(index.internalId() - 1));
    const DrillRow &r = s.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Code:
            return r.code;
        case Detail:
            return r.detail;
        default:
            return {};
        }
    case KindRole:
        return r.kind;
    case IdRole:
        return r.id;
    case CountedRole:
        return s.counted;
    default:
        return {};
    }
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Tag / number");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace SchoolSuite
