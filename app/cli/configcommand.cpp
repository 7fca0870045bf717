// config: the effective configuration, where each value comes from, and the policy values that
// could not be used (admin guide, troubleshooting). Needs no store.
#include "cliapp.h"

#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

QString sourceName(Settings::Source source)
{
    switch (source) {
    case Settings::Source::Policy:
        return QStringLiteral("policy");
    case Settings::Source::User:
        return QStringLiteral("user");
    case Settings::Source::Default:
        break;
    }
    return QStringLiteral("default");
}

QString sourceText(Settings::Source source)
{
    switch (source) {
    case Settings::Source::Policy:
        return tr("policy (locked)");
    case Settings::Source::User:
        return tr("user");
    case Settings::Source::Default:
        break;
    }
    return tr("default");
}

// The enrollment key is a secret: say whether it is set, never what it is.
QVariant shown(const SettingKey &key, const QVariant &value)
{
    if (key.name == Keys::EnrollmentKey && !value.toString().isEmpty())
        return QStringLiteral("********");
    return value;
}

QString displayed(const SettingKey &key, const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return shown(key, value).toString();
}

QJsonValue jsonValue(const SettingKey &key, const QVariant &value)
{
    return QJsonValue::fromVariant(shown(key, value));
}

int config(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOption(json);
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    Settings &settings = cli.settings();
    const Policy &policy = settings.policy();
    const QList<Policy::Problem> problems = policy.problems();
    if (p.isSet(json)) {
        QJsonArray keys;
        for (const SettingKey &key : Settings::knownKeys()) {
            const Settings::Source source = settings.source(key.name);
            keys.append(
                QJsonObject{{QStringLiteral("key"), key.name},
                            {QStringLiteral("value"), jsonValue(key, settings.value(key.name))},
                            {QStringLiteral("source"), sourceName(source)},
                            {QStringLiteral("locked"), settings.isLocked(key.name)}});
        }
        QJsonArray ignored;
        for (const Policy::Problem &problem : problems) {
            ignored.append(QJsonObject{{QStringLiteral("key"), problem.key},
                                       {QStringLiteral("value"), problem.value},
                                       {QStringLiteral("reason"), problem.reason()},
                                       {QStringLiteral("ignored"), problem.ignored}});
        }
        cli.printJson(QJsonObject{{QStringLiteral("policy_location"), policy.origin()},
                                  {QStringLiteral("keys"), keys},
                                  {QStringLiteral("ignored_policy"), ignored}});
        return CliApp::Success;
    }
    cli.print(tr("Machine policy: %1").arg(policy.origin()));
    for (const SettingKey &key : Settings::knownKeys()) {
        cli.print(QStringLiteral("%1 = %2    [%3]")
                      .arg(key.name,
                           displayed(key, settings.value(key.name)),
                           sourceText(settings.source(key.name))));
    }
    for (const Policy::Problem &problem : problems) {
        cli.print((problem.ignored ? tr("Policy value ignored: %1 = \"%2\" is %3.")
                                   : tr("Policy value adjusted: %1 = \"%2\" is %3."))
                      .arg(problem.key, problem.value, problem.reason()));
    }
    return CliApp::Success;
}

} // namespace

void addConfigCommands(QList<CliApp::Command> &c)
{
    c << CliApp::Command{QStringLiteral("config"),
                         QStringLiteral("[--json]"),
                         tr("Show the configuration: each key's value and whether it comes from "
                            "policy, the user or the default."),
                         config};
}

} // namespace SchoolSuite
