#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QSet>
#include <QString>

namespace SchoolSuite::Server {

class ServerDb;

// Where a field's stored value came from: its HLC, the sequence it was stored under, and the
// device and user that wrote it (docs/sync-protocol.md §4).
struct FieldClock
{
    static constexpr qint64 Pending = -1; // written by the batch being merged, seq not known yet

    qint64 hlc = 0;
    qint64 seq = 0;
    QString device;
    QString user;
};

// One row of sync_rows in memory while a batch is merged.
struct RowState
{
    QString table;
    QString id;
    QString schoolId; // empty for district rows
    QString scope;    // "school", "district", "personal"
    QString ownerId;
    qint64 seq = 0;
    bool stored = false;     // in sync_rows before this batch
    bool liveBefore = false; // stored and not a tombstone before this batch
    bool dirty = false;      // to be written with a new sequence
    bool deleted = false;
    QCborMap fields;
    QHash<QString, FieldClock> clocks;
    QString createdAt;

    QByteArray encodeFields() const;
    QByteArray encodeClocks() const;
    // {column: hlc}, as a pull answers it.
    QByteArray encodeHlcs() const;
    static QHash<QString, FieldClock> decodeClocks(const QByteArray &cbor);
};

// The school's classes whose homeroom teacher is the staff member (empty staffId: none).
QSet<QString> homeroomClasses(ServerDb &db, const QString &schoolId, const QString &staffId);

// A column value as the JSON text sync_conflicts keeps ("12", "\"张三\"", "null").
QString jsonText(const QCborValue &value);

} // namespace SchoolSuite::Server
