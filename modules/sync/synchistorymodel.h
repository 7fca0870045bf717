#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace SchoolSuite {

class Database;

// This device's sync runs, newest first (sync_history).
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Trigger, Status, Pushed, Pulled, Conflicts, Message, ColumnCount };
    enum Roles { StatusKeyRole = Qt::UserRole + 1 }; // "ok", "offline", ...

    explicit SyncHistoryModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload(int limit = 200);

private:
    struct Run
    {
        QDateTime started;
        QString trigger;
        QString status;
        int pushed = 0;
        int pulled = 0;
        int conflicts = 0;
        QString message;
    };
    Database &m_db;
    QList<Run> m_runs;
};

} // namespace SchoolSuite
