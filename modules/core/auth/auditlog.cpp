#include "auditlog.h"

#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QDateTime>

namespace SchoolSuite {

void AuditLog::record(Database &db,
                      const QString &username,
                      const QString &action,
                      const QString &table,
                      const QString &recordId,
                      const QString &detail)
{
    const QString sql = QStringLiteral("INSERT INTO audit_log (id, at, username, action, tbl, "
                                       "record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values{Uuid::v7(),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                              username,
                              action,
                              table.isEmpty() ? QVariant() : table,
                              recordId.isEmpty() ? QVariant() : recordId,
                              detail.isEmpty() ? QVariant() : detail};
    // A refusal is what the log is for, so it stays even when the refused change rolls back.
    if (action == QLatin1String("denied") && db.isOwnerThread())
        db.execSurvivingRollback(sql, values);
    else
        db.execFromAnyThread(sql, values);
}

QList<AuditLog::Entry> AuditLog::recent(Database &db, int limit, const QString &action)
{
    QList<Entry> list;
    QSqlQuery q = action.isEmpty()
                      ? db.exec(QStringLiteral("SELECT at, username, action, tbl, record_id, "
                                               "detail FROM audit_log ORDER BY at DESC, id DESC "
                                               "LIMIT ?"),
                                {limit})
                      : db.exec(QStringLiteral("SELECT at, username, action, tbl, record_id, "
                                               "detail FROM audit_log WHERE action = ? ORDER BY "
                                               "at DESC, id DESC LIMIT ?"),
                                {action, limit});
    while (q.next()) {
        list << Entry{q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString()};
    }
    return list;
}

QString AuditLog::actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("sign_in"), QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Signed in")},
        {QStringLiteral("sign_in_failed"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Sign-in failed")},
        {QStringLiteral("account_locked"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Account locked")},
        {QStringLiteral("account_unlocked"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Account unlocked")},
        {QStringLiteral("sign_out"), QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Signed out")},
        {QStringLiteral("denied"), QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Permission denied")},
        {QStringLiteral("view"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Viewed personal data")},
        {QStringLiteral("reveal"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Viewed sensitive data")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Exported data")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Imported data")},
        {QStringLiteral("user_created"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Account created")},
        {QStringLiteral("password_changed"),
         QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Password changed")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("SchoolSuite::AuditLog", "Restored backup")},
    };
    const char *title = titles.value(action);
    return title ? QCoreApplication::translate("SchoolSuite::AuditLog", title) : action;
}

} // namespace SchoolSuite
