#include "conflicts.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/syncschema.h"
#include "synctables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Conflicts", text);
}

// Conflict values are JSON texts of the column value ("\"张三\"", "5", "null").
QVariant parseValue(const QVariant &stored)
{
    if (stored.isNull())
        return QVariant();
    const QString text = stored.toString();
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return text; // not JSON: the text itself
    const QJsonValue v = doc.array().at(0);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    if (v.isNull())
        return QVariant();
    return v.toVariant();
}

QString titleColumn(const QSqlDatabase &db, const QString &table)
{
    const QStringList columns = SyncSchema::tableColumns(db, table);
    for (const QString &c : {QStringLiteral("name"), QStringLiteral("title")}) {
        if (columns.contains(c))
            return c;
    }
    return {};
}

const QString kSelect = QStringLiteral(
    "SELECT id, tbl, row_id, field, kept_value, lost_value, kept_user, lost_user, kept_device, "
    "lost_device, detected_at FROM sync_conflicts WHERE resolved_at IS NULL AND deleted = 0");

} // namespace

Conflicts::Conflicts(Database &db)
    : m_db(db)
{}

QList<ConflictItem> Conflicts::open() const
{
    QList<ConflictItem> items;
    const QSqlDatabase conn = m_db.connection();
    QSqlQuery q = Database::execOn(conn, kSelect + QStringLiteral(" ORDER BY detected_at, id"));
    QHash<QString, QString> titleColumns;
    while (q.next()) {
        ConflictItem c;
        c.id = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.field = q.value(3).toString();
        c.keptValue = parseValue(q.value(4));
        c.lostValue = parseValue(q.value(5));
        c.keptUser = q.value(6).toString();
        c.lostUser = q.value(7).toString();
        c.keptDevice = q.value(8).toString();
        c.lostDevice = q.value(9).toString();
        c.detectedAt = q.value(10).toString();
        if (SyncTables::find(c.table)) {
            if (!titleColumns.contains(c.table))
                titleColumns.insert(c.table, titleColumn(conn, c.table));
            const QString column = titleColumns.value(c.table);
            if (!column.isEmpty()) {
                QSqlQuery t = Database::execOn(
                    conn,
                    QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, c.table),
                    {c.rowId});
                if (t.next())
                    c.recordTitle = t.value(0).toString();
            }
        }
        items << c;
    }
    return items;
}

int Conflicts::openCount() const
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND "
                               "deleted = 0"))
        .toInt();
}

QList<SyncProblem> Conflicts::problems() const
{
    QList<SyncProblem> list;
    QSqlQuery q = Database::execOn(m_db.connection(),
                                   QStringLiteral("SELECT id, tbl, row_id, kind, message, "
                                                  "detected_at FROM sync_problems WHERE "
                                                  "resolved_at IS NULL ORDER BY id"));
    while (q.next()) {
        list << SyncProblem{q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString()};
    }
    return list;
}

ConflictItem Conflicts::load(const QString &conflictId) const
{
    QSqlQuery q = Database::execOn(
        m_db.connection(), kSelect + QStringLiteral(" AND id = ?"), {conflictId});
    if (!q.next())
        throw Error(tr("There is no open conflict %1.").arg(conflictId), Error::NotFound);
    ConflictItem c;
    c.id = q.value(0).toString();
    c.table = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.keptValue = parseValue(q.value(4));
    c.lostValue = parseValue(q.value(5));
    return c;
}

void Conflicts::restore(const QString &conflictId, const Session &session)
{
    resolve(load(conflictId), session, QStringLiteral("restored"));
}

void Conflicts::keep(const QString &conflictId, const Session &session)
{
    resolve(load(conflictId), session, QStringLiteral("kept"));
}

void Conflicts::resolve(const ConflictItem &item, const Session &session, const QString &resolution)
{
    const std::optional<TableDecl> decl = SyncTables::find(item.table);
    if (!decl)
        throw Error(
            tr("The conflict is about table %1, which this program does not have.").arg(item.table),
            Error::NotFound);
    if (decl->writePermission && !session.can(*decl->writePermission))
        session.deny(tr("settle a conflict of %1").arg(item.table));
    const bool restore = resolution == QLatin1String("restored");
    if (restore) {
        const QStringList columns = SyncSchema::tableColumns(m_db.connection(), item.table);
        const bool writable
            = item.field == QLatin1String("deleted")
              || (columns.contains(item.field) && !SyncSchema::syncColumns().contains(item.field));
        if (!writable)
            throw Error(tr("The conflict names field %1, which table %2 does not have.")
                            .arg(item.field, item.table),
                        Error::Invalid);
        if (decl->kind == TableKind::Fact || decl->scope == TableScope::District)
            throw Error(tr("Rows of %1 are not changed here.").arg(item.table), Error::Invalid);
    }
    m_db.transaction([&] {
        if (restore) {
            // A normal local edit: captured, pushed, and newer than the value that won.
            const int changed = m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                              .arg(item.table, item.field),
                                          {item.lostValue, item.rowId})
                                    .numRowsAffected();
            if (changed != 1)
                throw Error(tr("The record of this conflict is not on this device yet; sync "
                               "first."),
                            Error::NotFound);
        }
        m_db.exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = %1, resolved_by = ?, "
                                 "resolution = ? WHERE id = ?")
                      .arg(SyncSchema::nowSql()),
                  {session.username(), resolution, item.id});
        session.audit(restore ? QStringLiteral("conflict_restore")
                              : QStringLiteral("conflict_keep"),
                      item.table,
                      item.rowId,
                      item.field);
    });
}

QString Conflicts::displayText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("(empty)");
    return value.toString();
}

} // namespace SchoolSuite
