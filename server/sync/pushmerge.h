#pragma once

#include "rowstate.h"
#include "server/platform/principal.h"

#include <QCborArray>
#include <QList>
#include <QSet>

#include <optional>

namespace SchoolSuite::Server {

class Catalogue;
class ServerDb;

// One pushed batch being merged (docs/sync-protocol.md §5), inside the caller's transaction
// after ServerDb::lockSequence(): prepare() checks every change and merges it into the rows in
// memory, refusing the whole batch with an ApiError before anything is written; write() gives
// the changed rows and the conflicts their sequences and stores them.
class PushMerge
{
public:
    struct BulkDelete
    {
        QString table;
        int deletes = 0;
        qint64 rows = 0;
    };

    PushMerge(ServerDb &db, const Catalogue &catalogue, const Principal &principal);

    // Server-side writes (admin commands): district tables allowed, the user named actor.
    void setServerWriter(const QString &actor);

    void prepare(const QCborArray &changes);
    // The first table whose tombstones would pass the guard, if any.
    std::optional<BulkDelete> bulkDelete(double share, int minRows);
    void write();

    int applied() const { return m_applied; }
    int skipped() const { return m_skipped; }
    int conflicts() const { return int(m_conflicts.size()); }
    qint64 serverHlc() const { return m_serverHlc; }

private:
    struct Change
    {
        qint64 seq = 0;
        QString table;
        QString id;
        QString op;
        qint64 hlc = 0;
        qint64 base = 0;
        QCborMap fields;
    };

    Change parse(const QCborValue &value) const;
    void check(const Change &c, const RowState *row) const;
    void checkClass(const Change &c, const RowState *row) const;
    void merge(const Change &c, RowState &row);
    void addConflict(const RowState &row,
                     const QString &field,
                     const QCborValue &keptValue,
                     const FieldClock &kept,
                     const QCborValue &lostValue,
                     const FieldClock &lost);
    void load(const QList<Change> &changes);
    RowState &newRow(const Change &c);
    void store(const QList<const RowState *> &rows);

    ServerDb &m_db;
    const Catalogue &m_catalogue;
    Principal m_principal;
    QString m_device;
    QString m_user;
    bool m_serverWriter = false;

    QHash<QString, RowState> m_rows; // "table\x1fid" → row (stored or new)
    QList<QString> m_order;          // keys of dirty rows, first change first
    QList<RowState> m_conflicts;
    mutable std::optional<QSet<QString>> m_ownClasses;
    int m_applied = 0;
    int m_skipped = 0;
    qint64 m_maxHlc = 0;
    qint64 m_serverHlc = 0;
    QString m_now;
};

} // namespace SchoolSuite::Server
