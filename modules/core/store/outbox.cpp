#include "outbox.h"

#include "database.h"
#include "syncschema.h"

#include <QJsonDocument>

namespace SchoolSuite {

int Outbox::pendingCount(const QSqlDatabase &db)
{
    QSqlQuery q
        = Database::execOn(db, QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Outbox::Entry> Outbox::pending(const QSqlDatabase &db, int limit, qint64 afterSeq)
{
    QList<Entry> entries;
    QSqlQuery q
        = Database::execOn(db,
                           QStringLiteral("SELECT seq, tbl, row_id, op, hlc, fields, "
                                          "created_at, base FROM outbox WHERE sent_at IS NULL "
                                          "AND seq > ? ORDER BY seq LIMIT ?"),
                           {afterSeq, limit});
    while (q.next()) {
        entries << Entry{q.value(0).toLongLong(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         q.value(4).toLongLong(),
                         QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                         q.value(6).toString(),
                         q.value(7).toLongLong()};
    }
    return entries;
}

void Outbox::markSent(const QSqlDatabase &db, qint64 upToSeq)
{
    Database::execOn(db,
                     QStringLiteral("UPDATE outbox SET sent_at = %1 WHERE sent_at IS NULL AND seq "
                                    "<= ?")
                         .arg(SyncSchema::nowSql()),
                     {upToSeq});
}

} // namespace SchoolSuite
