#pragma once

#include "core/store/syncschema.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace SchoolSuite {

// A Z39.50 or SRU server the district offers for copy cataloguing (district_library_targets,
// set by `schoolsuite-district admin set-library-target`).
struct LibraryTarget
{
    QString id;
    QString name;                              // for people: "国家图书馆"
    QString url;                               // "host:port/Database" or "http://host/path"
    QString syntax = QStringLiteral("usmarc"); // usmarc (MARC 21) or unimarc (CNMARC)
    QString encoding; // utf-8, gb18030, marc8; empty: marc8 for usmarc, gb18030 for unimarc

    // SRU (an http:// or https:// URL) rather than Z39.50.
    bool isSru() const;
    // The name, or the URL when there is none.
    QString displayName() const;
    // The character set records without their own declaration come in.
    QString effectiveEncoding() const;
};

namespace LibraryTargets {

QStringList syntaxes();  // usmarc, unimarc
QStringList encodings(); // utf-8, gb18030, marc8
// Why the target cannot be used (translated, for the admin command): "" when it can.
QString problem(const LibraryTarget &target);
// The targets pulled from the district, by name. Empty when none is set (or the store has no
// such table).
QList<LibraryTarget> fromStore(const QSqlDatabase &db);
// The district-scope table the library module declares (LibraryModule::syncedTables).
TableDecl declaration(const QString &module);

} // namespace LibraryTargets

} // namespace SchoolSuite
