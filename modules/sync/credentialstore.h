#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SchoolSuite {

// The device credential and the users' tokens in the operating system's keychain (QtKeychain:
// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows), never in a file.
// Every call blocks until the keychain answered, running a local event loop, so it needs a
// QCoreApplication (the CLI's is enough) and must not be used from a thread without one.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::CredentialStore)

public:
    explicit CredentialStore(QString service = QStringLiteral("SchoolSuite"));

    QString service() const { return m_service; }

    // Replaces an existing entry. Throws Error naming the keychain's problem.
    void write(const QString &key, const QByteArray &secret);
    // nullopt when there is no entry; throws Error when the keychain itself fails.
    std::optional<QByteArray> read(const QString &key) const;
    // Removing an absent entry is no error.
    void remove(const QString &key);

    // "<kind>:<hash of the data folder>", e.g. the device credential's "device:3f0c…"
    // (docs/sync-protocol.md §2): two stores on one machine keep separate credentials.
    static QString keyFor(const QString &kind, const QString &dataDir);
    // "user:<username>@<hash of the data folder>", where a user's tokens live.
    static QString userKeyFor(const QString &username, const QString &dataDir);
    // The first 16 hex digits of the SHA-256 of the canonical absolute path of dataDir.
    static QString dataDirHash(const QString &dataDir);

private:
    QString m_service;
};

} // namespace SchoolSuite
