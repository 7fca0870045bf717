// indicators [--year YYYY] [--json], indicators record, indicators campus-network (CLI.md).
// The PDF report is the desktop program's: QPdfWriter needs a QGuiApplication for its fonts.
#include "cliapp.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "indicators/indicatorjson.h"
#include "indicators/indicatorsmodule.h"
#include "indicators/indicatorsservice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

QCommandLineOption yearOption()
{
    return QCommandLineOption(QStringLiteral("year"),
                              tr("The school year's calendar year (default: this year)."),
                              QStringLiteral("YYYY"));
}

// The year of --year, or this year; false (after printing why) when it is not a year.
bool readYear(CliApp &cli, const QCommandLineParser &p, const IndicatorsService &service, int *year)
{
    *year = service.currentYear();
    if (!p.isSet(QStringLiteral("year")))
        return true;
    bool ok = false;
    *year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || *year < 1990 || *year > service.currentYear()) {
        cli.usage(tr("--year: a year from 1990 to %1.").arg(service.currentYear()));
        return false;
    }
    return true;
}

// Terminal columns: Chinese characters take two.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf)
                          || (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff)
                          || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
                          || (u >= 0xffe0 && u <= 0xffe6);
        w += wide ? 2 : 1;
    }
    return w;
}

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

void printTable(CliApp &cli, const IndicatorYear &y)
{
    cli.print(tr("%1 — indicators %2, as of %3")
                  .arg(y.schoolName)
                  .arg(y.year)
                  .arg(y.asOf.toString(Qt::ISODate)));
    const QStringList headers{tr("Indicator"), tr("School"), tr("Target"), tr("Met")};
    QList<QStringList> rows;
    for (const IndicatorFigure &f : y.figures) {
        rows << QStringList{Indicators::title(f.indicator),
                            Indicators::format(f.indicator, f.value),
                            f.target ? Indicators::format(f.indicator, f.target)
                                     : QStringLiteral("—"),
                            f.met ? (*f.met ? tr("yes") : tr("NO")) : QStringLiteral("—")};
    }
    QList<int> widths(headers.size(), 0);
    for (const QStringList &r : QList<QStringList>{headers} + rows) {
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(r.at(c)));
    }
    for (const QStringList &r : QList<QStringList>{headers} + rows) {
        QString line;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += pad(r.at(c), widths.at(c) + 2);
        cli.print(line.trimmed());
    }
    for (const FundingSpending &s : y.spending)
        cli.print(QStringLiteral("  %1: %2")
                      .arg(s.source.isEmpty() ? tr("funding source not recorded") : s.source,
                           Indicators::formatFen(s.fen)));
    cli.print(y.targets.districtYear > 0
                  ? tr("Targets: the district's for %1.").arg(y.targets.districtYear)
                  : tr("Targets: the district plan's (no targets received from the district)."));
}

int show(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({yearOption(), QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    IndicatorsService service(session);
    int year = 0;
    if (!readYear(cli, p, service, &year))
        return CliApp::Usage;
    const IndicatorYear y = service.compute(year);
    if (p.isSet(QStringLiteral("json")))
        cli.printJson(IndicatorJson::toJson(y));
    else
        printTable(cli, y);
    return CliApp::Success;
}

int record(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(yearOption());
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    IndicatorsService service(session);
    int year = 0;
    if (!readYear(cli, p, service, &year))
        return CliApp::Usage;
    service.recordYear(year);
    cli.print(tr("The figures of %1 are recorded.").arg(year));
    return CliApp::Success;
}

int campusNetwork(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption note(
        QStringLiteral("note"), tr("A note (e.g. how it is connected)."), QStringLiteral("TEXT"));
    p.addOption(note);
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    const QString value = p.positionalArguments().first();
    IndicatorsService::CampusNetwork setting;
    if (value != QLatin1String("none")) {
        bool ok = false;
        setting.since = value.toInt(&ok);
        if (!ok)
            return cli.usage(tr("Give the year the campus network was in place, or \"none\"."));
    }
    setting.note = p.value(note);
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    IndicatorsService(session).setCampusNetwork(setting);
    cli.print(setting.since ? tr("Campus network in place since %1.").arg(*setting.since)
                            : tr("No campus network recorded."));
    return CliApp::Success;
}

} // namespace

void addIndicatorsCommands(QList<CliApp::Command> &commands)
{
    // Registered here too (it is idempotent), so the commands find their tables whatever the
    // program registered.
    registerIndicatorsModule();
    commands << CliApp::Command{QStringLiteral("indicators"),
                                QStringLiteral("[--year YYYY] [--json]"),
                                tr("The informatization indicators against the district's "
                                   "targets."),
                                show}
             << CliApp::Command{QStringLiteral("indicators record"),
                                QStringLiteral("[--year YYYY]"),
                                tr("Record the year's figures as they are now."),
                                record}
             << CliApp::Command{QStringLiteral("indicators campus-network"),
                                QStringLiteral("YEAR|none [--note TEXT]"),
                                tr("Set since which year the campus network is in place."),
                                campusNetwork};
}

} // namespace SchoolSuite
