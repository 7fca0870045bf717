#pragma once

#include "core/auth/session.h"
#include "core/io/table.h"
#include "peoplefields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

struct ImportIssue
{
    int row = 0; // 1-based row of the file; the header is the first
    QString field;
    QString message;
};

struct ImportReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportIssue> errors;
    bool written = false;
    QString errorText() const; // one line per issue, "row 7, 身份证号: ..."
};

// Imports students or staff from a table (CSV or XLSX): every row is checked first, and only a
// table without a single bad row is written, in one transaction. Existing people (same 学籍号 or
// 工号) are updated, new ones added, missing classes created.
class PeopleImport
{
public:
    explicit PeopleImport(const Session &session);

    // For each column of header the field it maps to, or an empty string to skip it.
    static QStringList autoMapping(PersonKind kind, const QStringList &header);
    ImportReport run(PersonKind kind, const Table &table, bool dryRun);
    ImportReport run(PersonKind kind, const Table &table, const QStringList &mapping, bool dryRun);

    // The directory as a table with Chinese headers, ready for TabularWriter. ID numbers are
    // written in full only for roles that may reveal them; the export is audited.
    Table exportTable(PersonKind kind) const;

private:
    Session m_session;
};

} // namespace SchoolSuite
