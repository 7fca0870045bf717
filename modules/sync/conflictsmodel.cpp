#include "conflictsmodel.h"

#include "synctables.h"

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
        return tableTitle(c.table);
    case Record:
        return c.recordTitle.isEmpty() ? c.rowId : c.recordTitle;
    case Field:
        return fieldTitle(c.table, c.field);
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

QString ConflictsModel::tableTitle(const QString &table)
{
    const std::optional<TableDecl> decl = SyncTables::find(table);
    return decl ? decl->displayTitle() : table;
}

QString ConflictsModel::fieldTitle(const QString &table, const QString &field)
{
    if (field == QLatin1String("deleted"))
        return tr("Deleted");
    const std::optional<TableDecl> decl = SyncTables::find(table);
    return decl ? decl->columnTitle(field) : field;
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
        return tr("Kept value by");
    case LostBy:
        return tr("Other value by");
    case Detected:
        return tr("Detected");
    default:
        return {};
    }
}

} // namespace SchoolSuite
