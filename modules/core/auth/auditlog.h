#pragma once

#include <QList>
#include <QString>

namespace SchoolSuite {

class Database;

// Who did what, when, to which record. Written for sign-ins, sign-in failures and lockouts,
// permission denials, and every view or export of sensitive personal data.
class AuditLog
{
public:
    struct Entry
    {
        QString at;
        QString username;
        QString action;
        QString table;
        QString recordId;
        QString detail;
    };

    static void record(Database &db,
                       const QString &username,
                       const QString &action,
                       const QString &table = {},
                       const QString &recordId = {},
                       const QString &detail = {});
    static QList<Entry> recent(Database &db, int limit = 200, const QString &action = {});
    static QString actionTitle(const QString &action); // translated
};

} // namespace SchoolSuite
