#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace SchoolSuite {

class Database;
class Session;

// One open conflict (a row of sync_conflicts the server found and every device pulled).
struct ConflictItem
{
    QString id;
    QString table;
    QString rowId;
    QString recordTitle; // the row's name or title when it has one, else empty
    QString field;
    QVariant keptValue; // the value the row holds now
    QVariant lostValue; // the value that lost; restore() brings it back
    QString keptUser;
    QString lostUser;
    QString keptDevice;
    QString lostDevice;
    QString detectedAt; // ISO 8601 UTC
};

// A pulled row that could not be applied here (two devices created the same 学籍号 offline):
// local bookkeeping in sync_problems, not synced.
struct SyncProblem
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString kind; // "unique"
    QString message;
    QString detectedAt;
};

// Lists and settles the conflicts of the school. Writes go through the session's store like any
// local edit, so the change is captured and pushed, and wins on the server by its newer clock.
class Conflicts
{
public:
    explicit Conflicts(Database &db);

    QList<ConflictItem> open() const;
    int openCount() const;
    QList<SyncProblem> problems() const;

    // Writes the lost value back to the row's field and marks the conflict resolved
    // ('restored'). Throws Error: NotFound (no such open conflict), PermissionDenied (the
    // session may not write the table).
    void restore(const QString &conflictId, const Session &session);
    // Marks the conflict resolved ('kept'); the row stays as it is.
    void keep(const QString &conflictId, const Session &session);

    // A conflict value (JSON text) as a display string.
    static QString displayText(const QVariant &value);

private:
    ConflictItem load(const QString &conflictId) const;
    void resolve(const ConflictItem &item, const Session &session, const QString &resolution);

    Database &m_db;
};

} // namespace SchoolSuite
