#pragma once

#include "core/auth/session.h"
#include "core/io/table.h"
#include "core/people/peopleimport.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

// Imports and exports the asset register as tables (CSV in UTF-8 or GBK, XLSX) with the
// headers of CLI.md, Chinese or English, in any order. An import is all or nothing: every row is
// checked, unknown categories, rooms and custodians are named per row, and only a file without a
// single bad row is written, in one transaction. Items are matched by asset tag: known tags are
// updated (a new room, custodian or status as a movement), new or empty tags registered.
class EquipmentImport
{
public:
    explicit EquipmentImport(const Session &session);

    // For each column of header the field it maps to (EquipmentFields keys), or "" to skip it.
    static QStringList autoMapping(const QStringList &header);
    ImportReport run(const Table &table, bool dryRun);
    ImportReport run(const Table &table, const QStringList &mapping, bool dryRun);

    // The register as a table with Chinese headers, prices in yuan, custodians by 工号.
    Table exportTable() const;

    // `equipment set TAG FIELD=VALUE ...`: fields named as in the import headers, checked like
    // an import row, written all or nothing. Throws Error naming the field.
    void setFields(const QString &tag, const QHash<QString, QString> &values);

private:
    Session m_session;
};

} // namespace SchoolSuite
