// The Debian package (issue 7, must-have 1) as `cpack -G DEB` makes it: its control data and
// files, the desktop integration validated by the freedesktop tools, and the programs run from
// the package unpacked into a temporary root — including the packaged example policy, edited as
// an administrator would, winning over the user's settings.
#include "toolrun.h"

#include "core/settings/settingkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using SchoolSuite::SettingKey;
using SchoolSuite::Test::runTool;

namespace {

const QString Deb = QStringLiteral(SCHOOLSUITE_DEB);
const QString Version = QStringLiteral(SCHOOLSUITE_VERSION_TEXT);

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The names in a Depends-like field, without versions or alternatives' order.
QStringList packageNames(const QString &field)
{
    QStringList names;
    static const QRegularExpression separators(QStringLiteral("[,|]"));
    for (const QString &part : field.split(separators, Qt::SkipEmptyParts))
        names.append(part.trimmed().section(QLatin1Char(' '), 0, 0));
    return names;
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    QString inRoot(const QString &path) const { return m_root + path; }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(Deb), "the package_deb fixture did not build the package");
        m_root = m_dir.filePath(QStringLiteral("root"));
        const auto x = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), Deb, m_root});
        QVERIFY2(x.code == 0, qPrintable(x.describe()));
    }

    void controlData()
    {
        const auto field = [](const char *name) {
            return runTool(QStringLiteral("dpkg-deb"),
                           {QStringLiteral("-f"), Deb, QString::fromLatin1(name)})
                .out.trimmed();
        };
        QCOMPARE(field("Package"), QStringLiteral("schoolsuite"));
        QCOMPARE(field("Version"), Version);
        QCOMPARE(field("Architecture"), QStringLiteral("amd64"));
        QCOMPARE(field("Section"), QStringLiteral("education"));
        const QStringList depends = packageNames(field("Depends"));
        // From dpkg-shlibdeps (what the programs link) and from us (what Qt and GStreamer load
        // at run time, and what the maintainer scripts run).
        for (const char *needed : {"libqt6core6",
                                   "libqt6widgets6",
                                   "libqt6sql6",
                                   "libqt6httpserver6",
                                   "libqt6pdf6",
                                   "libqt6multimedia6",
                                   "libqt6keychain1",
                                   "libc6",
                                   "libqt6sql6-sqlite",
                                   "libqt6svg6",
                                   "gstreamer1.0-plugins-base",
                                   "gstreamer1.0-plugins-good",
                                   "adduser"})
            QVERIFY2(
                depends.contains(QLatin1String(needed)),
                qPrintable(QStringLiteral("%1 missing from Depends: %2")
                               .arg(QLatin1String(needed), depends.join(QLatin1String(", ")))));
        const QStringList recommends = packageNames(field("Recommends"));
        for (const char *wanted : {"fonts-noto-cjk", "qt6-translations-l10n", "gstreamer1.0-libav"})
            QVERIFY2(recommends.contains(QLatin1String(wanted)), wanted);

        // The service's settings survive upgrades and local edits (a conffile).
        const QString control = m_dir.filePath(QStringLiteral("control"));
        QCOMPARE(runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), Deb, control}).code, 0);
        QCOMPARE(readText(control + QStringLiteral("/conffiles")).trimmed(),
                 QStringLiteral("/etc/default/schoolsuite-district"));
        for (const char *script : {"postinst", "prerm", "postrm"}) {
            const QFileInfo info(control + QLatin1Char('/') + QLatin1String(script));
            QVERIFY2(info.isExecutable(), script);
            const auto sh = runTool(QStringLiteral("sh"), {QStringLiteral("-n"), info.filePath()});
            QVERIFY2(sh.code == 0, qPrintable(sh.describe()));
        }
        // The district server's own user, created on configure, with its data folder.
        const QString postinst = readText(control + QStringLiteral("/postinst"));
        QVERIFY(postinst.contains(QLatin1String("adduser --system")));
        QVERIFY(postinst.contains(QLatin1String("/var/lib/schoolsuite-district")));
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p : {"/usr/bin/schoolsuite",
                              "/usr/bin/schoolsuite-cli",
                              "/usr/bin/schoolsuite-district",
                              "/usr/share/applications/org.schoolsuite.SchoolSuite.desktop",
                              "/usr/share/metainfo/org.schoolsuite.SchoolSuite.metainfo.xml",
                              "/usr/share/mime/packages/org.schoolsuite.SchoolSuite.xml",
                              "/usr/share/icons/hicolor/16x16/apps/schoolsuite.png",
                              "/usr/share/icons/hicolor/48x48/apps/schoolsuite.png",
                              "/usr/share/icons/hicolor/256x256/apps/schoolsuite.png",
                              "/usr/share/icons/hicolor/scalable/apps/schoolsuite.svg",
                              "/usr/share/icons/hicolor/scalable/mimetypes/"
                              "application-x-schoolsuite-board.svg",
                              "/usr/share/man/man1/schoolsuite.1.gz",
                              "/usr/share/man/man1/schoolsuite-cli.1.gz",
                              "/usr/share/man/man1/schoolsuite-district.1.gz",
                              "/usr/lib/systemd/system/schoolsuite-district.service",
                              "/etc/default/schoolsuite-district",
                              "/usr/share/doc/schoolsuite/examples/SchoolSuite.conf"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void files()
    {
        QFETCH(QString, path);
        const QFileInfo info(inRoot(path));
        QVERIFY2(info.isFile() && info.size() > 0, qPrintable(path));
        if (path.startsWith(QLatin1String("/usr/bin/")))
            QVERIFY(info.isExecutable());
    }

    void desktopIntegrationValidates()
    {
        const auto desktop
            = runTool(QStringLiteral("desktop-file-validate"),
                      {inRoot(QStringLiteral(
                          "/usr/share/applications/org.schoolsuite.SchoolSuite.desktop"))});
        QVERIFY2(desktop.code == 0 && !desktop.out.contains(QLatin1String("error")),
                 qPrintable(desktop.describe()));
        const auto appstream
            = runTool(QStringLiteral("appstreamcli"),
                      {QStringLiteral("validate"),
                       QStringLiteral("--no-net"),
                       inRoot(QStringLiteral(
                           "/usr/share/metainfo/org.schoolsuite.SchoolSuite.metainfo.xml"))});
        QVERIFY2(appstream.code == 0, qPrintable(appstream.describe()));
        // The desktop entry opens board documents; the MIME type names their extension.
        QVERIFY(readText(inRoot(QStringLiteral(
                             "/usr/share/applications/org.schoolsuite.SchoolSuite.desktop")))
                    .contains(QLatin1String("MimeType=application/x-schoolsuite-board;")));
        const QString mime = readText(
            inRoot(QStringLiteral("/usr/share/mime/packages/org.schoolsuite.SchoolSuite.xml")));
        QVERIFY(mime.contains(QLatin1String("<glob pattern=\"*.ssboard\"/>")));
    }

    void manPagesRenderWithoutWarnings_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("schoolsuite") << QStringLiteral("schoolsuite");
        QTest::newRow("cli") << QStringLiteral("schoolsuite-cli");
        QTest::newRow("district") << QStringLiteral("schoolsuite-district");
    }

    void manPagesRenderWithoutWarnings()
    {
        QFETCH(QString, page);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        const auto man = runTool(QStringLiteral("man"),
                                 {QStringLiteral("--warnings"),
                                  QStringLiteral("-l"),
                                  inRoot(QStringLiteral("/usr/share/man/man1/%1.1.gz").arg(page))},
                                 env);
        QVERIFY2(man.code == 0 && man.err.trimmed().isEmpty(), qPrintable(man.describe()));
        QVERIFY2(man.out.contains(page), qPrintable(man.out.left(400)));
        QVERIFY(man.out.contains(QLatin1String("SYNOPSIS")));
    }

    void programsRunFromThePackage()
    {
        const auto cli = runTool(inRoot(QStringLiteral("/usr/bin/schoolsuite-cli")),
                                 {QStringLiteral("--version")});
        QCOMPARE(cli.code, 0);
        QCOMPARE(cli.out, QStringLiteral("schoolsuite-cli %1\n").arg(Version));
        const auto server = runTool(inRoot(QStringLiteral("/usr/bin/schoolsuite-district")),
                                    {QStringLiteral("--version")});
        QCOMPARE(server.code, 0);
        QVERIFY2(server.out.contains(Version), qPrintable(server.describe()));

        // The desktop app starts on a fresh machine, paints its first window and exits 0.
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local")));
        const auto app = runTool(inRoot(QStringLiteral("/usr/bin/schoolsuite")),
                                 {QStringLiteral("--data-dir"),
                                  m_dir.filePath(QStringLiteral("store")),
                                  QStringLiteral("--exit-after-startup")},
                                 env);
        QVERIFY2(app.code == 0, qPrintable(app.describe()));
    }

    void boardDocumentsMatchTheMimeType()
    {
        // A board written by the packaged program carries the type where the MIME magic looks:
        // the stored first member "mimetype" right after the zip's 30-byte header.
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::white);
        const QString png = m_dir.filePath(QStringLiteral("picture.png"));
        QVERIFY(picture.save(png));
        const QString board = m_dir.filePath(QStringLiteral("lesson.ssboard"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto convert
            = runTool(inRoot(QStringLiteral("/usr/bin/schoolsuite-cli")),
                      {QStringLiteral("whiteboard"), QStringLiteral("convert"), png, board},
                      env);
        QVERIFY2(convert.code == 0, qPrintable(convert.describe()));
        QFile file(board);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(128);
        QVERIFY(head.startsWith("PK\x03\x04"));
        QCOMPARE(head.mid(30, 39), QByteArray("mimetypeapplication/x-schoolsuite-board"));
    }

    void systemdUnitRunsTheServerAsItsOwnUser()
    {
        const QString unit = readText(
            inRoot(QStringLiteral("/usr/lib/systemd/system/schoolsuite-district.service")));
        QVERIFY(unit.contains(QLatin1String("\nUser=schoolsuite-district\n")));
        QVERIFY(unit.contains(QLatin1String("\nStateDirectory=schoolsuite-district\n")));
        QVERIFY(unit.contains(QLatin1String("EnvironmentFile=-/etc/default/schoolsuite-district")));
        QVERIFY(unit.contains(
            QLatin1String("SCHOOLSUITE_DISTRICT_DATABASE=sqlite:/var/lib/schoolsuite-district/")));
        QVERIFY(unit.contains(QLatin1String("\nExecStart=/usr/bin/schoolsuite-district ")));
        // The unit as systemd reads it (unknown keys, bad values), with ExecStart pointing at the
        // package's program in the temporary root.
        QString local = unit;
        local.replace(QStringLiteral("ExecStart=/usr/bin/"),
                      QStringLiteral("ExecStart=%1/usr/bin/").arg(m_root));
        const QString copy = m_dir.filePath(QStringLiteral("schoolsuite-district.service"));
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(local.toUtf8());
        }
        const auto verify = runTool(QStringLiteral("systemd-analyze"),
                                    {QStringLiteral("verify"), QStringLiteral("--man=no"), copy});
        QVERIFY2(verify.code == 0 && !verify.err.contains(QLatin1String("schoolsuite-district")),
                 qPrintable(verify.describe()));
    }

    void examplePolicyWinsOverUserSettings()
    {
        // The administrator copies the example to /etc/xdg/SchoolSuite/SchoolSuite.conf and
        // removes the ';' before the keys (SCHOOLSUITE_POLICY_FILE points there in this test).
        const QString example = readText(
            inRoot(QStringLiteral("/usr/share/doc/schoolsuite/examples/SchoolSuite.conf")));
        for (const SettingKey &key : SettingKey::all())
            QVERIFY2(example.contains(QStringLiteral("\n;%1=").arg(key.name)),
                     qPrintable(key.name));
        QString policy = example;
        policy.replace(QRegularExpression(QStringLiteral("\n;([A-Za-z]+=)")),
                       QStringLiteral("\n\\1"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("etc")));
        const QString policyFile = m_dir.filePath(QStringLiteral("etc/SchoolSuite.conf"));
        {
            QFile f(policyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(policy.toUtf8());
        }
        // The user chose otherwise for every key the policy sets.
        const QString config = m_dir.filePath(QStringLiteral("policy-home/.config"));
        QDir().mkpath(config + QStringLiteral("/SchoolSuite"));
        {
            QFile f(config + QStringLiteral("/SchoolSuite/SchoolSuite.conf"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[General]\nDistrictUrl=https://user.example.cn\nSchoolCode=USER1\n"
                    "EnabledModules=people\nLanguage=en\nSyncIntervalMinutes=60\n"
                    "AllowOfflineSignIn=false\nAutoLockMinutes=0\nDataDirectory=/tmp/user-data\n");
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("SCHOOLSUITE_POLICY_FILE"), policyFile);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto run = runTool(inRoot(QStringLiteral("/usr/bin/schoolsuite-cli")),
                                 {QStringLiteral("config"), QStringLiteral("--json")},
                                 env);
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("policy_location")).toString(), policyFile);
        QVERIFY2(o.value(QStringLiteral("ignored_policy")).toArray().isEmpty(),
                 qPrintable(run.out));
        QHash<QString, QJsonObject> keys;
        for (const QJsonValue &v : o.value(QStringLiteral("keys")).toArray())
            keys.insert(v[QStringLiteral("key")].toString(), v.toObject());
        const auto expect = [&keys](const char *key, const QJsonValue &value) {
            const QJsonObject k = keys.value(QLatin1String(key));
            QCOMPARE(k.value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
            QVERIFY(k.value(QStringLiteral("locked")).toBool());
            QCOMPARE(k.value(QStringLiteral("value")), value);
        };
        expect("DistrictUrl", QStringLiteral("https://edu.example.cn"));
        expect("SchoolCode", QStringLiteral("DC0001"));
        expect("EnabledModules",
               QJsonArray{QStringLiteral("people"),
                          QStringLiteral("equipment"),
                          QStringLiteral("library"),
                          QStringLiteral("whiteboard"),
                          QStringLiteral("sync")});
        expect("Language", QStringLiteral("zh_CN"));
        expect("SyncIntervalMinutes", 15);
        expect("AllowOfflineSignIn", true);
        expect("AutoLockMinutes", 10);
        expect("DataDirectory", QStringLiteral("/var/lib/schoolsuite"));
        // The example leaves the key empty: not configured, the user cannot set it either.
        QCOMPARE(
            keys.value(QStringLiteral("EnrollmentKey")).value(QStringLiteral("source")).toString(),
            QStringLiteral("default"));

        // And the desktop app starts under it (its data folder given on the command line).
        const auto app = runTool(inRoot(QStringLiteral("/usr/bin/schoolsuite")),
                                 {QStringLiteral("--data-dir"),
                                  m_dir.filePath(QStringLiteral("policy-store")),
                                  QStringLiteral("--exit-after-startup")},
                                 env);
        QVERIFY2(app.code == 0, qPrintable(app.describe()));
        QVERIFY2(!app.err.contains(QLatin1String("policy")), qPrintable(app.err));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
