#include "outbox.h"

#include "database.h"
#include "syncschema.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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
    OutboxFields fields(db);
    QSqlQuery q
        = Database::execOn(db,
                           QStringLiteral("SELECT seq, tbl, row_id, op, hlc, fields, "
                                          "created_at, base FROM outbox WHERE sent_at IS NULL "
                                          "AND seq > ? ORDER BY seq LIMIT ?"),
                           {afterSeq, limit});
    while (q.next()) {
        entries << Entry{
            q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toLongLong(),
            QJsonDocument::fromJson(
                fields.json(q.value(1).toString(), q.value(2).toString(), q.value(5).toByteArray()))
                .object(),
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

namespace {
Error databaseError(const QSqlQuery &q, const QString &sql)
{
    return Error(QCoreApplication::translate("SchoolSuite::Statement", "Database error: %1 in %2")
                     .arg(q.lastError().text(), sql));
}
} // namespace

struct OutboxFields::Statements
{
    QSqlDatabase db;
    QHash<QString, QSqlQuery> byTable;
};

OutboxFields::OutboxFields(const QSqlDatabase &db)
    : d(std::make_unique<Statements>())
{
    d->db = db;
}

OutboxFields::~OutboxFields() = default;

QByteArray OutboxFields::json(const QString &table,
                              const QString &rowId,
                              const QByteArray &storedFields)
{
    if (!storedFields.isEmpty())
        return storedFields;
    auto it = d->byTable.find(table);
    if (it == d->byTable.end()) {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        const QString sql = SyncSchema::rowFieldsSql(d->db, table);
        if (!q.prepare(sql))
            throw databaseError(q, sql);
        it = d->byTable.insert(table, q);
    }
    QSqlQuery &q = *it;
    q.bindValue(0, rowId);
    if (!q.exec())
        throw databaseError(q, q.lastQuery());
    const QByteArray json = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return json;
}

} // namespace SchoolSuite
