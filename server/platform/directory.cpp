#include "directory.h"

#include "secrets.h"
#include "serverdb.h"

#include "core/auth/accounts.h"
#include "core/error.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace SchoolSuite::Server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Server::Directory", text);
}
} // namespace

Directory::Directory(ServerDb &db)
    : m_db(db)
{}

Directory::School Directory::addSchool(const QString &code, const QString &name)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codePattern.match(code).hasMatch())
        throw Error(tr("The school code \"%1\" may hold only letters, digits, '-' and '_' "
                       "(at most 32).")
                        .arg(code),
                    Error::Invalid);
    if (name.trimmed().isEmpty())
        throw Error(tr("The school needs a name."), Error::Invalid);
    return m_db.transaction([&] {
        if (findSchool(code))
            throw Error(tr("A school with the code %1 exists already.").arg(code), Error::Invalid);
        School school;
        school.id = Uuid::v7();
        school.code = code;
        school.name = name.trimmed();
        m_db.exec(
            QStringLiteral("INSERT INTO schools (id, code, name, created_at) VALUES (?, ?, ?, ?)"),
            {school.id, school.code, school.name, nowUtc()});
        return school;
    });
}

std::optional<Directory::School> Directory::findSchool(const QString &code) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT id, code, name,"
            " (SELECT COUNT(*) FROM devices d WHERE d.school_id = s.id AND d.revoked_at IS NULL),"
            " (SELECT COUNT(*) FROM users u WHERE u.school_id = s.id)"
            " FROM schools s WHERE code = ?"),
        {code});
    if (!q.next())
        return std::nullopt;
    return School{q.value(0).toString(),
                  q.value(1).toString(),
                  q.value(2).toString(),
                  q.value(3).toInt(),
                  q.value(4).toInt()};
}

Directory::School Directory::school(const QString &code) const
{
    if (auto found = findSchool(code))
        return *found;
    throw Error(tr("There is no school with the code %1.").arg(code), Error::NotFound);
}

QList<Directory::School> Directory::schools() const
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, code, name,"
        " (SELECT COUNT(*) FROM devices d WHERE d.school_id = s.id AND d.revoked_at IS NULL),"
        " (SELECT COUNT(*) FROM users u WHERE u.school_id = s.id)"
        " FROM schools s ORDER BY code"));
    QList<School> result;
    while (q.next())
        result.append({q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toInt(),
                       q.value(4).toInt()});
    return result;
}

QString Directory::addUser(const QString &username,
                           const QString &schoolCode,
                           Role role,
                           const QString &password,
                           const QString &displayName,
                           const QString &staffId)
{
    if (username.trimmed().isEmpty() || username.trimmed() != username)
        throw Error(tr("The user name must not be empty or start or end with spaces."),
                    Error::Invalid);
    Accounts::checkPasswordStrength(password);
    std::array<quint32, 4> saltWords;
    QRandomGenerator::system()->fillRange(saltWords.data(), saltWords.size());
    const QByteArray salt(reinterpret_cast<const char *>(saltWords.data()), 16);
    const QByteArray verifier = Accounts::derive(password, salt, Accounts::Iterations);
    return m_db.transaction([&] {
        const School target = school(schoolCode);
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {username})
                .isValid())
            throw Error(tr("A user named %1 exists already.").arg(username), Error::Invalid);
        const QString id = Uuid::v7();
        m_db.exec(QStringLiteral("INSERT INTO users (id, username, school_id, role, display_name,"
                                 " staff_id, salt, verifier, iterations, disabled, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
                  {id,
                   username,
                   target.id,
                   Roles::key(role),
                   displayName.isEmpty() ? username : displayName,
                   staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : staffId,
                   salt,
                   verifier,
                   Accounts::Iterations,
                   nowUtc()});
        return id;
    });
}

QString Directory::createEnrollmentKey(const QString &schoolCode, int validDays)
{
    return createEnrollmentKeys(schoolCode, 1, validDays).constFirst();
}

QStringList Directory::createEnrollmentKeys(const QString &schoolCode,
                                            int count,
                                            int validDays,
                                            int devices)
{
    Q_ASSERT(count > 0 && devices > 0 && validDays > 0);
    QStringList keys;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_db.transaction([&] {
        const School target = school(schoolCode);
        for (int i = 0; i < count; ++i) {
            const QString key = Secrets::randomToken();
            m_db.exec(QStringLiteral("INSERT INTO enrollment_keys (hash, school_id, created_at,"
                                     " expires_at, max_uses) VALUES (?, ?, ?, ?, ?)"),
                      {Secrets::hash(key),
                       target.id,
                       isoUtc(now),
                       isoUtc(now.addDays(validDays)),
                       devices});
            keys << key;
        }
    });
    return keys;
}

QList<Directory::Device> Directory::devices() const
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT d.id, s.code, d.name, d.platform, d.enrolled_at, d.last_seen, d.revoked_at"
        " FROM devices d JOIN schools s ON s.id = d.school_id ORDER BY s.code, d.enrolled_at"));
    QList<Device> result;
    while (q.next())
        result.append({q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString(),
                       q.value(5).toString(),
                       q.value(6).toString()});
    return result;
}

void Directory::revokeDevice(const QString &deviceId)
{
    m_db.transaction([&] {
        const QVariant revoked = m_db.scalar(
            QStringLiteral("SELECT COALESCE(revoked_at, '') FROM devices WHERE id = ?"),
            {deviceId});
        if (!revoked.isValid())
            throw Error(tr("There is no device with the id %1.").arg(deviceId), Error::NotFound);
        if (!revoked.toString().isEmpty())
            return;
        const QString now = nowUtc();
        m_db.exec(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ?"),
                  {now, deviceId});
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE device_id = ?"
                                 " AND revoked_at IS NULL"),
                  {now, deviceId});
    });
}

} // namespace SchoolSuite::Server
