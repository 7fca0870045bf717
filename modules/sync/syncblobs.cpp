// SyncClient: the blobs synced rows refer to (docs/sync-protocol.md §8). A table declares the
// columns that hold a blob's SHA-256 (TableDecl::blobColumns); the blobs of the rows this device
// pushes go up first, so another device that pulls a row can fetch its file, and the blobs of
// pulled rows come down after the pull. Both are best effort: a failure is retried by the next
// sync and never fails the sync itself.
#include "blobclient.h"
#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/syncschema.h"
#include "storeblobs.h"
#include "syncclient.h"
#include "syncclient_p.h"
#include "synctables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSslCertificate>

#include <optional>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}

// Failures in a row after which a run stops trying: the server is most likely unreachable, and
// each further attempt would wait for its own timeout.
constexpr int kMaxFailures = 3;

// "1": a blob a pulled row refers to could not be fetched, so the next sync looks for missing
// blobs even when it pulls nothing.
QString missingKey()
{
    return QStringLiteral("sync_blobs_missing");
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QList<TableDecl> blobTables()
{
    QList<TableDecl> tables;
    for (const TableDecl &t : SyncTables::all())
        if (!t.blobColumns.isEmpty())
            tables << t;
    return tables;
}

BlobClient blobClient(const QUrl &server,
                      const QString &credential,
                      const QByteArray &caCertificates,
                      int timeoutMs)
{
    BlobClient client(server, QByteArrayLiteral("Device ") + credential.toUtf8());
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caCertificates, QSsl::Pem);
    if (!ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ca);
        client.setSslConfiguration(ssl);
    }
    client.setTimeout(timeoutMs);
    return client;
}

} // namespace

void SyncClient::uploadBlobs(Run &run)
{
    const QList<TableDecl> tables = blobTables();
    if (tables.isEmpty())
        return;
    // The queue outlives the outbox entry: a row pushed while its file could not be sent still
    // has the file sent by a later sync.
    for (const TableDecl &table : tables) {
        for (const QString &column : table.blobColumns)
            query(QStringLiteral("INSERT OR IGNORE INTO blob_uploads (sha256, queued_at) SELECT "
                                 "DISTINCT t.%2, %3 FROM outbox o JOIN %1 t ON t.id = o.row_id "
                                 "WHERE o.sent_at IS NULL AND o.tbl = ? AND t.deleted = 0 AND "
                                 "t.%2 IS NOT NULL")
                      .arg(quoted(table.name), quoted(column), SyncSchema::nowSql()),
                  {table.name});
    }
    QStringList pending;
    // Blobs that failed before go last, so one that keeps failing does not hold up new ones.
    QSqlQuery &q = query(QStringLiteral("SELECT sha256 FROM blob_uploads WHERE uploaded_at IS "
                                        "NULL ORDER BY last_error IS NOT NULL, queued_at"));
    while (q.next())
        pending << q.value(0).toString();
    q.finish();

    const QString cache = StoreBlobs::cacheDir(m_store.dataDir());
    std::optional<BlobClient> client;
    int failures = 0;
    for (const QString &sha : pending) {
        if (m_cancel || failures >= kMaxFailures)
            return;
        const QString path = BlobClient::cachedPath(cache, sha);
        // A file not in the cache (yet) waits: nothing can be sent, and the row goes out anyway.
        if (!BlobClient::isValidName(sha) || !QFileInfo::exists(path))
            continue;
        try {
            if (BlobClient::sha256Of(path) != sha)
                throw Error(tr("The copy of the file %1 on this device is damaged.").arg(sha));
            if (!client)
                client.emplace(blobClient(
                    m_server, m_credential, m_caCertificates, m_options.requestTimeoutMs));
            client->upload(path);
            query(QStringLiteral("UPDATE blob_uploads SET uploaded_at = %1, last_error = NULL "
                                 "WHERE sha256 = ?")
                      .arg(SyncSchema::nowSql()),
                  {sha});
            failures = 0;
        } catch (const Error &e) {
            query(QStringLiteral("UPDATE blob_uploads SET last_error = ? WHERE sha256 = ?"),
                  {e.message(), sha});
            ++failures;
            ++run.blobFailures;
            run.blobError = e.message();
        }
    }
}

void SyncClient::downloadBlobs(Run &run)
{
    const bool missingBefore = meta(missingKey()) == QLatin1String("1");
    if (run.result.pulled == 0 && !missingBefore)
        return;
    const QList<TableDecl> tables = blobTables();
    const QString cache = StoreBlobs::cacheDir(m_store.dataDir());
    // This device's own files that are not in its cache yet: nobody else has them either.
    QSet<QString> ownPending;
    QSqlQuery &own
        = query(QStringLiteral("SELECT sha256 FROM blob_uploads WHERE uploaded_at IS NULL"));
    while (own.next())
        ownPending.insert(own.value(0).toString());
    own.finish();
    QStringList wanted;
    QSet<QString> seen;
    for (const TableDecl &table : tables) {
        for (const QString &column : table.blobColumns) {
            QSqlQuery &q = query(QStringLiteral("SELECT DISTINCT %2 FROM %1 WHERE deleted = 0 "
                                                "AND %2 IS NOT NULL")
                                     .arg(quoted(table.name), quoted(column)));
            while (q.next()) {
                const QString sha = q.value(0).toString();
                if (seen.contains(sha) || ownPending.contains(sha) || !BlobClient::isValidName(sha))
                    continue;
                seen.insert(sha);
                if (!QFileInfo::exists(BlobClient::cachedPath(cache, sha)))
                    wanted << sha;
            }
            q.finish();
        }
    }
    std::optional<BlobClient> client;
    int failures = 0;
    bool missing = false;
    for (const QString &sha : std::as_const(wanted)) {
        if (m_cancel || failures >= kMaxFailures) {
            missing = true;
            break;
        }
        try {
            if (!client)
                client.emplace(blobClient(
                    m_server, m_credential, m_caCertificates, m_options.requestTimeoutMs));
            client->fetch(sha, cache);
            failures = 0;
        } catch (const Error &e) {
            missing = true;
            ++failures;
            ++run.blobFailures;
            run.blobError = e.message();
        }
    }
    if (missing != missingBefore)
        m_store.setMeta(missingKey(), missing ? QStringLiteral("1") : QString());
}

void SyncClient::reportBlobFailures(Run &run)
{
    // Only when nothing else is to be said: the rows themselves are synced.
    if (run.blobFailures == 0 || run.result.status != SyncStatus::Ok
        || !run.result.message.isEmpty())
        return;
    run.result.message = QCoreApplication::translate(
                             "SchoolSuite::SyncClient",
                             "%n file(s) of synced rows (photos, attachments) could not be sent "
                             "or fetched (%1); the next sync tries again.",
                             nullptr,
                             run.blobFailures)
                             .arg(run.blobError);
}

} // namespace SchoolSuite
