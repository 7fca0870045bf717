#include "conflictsmodel.h"

#include <QDateTime>

namespace SchoolSuite {

ConflictsModel::ConflictsModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_conflicts(db)
{
    reload();
}

void ConflictsModel::reload()
{
    beginResetModel();
    m_items = m_conflicts.open();
    endResetModel();
}

ConflictItem ConflictsModel::itemAt(int row) const
{
    return m_items.value(row);
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ConflictItem &c = m_items.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Table:
        return c.table;
    case Record:
        return c.recordTitle.isEmpty() ? c.rowId : c.recordTitle;
    case Field:
        return c.field;
    case Kept:
        return Conflicts::displayText(c.keptValue);
    case Lost:
        return Conflicts::displayText(c.lostValue);
    case KeptBy:
        return c.keptUser.isEmpty() ? c.keptDevice : c.keptUser;
    case LostBy:
        return c.lostUser.isEmpty() ? c.lostDevice : c.lostUser;
    case Detected: {
        const QDateTime t = QDateTime::fromString(c.detectedAt, Qt::ISODateWithMs);
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : c.detectedAt;
    }
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Kept:
        return tr("Kept value");
    case Lost:
        return tr("Other value");
    case KeptBy:
        return tr("Kept from");
    case LostBy:
        return tr("Other from");
    case Detected:
        return tr("Detected");
    default:
        return {};
    }
}

} // namespace SchoolSuite
