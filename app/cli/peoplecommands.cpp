// people import | export | show | set
#include "cliapp.h"
#include "importcommand.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/tabularwriter.h"
#include "core/people/peopleimport.h"
#include "core/people/peopleservice.h"
#include "core/search/searchindex.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

QCommandLineOption kindOption()
{
    return QCommandLineOption(QStringLiteral("kind"),
                              tr("students or staff."),
                              QStringLiteral("KIND"),
                              QStringLiteral("students"));
}

bool parseKind(CliApp &cli, const QCommandLineParser &p, PersonKind *kind)
{
    bool ok = false;
    *kind = PeopleFields::parseKind(p.value(QStringLiteral("kind")), &ok);
    if (!ok)
        cli.usage(tr("--kind is students or staff."));
    return ok;
}

int importPeople(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kindOption());
    PersonKind kind = PersonKind::Student;
    return runImportCommand(
        cli,
        p,
        args,
        [&kind](const Session &session, const Table &table, bool dry) {
            return PeopleImport(session).run(kind, table, dry);
        },
        [&] { return parseKind(cli, p, &kind); });
}

int exportPeople(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kindOption());
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    PersonKind kind;
    if (!parseKind(cli, p, &kind))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    const Table table = PeopleImport(session).exportTable(kind);
    TabularWriter::write(p.positionalArguments().first(), table);
    cli.print(
        tr("Exported %1 rows to %2.").arg(table.rowCount()).arg(p.positionalArguments().first()));
    return CliApp::Success;
}

QJsonObject studentJson(const Student &s)
{
    return {{QStringLiteral("kind"), QStringLiteral("student")},
            {QStringLiteral("id"), s.id},
            {QStringLiteral("student_no"), s.studentNo},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("gender"), s.gender},
            {QStringLiteral("birth_date"), s.birthDate},
            {QStringLiteral("grade"), s.grade},
            {QStringLiteral("class"), s.className},
            {QStringLiteral("id_number"), s.idNumber},
            {QStringLiteral("id_number_masked"), s.idMasked},
            {QStringLiteral("guardian"), s.guardian},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("status"), s.status}};
}

QJsonObject staffJson(const StaffMember &m)
{
    return {{QStringLiteral("kind"), QStringLiteral("staff")},
            {QStringLiteral("id"), m.id},
            {QStringLiteral("staff_no"), m.staffNo},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("gender"), m.gender},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("et_trained"), m.etTrained},
            {QStringLiteral("et_trained_on"), m.etTrainedOn}};
}

// KEY names a student (学籍号), a staff member (工号) or a record; true for a student.
bool isStudent(const PeopleService &people, const QString &key)
{
    if (people.isStudentKey(key))
        return true;
    try {
        people.staffMember(key);
        return false;
    } catch (const Error &) {
        throw Error(tr("There is no student (学籍号) or staff member (工号) %1.").arg(key),
                    Error::NotFound);
    }
}

int show(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption reveal(QStringLiteral("reveal"),
                                    tr("Show the ID number in full (audited)."));
    p.addOptions({json, reveal});
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    PeopleService people(session);
    const QString key = p.positionalArguments().first();
    QJsonObject o;
    if (isStudent(people, key)) {
        Student s = people.student(key);
        if (p.isSet(reveal)) {
            s.idNumber = people.revealIdNumber(s.id);
            s.idMasked = false;
            if (s.studentNo.contains(QLatin1Char('*')))
                s.studentNo = QLatin1Char('G') + s.idNumber;
        }
        o = studentJson(s);
    } else {
        o = staffJson(people.staffMember(key));
    }
    if (p.isSet(json)) {
        cli.printJson(o);
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            cli.print(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return CliApp::Success;
}

int set(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 2, -1))
        return CliApp::Usage;
    const QStringList pos = p.positionalArguments();
    QHash<QString, QString> values;
    for (const QString &assignment : pos.mid(1)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cli.usage(tr("\"%1\" is not FIELD=VALUE.").arg(assignment));
        values.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1));
    }
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    PeopleService people(session);
    const QString key = pos.first();
    if (isStudent(people, key))
        people.setStudentFields(key, values);
    else
        people.setStaffFields(key, values);
    store.search().update();
    cli.print(tr("%1 updated.").arg(key));
    return CliApp::Success;
}

} // namespace

void addPeopleCommands(QList<CliApp::Command> &c)
{
    c << CliApp::
            Command{QStringLiteral("people import"),
                    QStringLiteral(
                        "FILE [--kind students|staff] [--encoding auto|utf-8|gb18030] [--dry-run]"),
                    tr("Import students or staff from CSV or XLSX, all or nothing."),
                    importPeople}
      << CliApp::Command{QStringLiteral("people export"),
                         QStringLiteral("FILE [--kind students|staff]"),
                         tr("Export to .csv or .xlsx."),
                         exportPeople}
      << CliApp::Command{QStringLiteral("people show"),
                         QStringLiteral("KEY [--json] [--reveal]"),
                         tr("Show a student (学籍号) or staff member (工号)."),
                         show}
      << CliApp::Command{QStringLiteral("people set"),
                         QStringLiteral("KEY FIELD=VALUE ..."),
                         tr("Change fields of a student or staff member."),
                         set};
}

} // namespace SchoolSuite
