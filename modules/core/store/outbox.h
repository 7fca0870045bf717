#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

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
    static QList<Entry> pending(const QSqlDatabase &db, int limit = 500, qint64 afterSeq = 0);
    static void markSent(const QSqlDatabase &db, qint64 upToSeq);
};

} // namespace SchoolSuite
