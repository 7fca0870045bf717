#include "core/settings/settingkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace SchoolSuite {

namespace {

QString joinedText(const QVariant &raw)
{
    // QSettings splits an unquoted INI value at commas; a text key wants it whole again.
    if (raw.typeId() == QMetaType::QStringList)
        return raw.toStringList().join(QLatin1Char(',')).trimmed();
    return raw.toString().trimmed();
}

// Group policy writes paths as REG_EXPAND_SZ ("%ProgramData%\SchoolSuite"), which QSettings
// returns unexpanded.
QString expandEnvironment(QString text)
{
    static const QRegularExpression variable(QStringLiteral("%([A-Za-z_][A-Za-z0-9_()]*)%"));
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = variable.match(text, from)).hasMatch()) {
        const QByteArray name = match.captured(1).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            from = match.capturedEnd();
            continue;
        }
        const QString value = qEnvironmentVariable(name.constData());
        text.replace(match.capturedStart(), match.capturedLength(), value);
        from = match.capturedStart() + value.size();
    }
    return text;
}

QVariant fail(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return {};
}

} // namespace

bool SettingKey::isBlank(const QVariant &raw)
{
    if (!raw.isValid() || raw.isNull())
        return true;
    if (raw.typeId() == QMetaType::QStringList)
        return joinedText(raw).remove(QLatin1Char(',')).trimmed().isEmpty();
    if (raw.typeId() == QMetaType::QString || raw.typeId() == QMetaType::QByteArray)
        return raw.toString().trimmed().isEmpty();
    return false;
}

QVariant SettingKey::parse(const QVariant &raw, QString *problem) const
{
    if (problem)
        problem->clear();
    switch (type) {
    case Type::String:
        return joinedText(raw);
    case Type::Url: {
        const QString text = joinedText(raw);
        if (text.isEmpty())
            return text;
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return fail(
                problem,
                QCoreApplication::translate("SchoolSuite::SettingKey", "not an http(s) URL"));
        return text;
    }
    case Type::Path: {
        const QString text = expandEnvironment(joinedText(raw));
        if (text.isEmpty())
            return text;
        const QString path = QDir::fromNativeSeparators(text);
        if (!QDir::isAbsolutePath(path))
            return fail(
                problem,
                QCoreApplication::translate("SchoolSuite::SettingKey", "not an absolute path"));
        return QDir::cleanPath(path);
    }
    case Type::StringList:
    case Type::ModuleList: {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        QStringList items = raw.typeId() == QMetaType::QStringList
                                ? raw.toStringList().join(QLatin1Char(',')).split(separators)
                                : raw.toString().split(separators);
        QStringList result;
        for (QString &item : items) {
            item = item.trimmed();
            if (!item.isEmpty() && !result.contains(item))
                result.append(item);
        }
        if (type == Type::ModuleList) {
            QStringList unknown;
            for (const QString &id : std::as_const(result)) {
                if (!moduleIds().contains(id))
                    unknown.append(id);
            }
            if (!unknown.isEmpty())
                return fail(problem,
                            QCoreApplication::translate("SchoolSuite::SettingKey",
                                                        "unknown module %1 (known: %2)")
                                .arg(unknown.join(QLatin1String(", ")),
                                     moduleIds().join(QLatin1String(", "))));
        }
        return result;
    }
    case Type::Int: {
        bool ok = false;
        qlonglong number = 0;
        if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::LongLong
            || raw.typeId() == QMetaType::UInt || raw.typeId() == QMetaType::ULongLong)
            number = raw.toLongLong(&ok);
        else
            number = joinedText(raw).toLongLong(&ok, 10);
        if (!ok)
            return fail(
                problem,
                QCoreApplication::translate("SchoolSuite::SettingKey", "not a whole number"));
        if (number < minimum || number > maximum) {
            if (problem)
                *problem = QCoreApplication::translate("SchoolSuite::SettingKey",
                                                       "outside %1..%2, clamped")
                               .arg(minimum)
                               .arg(maximum);
            return int(std::clamp<qlonglong>(number, minimum, maximum));
        }
        return int(number);
    }
    case Type::Bool: {
        if (raw.typeId() == QMetaType::Bool)
            return raw.toBool();
        if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::UInt
            || raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::ULongLong)
            return raw.toLongLong() != 0;
        const QString text = joinedText(raw).toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1")
            || text == QLatin1String("yes") || text == QLatin1String("on"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0")
            || text == QLatin1String("no") || text == QLatin1String("off"))
            return false;
        return fail(problem,
                    QCoreApplication::translate("SchoolSuite::SettingKey", "not true or false"));
    }
    case Type::Language: {
        const QString text = joinedText(raw).toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (text.isEmpty() || text == QLatin1String("system"))
            return QString();
        if (text == QLatin1String("zh_cn") || text == QLatin1String("zh")
            || text == QLatin1String("zh_hans"))
            return QStringLiteral("zh_CN");
        if (text == QLatin1String("en") || text.startsWith(QLatin1String("en_")))
            return QStringLiteral("en");
        return fail(problem,
                    QCoreApplication::translate("SchoolSuite::SettingKey",
                                                "not one of zh_CN, en or empty (system)"));
    }
    }
    return fail(problem, QCoreApplication::translate("SchoolSuite::SettingKey", "unknown type"));
}

