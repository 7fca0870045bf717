#include "librarytargets.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

namespace SchoolSuite {

bool LibraryTarget::isSru() const
{
    const QString u = url.trimmed().toLower();
    return u.startsWith(QLatin1String("http://")) || u.startsWith(QLatin1String("https://"));
}

QString LibraryTarget::displayName() const
{
    return name.trimmed().isEmpty() ? url : name.trimmed();
}

QString LibraryTarget::effectiveEncoding() const
{
    if (!encoding.isEmpty())
        return encoding;
    return syntax == QLatin1String("unimarc") ? QStringLiteral("gb18030") : QStringLiteral("marc8");
}

namespace LibraryTargets {

QStringList syntaxes()
{
    return {QStringLiteral("usmarc"), QStringLiteral("unimarc")};
}

QStringList encodings()
{
    return {QStringLiteral("utf-8"), QStringLiteral("gb18030"), QStringLiteral("marc8")};
}

QString problem(const LibraryTarget &target)
{
    const QString url = target.url.trimmed();
    if (url.isEmpty())
        return QCoreApplication::translate("SchoolSuite::LibraryTargets",
                                           "The target needs a URL.");
    if (url.contains(QLatin1Char(' ')))
        return QCoreApplication::translate("SchoolSuite::LibraryTargets",
                                           "The URL \"%1\" contains a space.")
            .arg(url);
    if (target.isSru()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return QCoreApplication::translate("SchoolSuite::LibraryTargets",
                                               "\"%1\" is not a valid http:// or https:// URL.")
                .arg(url);
    } else {
        // host[:port][/Database], optionally with a "tcp:" prefix.
        QString rest = url;
        if (rest.startsWith(QLatin1String("tcp:"), Qt::CaseInsensitive))
            rest = rest.mid(4);
        if (rest.contains(QLatin1String("://")))
            return QCoreApplication::translate(
                       "SchoolSuite::LibraryTargets",
                       "\"%1\": use host:port/Database for Z39.50 or an http:// URL "
                       "for SRU.")
                .arg(url);
        const QString hostPort = rest.section(QLatin1Char('/'), 0, 0);
        const QString host = hostPort.section(QLatin1Char(':'), 0, 0);
        if (host.isEmpty())
            return QCoreApplication::translate("SchoolSuite::LibraryTargets",
                                               "\"%1\" names no host.")
                .arg(url);
        if (hostPort.contains(QLatin1Char(':'))) {
            bool ok = false;
            const int port = hostPort.section(QLatin1Char(':'), 1).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return QCoreApplication::translate("SchoolSuite::LibraryTargets",
                                                   "\"%1\" has no valid port.")
                    .arg(url);
        }
    }
    if (!syntaxes().contains(target.syntax))
        return QCoreApplication::translate(
                   "SchoolSuite::LibraryTargets",
                   "The record syntax must be usmarc or unimarc, not \"%1\".")
            .arg(target.syntax);
    if (!target.encoding.isEmpty() && !encodings().contains(target.encoding))
        return QCoreApplication::translate(
                   "SchoolSuite::LibraryTargets",
                   "The encoding must be utf-8, gb18030 or marc8, not \"%1\".")
            .arg(target.encoding);
    return {};
}

QList<LibraryTarget> fromStore(const QSqlDatabase &db)
{
    QList<LibraryTarget> list;
    QSqlQuery exists = Database::execOn(db,
                                        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                       "type = 'table' AND name = ?"),
                                        {QStringLiteral("district_library_targets")});
    if (!exists.next() || exists.value(0).toInt() == 0)
        return list;
    exists.finish();
    QSqlQuery q = Database::execOn(db,
                                   QStringLiteral("SELECT id, coalesce(name, ''), url, syntax, "
                                                  "coalesce(encoding, '') FROM "
                                                  "district_library_targets WHERE deleted = 0 "
                                                  "ORDER BY name, created_at"));
    while (q.next()) {
        LibraryTarget t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.url = q.value(2).toString().trimmed();
        t.syntax = q.value(3).toString();
        t.encoding = q.value(4).toString();
        if (!t.url.isEmpty())
            list.append(t);
    }
    return list;
}

TableDecl declaration(const QString &module)
{
    return TableDecl::reg(module, QStringLiteral("district_library_targets"))
        .inScope(TableScope::District)
        .titled(
            QCoreApplication::translate("SchoolSuite::LibraryTargets", "Copy cataloguing targets"));
}

} // namespace LibraryTargets

} // namespace SchoolSuite
