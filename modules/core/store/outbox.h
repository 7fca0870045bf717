#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace SchoolSuite {

// The local changes waiting to be pushed to the district (written by the capture triggers).
class Outbox
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QString table;
        QString rowId;
        QString op; // insert, update, delete
        qint64 hlc = 0;
        QJsonObject fields;
        QString createdAt;
        qint64 base = 0; // the server sequence pulled when the change was made
    };

    static int pendingCount(const QSqlDatabase &db);
    // The entries in order, fields read from the row for inserts queued in bulk.
    static QList<Entry> pending(const QSqlDatabase &db, int limit = 500, qint64 afterSeq = 0);
    static void markSent(const QSqlDatabase &db, qint64 upToSeq);
};

// The fields of outbox entries. An insert queued in bulk (BulkCapture) stores no fields: the row
// itself is sent, as it is when pushed (the server cannot know a row before its insert, so its
// latest values are as good as its first). Prepares one statement per table and keeps it.
class OutboxFields
{
public:
    explicit OutboxFields(const QSqlDatabase &db);
    ~OutboxFields();
    OutboxFields(const OutboxFields &) = delete;
    OutboxFields &operator=(const OutboxFields &) = delete;
    // The entry's JSON text: storedFields, or for an insert queued in bulk the row's fields
    // (an empty text when the row is gone).
    QByteArray json(const QString &table, const QString &rowId, const QByteArray &storedFields);

private:
    struct Statements;
    std::unique_ptr<Statements> d;
};

} // namespace SchoolSuite