const QList<SettingKey> &SettingKey::all()
{
    using T = Type;
    static const QList<SettingKey> keys = {
        {Keys::DistrictUrl,
         T::Url,
         QString(),
         0,
         0,
         Scope::UserAndPolicy,
         "Address of the district platform (schoolsuite-district), e.g. https://edu.example.cn",
         PolicyClass::Machine},
        {Keys::SchoolCode,
         T::String,
         QString(),
         0,
         0,
         Scope::UserAndPolicy,
         "The school's code at the district",
         PolicyClass::Machine},
        {Keys::EnabledModules,
         T::ModuleList,
         QStringList(),
         0,
         0,
         Scope::UserAndPolicy,
         "Modules shown on this computer, ids separated by commas (people, equipment, indicators, "
         "library, whiteboard, sync); empty means all"},
        {Keys::DataDirectory,
         T::Path,
         QString(),
         0,
         0,
         Scope::UserAndPolicy,
         "Folder of the local databases; empty means the user's application data folder",
         PolicyClass::Machine},
        {Keys::Language,
         T::Language,
         QString(),
         0,
         0,
         Scope::UserAndPolicy,
         "User interface language: zh_CN, en, or empty for the system language"},
        {Keys::SyncIntervalMinutes,
         T::Int,
         15,
         1,
         1440,
         Scope::UserAndPolicy,
         "Minutes between automatic syncs with the district (1-1440)"},
        {Keys::AllowOfflineSignIn,
         T::Bool,
         true,
         0,
         0,
         Scope::UserAndPolicy,
         "Whether users may sign in without reaching the district"},
        {Keys::AutoLockMinutes,
         T::Int,
         0,
         0,
         1440,
         Scope::UserAndPolicy,
         "Lock the session after this many idle minutes (0 = never), for shared computers"},
        {Keys::EnrollmentKey,
         T::String,
         QString(),
         0,
         0,
         Scope::PolicyOnly,
         "Enrollment key with which this computer joins the district at its first start (with "
         "DistrictUrl and SchoolCode); one deployment key serves many computers",
         PolicyClass::Machine},
    };
    return keys;
}

QStringList SettingKey::moduleIds()
{
    return {QStringLiteral("people"),
            QStringLiteral("equipment"),
            QStringLiteral("indicators"),
            QStringLiteral("library"),
            QStringLiteral("whiteboard"),
            QStringLiteral("sync")};
}

const SettingKey *SettingKey::find(const QString &name)
{
    for (const SettingKey &key : all()) {
        if (key.name.compare(name, Qt::CaseInsensitive) == 0)
            return &key;
    }
    return nullptr;
}

} // namespace SchoolSuite
