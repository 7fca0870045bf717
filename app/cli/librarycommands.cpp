// library checkout | return | stats (the circulation desk from the command line)
#include "cliapp.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "library/circulation/circulation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

int checkout(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 2, 2))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    Circulation desk(session);
    desk.setDesk(QStringLiteral("cli"));
    const CheckoutResult r
        = desk.checkout(p.positionalArguments().at(0), p.positionalArguments().at(1));
    cli.print(
        tr("Lent %1 (%2) to %3, due %4.")
            .arg(r.loan.title, r.loan.barcode, r.patron.name, r.loan.dueOn.toString(Qt::ISODate)));
    return CliApp::Success;
}

int giveBack(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    Circulation desk(session);
    desk.setDesk(QStringLiteral("cli"));
    const ReturnResult r = desk.giveBack(p.positionalArguments().at(0));
    if (r.closedLoans.isEmpty())
        cli.print(tr("Checked in %1 (%2): it was not on loan.").arg(r.title, r.barcode));
    for (const LoanInfo &l : r.closedLoans)
        cli.print(tr("Returned %1 (%2) from %3.").arg(r.title, r.barcode, l.patronName));
    if (r.closedLoans.size() > 1)
        cli.print(tr("The copy had been lent twice; both loans are closed."));
    if (r.overdueDays > 0)
        cli.print(tr("It was %1 days overdue.").arg(r.overdueDays));
    if (r.heldFor)
        cli.print(tr("Put it aside: held for %1 until %2.")
                      .arg(r.heldFor->patronName, r.heldFor->readyUntil.toString(Qt::ISODate)));
    return CliApp::Success;
}

int stats(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOption(json);
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    const CirculationStats s = Circulation(session).stats();
    const QJsonObject o{{QStringLiteral("titles"), s.titles},
                        {QStringLiteral("copies"), s.copies},
                        {QStringLiteral("loans_open"), s.loansOpen},
                        {QStringLiteral("overdue"), s.overdue}};
    if (p.isSet(json)) {
        cli.printJson(o);
        return CliApp::Success;
    }
    cli.print(tr("Titles: %1").arg(s.titles));
    cli.print(tr("Copies: %1").arg(s.copies));
    cli.print(tr("Open loans: %1").arg(s.loansOpen));
    cli.print(tr("Overdue: %1").arg(s.overdue));
    return CliApp::Success;
}

} // namespace

void addLibraryCommands(QList<CliApp::Command> &commands)
{
    commands << CliApp::Command{QStringLiteral("library checkout"),
                                QStringLiteral("PATRON BARCODE"),
                                tr("Lend a copy to a reader (PATRON: 学籍号 or 工号)."),
                                checkout}
             << CliApp::Command{QStringLiteral("library return"),
                                QStringLiteral("BARCODE"),
                                tr("Take a copy back."),
                                giveBack}
             << CliApp::Command{QStringLiteral("library stats"),
                                QStringLiteral("[--json]"),
                                tr("Titles, copies, open and overdue loans."),
                                stats};
}

} // namespace SchoolSuite
