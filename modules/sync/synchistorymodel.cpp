#include "synchistorymodel.h"

#include "core/store/database.h"

namespace SchoolSuite {

namespace {
QString statusTitle(const QString &key)
{
    if (key == QLatin1String("ok"))
        return SyncHistoryModel::tr("Synced");
    if (key == QLatin1String("offline"))
        return SyncHistoryModel::tr("Offline");
    if (key == QLatin1String("error"))
        return SyncHistoryModel::tr("Failed");
    if (key == QLatin1String("held"))
        return SyncHistoryModel::tr("Waiting for confirmation");
    if (key == QLatin1String("running"))
        return SyncHistoryModel::tr("Running");
    return key;
}

QString triggerTitle(const QString &key)
{
    if (key == QLatin1String("timer"))
        return SyncHistoryModel::tr("Scheduled");
    if (key == QLatin1String("network"))
        return SyncHistoryModel::tr("Network restored");
    if (key == QLatin1String("manual"))
        return SyncHistoryModel::tr("Manual");
    if (key == QLatin1String("cli"))
        return SyncHistoryModel::tr("Command line");
    if (key == QLatin1String("startup"))
        return SyncHistoryModel::tr("Start-up");
    return key;
}
} // namespace

SyncHistoryModel::SyncHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void SyncHistoryModel::reload(int limit)
{
    beginResetModel();
    m_runs.clear();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT started_at, trigger, status, pushed, pulled, "
                                           "conflicts, message FROM sync_history ORDER BY id "
                                           "DESC LIMIT ?"),
                            {limit});
    while (q.next()) {
        Run r;
        r.started = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        r.trigger = q.value(1).toString();
        r.status = q.value(2).toString();
        r.pushed = q.value(3).toInt();
        r.pulled = q.value(4).toInt();
        r.conflicts = q.value(5).toInt();
        r.message = q.value(6).toString();
        m_runs << r;
    }
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const Run &r = m_runs.at(index.row());
    if (role == StatusKeyRole)
        return r.status;
    if (role == Qt::TextAlignmentRole && index.column() >= Pushed && index.column() <= Conflicts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Started:
        return r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Trigger:
        return triggerTitle(r.trigger);
    case Status:
        return statusTitle(r.status);
    case Pushed:
        return r.pushed;
    case Pulled:
        return r.pulled;
    case Conflicts:
        return r.conflicts;
    case Message:
        return r.message;
    default:
        return {};
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Trigger:
        return tr("Started by");
    case Status:
        return tr("Result");
    case Pushed:
        return tr("Sent");
    case Pulled:
        return tr("Received");
    case Conflicts:
        return tr("Conflicts");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace SchoolSuite
