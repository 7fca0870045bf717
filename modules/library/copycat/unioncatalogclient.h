#pragma once

#include "copycatresult.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QUrl>

namespace SchoolSuite {

class Database;

// How this computer reaches the district server: its enrollment and device credential, as the
// sync engine uses them (docs/sync-protocol.md §2, §3).
struct DistrictLink
{
    QUrl server;
    QByteArray caCertificates; // PEM, from enrollment (--ca-cert)
    QByteArray credential;     // the device credential
    int connectTimeoutMs = 5'000;
    int requestTimeoutMs = 15'000;
    QString problem; // translated: why the district cannot be asked (not enrolled, no credential)

    bool isUsable() const { return problem.isEmpty(); }
};

// The district's union catalog: GET /api/v1/catalog/isbn/ISBN (docs/sync-protocol.md §3).
namespace UnionCatalog {

// The link of the store db belongs to. Reads the keychain (QtKeychain serves one thread), so
// call it on the GUI thread, or the CLI's.
DistrictLink linkFor(const Database &db);
// Asks the district (blocking: call it off the GUI thread). Never throws: what went wrong is in
// the step's message.
CopyCatStep lookUp(const DistrictLink &link, const QString &isbn13, QList<CopyCatRecord> *found);
// The records of an answer (tests, and lookUp).
QList<CopyCatRecord> recordsFrom(const QCborMap &answer);

} // namespace UnionCatalog

} // namespace SchoolSuite
