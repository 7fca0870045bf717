#include "unioncatalog.h"

#include "platform.h"

#include "core/error.h"
#include "library/catalog/isbn.h"
#include "library/copycat/librarytargets.h"
#include "server/sync/catalogue.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace SchoolSuite::Server {

namespace {

const QString kCursor = QStringLiteral("union_catalog_seq");

// The columns a look-up answers, as the schools' tables name them.
const QStringList &answerColumns()
{
    static const QStringList columns{QStringLiteral("title"),
                                     QStringLiteral("responsibility"),
                                     QStringLiteral("publisher"),
                                     QStringLiteral("place"),
                                     QStringLiteral("year"),
                                     QStringLiteral("edition"),
                                     QStringLiteral("clc"),
                                     QStringLiteral("subjects"),
                                     QStringLiteral("price_fen"),
                                     QStringLiteral("pages"),
                                     QStringLiteral("series"),
                                     QStringLiteral("language"),
                                     QStringLiteral("summary")};
    return columns;
}

bool isEmptyValue(const QCborValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

// Two schools' records of one book differ in spaces, case and ISBD punctuation
// ("红楼梦 / 曹雪芹著" against "红楼梦/曹雪芹 著"): compared without them.
QString groupKey(const QCborMap &fields)
{
    QString key;
    for (const char *column : {"title", "responsibility"}) {
        for (const QChar c : fields.value(QLatin1String(column)).toString()) {
            if (c.isLetterOrNumber())
                key += c.toCaseFolded();
        }
        key += QChar(0x1f);
    }
    return key;
}

// One book as several schools catalogued it: each field takes the value most rows gave it (the
// first seen among equals), so one school's typo does not win over the others.
struct Group
{
    QSet<QString> schools;
    QHash<QString, QList<QPair<QCborValue, int>>> votes;

    void add(const QString &school, const QCborMap &fields)
    {
        schools.insert(school);
        for (const QString &column : answerColumns()) {
            QCborValue v = fields.value(column);
            if (isEmptyValue(v))
                continue;
            if (v.isString())
                v = v.toString().trimmed();
            auto &list = votes[column];
            auto it = std::find_if(
                list.begin(), list.end(), [&v](const auto &p) { return p.first == v; });
            if (it == list.end())
                list.append({v, 1});
            else
                ++it->second;
        }
    }

    QCborMap record(const QString &isbn) const
    {
        QCborMap r;
        r.insert(QStringLiteral("isbn"), isbn);
        for (const QString &column : answerColumns()) {
            const auto list = votes.value(column);
            if (list.isEmpty()) {
                r.insert(column, QCborValue(nullptr));
                continue;
            }
            const auto best
                = std::max_element(list.begin(), list.end(), [](const auto &a, const auto &b) {
                      return a.second < b.second;
                  });
            r.insert(column, best->first);
        }
        r.insert(QStringLiteral("school_count"), qint64(schools.size()));
        return r;
    }
};

} // namespace

UnionCatalog::UnionCatalog(Platform &platform)
    : m_platform(platform)
{}

QStringList UnionCatalog::tables()
{
    QStringList list;
    const Catalogue &catalogue = m_platform.catalogue();
    for (const QString &name : catalogue.tableNames()) {
        const Catalogue::Table *table = catalogue.table(name);
        if (table && table->decl.scope == TableScope::School
            && table->column(QStringLiteral("isbn")) && table->column(QStringLiteral("title")))
            list.append(name);
    }
    return list;
}

int UnionCatalog::catchUp()
{
    ServerDb &db = m_platform.db();
    // Read before the rows: every sequence up to it is committed (docs/sync-protocol.md §6).
    const qint64 last = db.lastSequence();
    qint64 cursor = db.meta(kCursor).toLongLong();
    if (cursor == last)
        return 0;
    const QStringList names = tables();
    const QSet<QString> indexed(names.cbegin(), names.cend());
    struct Entry
    {
        QString table, id, isbn; // isbn empty: not in the index
    };
    int seen = 0;
    db.transaction([&] {
        if (cursor > last) {
            // A restore brought back an older dataset: index it again.
            db.exec(QStringLiteral("DELETE FROM union_catalog"));
            cursor = 0;
        }
        QStringList schools;
        QSqlQuery s = db.exec(QStringLiteral("SELECT id FROM schools ORDER BY id"));
        while (s.next())
            schools.append(s.value(0).toString());
        s.finish();
        for (const QString &school : std::as_const(schools)) {
            // Read whole before writing: PostgreSQL streams a result another query would end.
            QList<Entry> entries;
            QSqlQuery q = db.exec(QStringLiteral("SELECT tbl, id, deleted, fields FROM sync_rows "
                                                 "WHERE school_id = ? AND scope = 'school' AND "
                                                 "seq > ? AND seq <= ?"),
                                  {school, cursor, last});
            while (q.next()) {
                const QString table = q.value(0).toString();
                if (!indexed.contains(table))
                    continue;
                Entry e{table, q.value(1).toString(), {}};
                if (q.value(2).toInt() == 0) {
                    const QCborMap fields = QCborValue::fromCbor(q.value(3).toByteArray()).toMap();
                    const QString raw = fields.value(QStringLiteral("isbn")).toString();
                    e.isbn = Isbn::normalize(raw);
                    if (e.isbn.isEmpty())
                        e.isbn = Isbn::digits(raw);
                }
                entries.append(e);
            }
            q.finish();
            for (const Entry &e : std::as_const(entries)) {
                if (e.isbn.isEmpty())
                    db.exec(QStringLiteral("DELETE FROM union_catalog WHERE tbl = ? AND id = ?"),
                            {e.table, e.id});
                else
                    db.exec(QStringLiteral("INSERT INTO union_catalog (tbl, id, isbn) VALUES "
                                           "(?, ?, ?) ON CONFLICT (tbl, id) DO UPDATE SET isbn = "
                                           "excluded.isbn"),
                            {e.table, e.id, e.isbn});
            }
            seen += int(entries.size());
        }
        db.setMeta(kCursor, QString::number(last));
    });
    return seen;
}

QCborMap UnionCatalog::lookUp(const QString &text)
{
    QCborMap answer;
    const QString isbn = Isbn::normalize(text);
    answer.insert(QStringLiteral("isbn"), isbn);
    if (isbn.isEmpty()) {
        // Not an ISBN: nothing has it (an empty answer, so a probe of the endpoint stays 200).
        answer.insert(QStringLiteral("records"), QCborArray());
        return answer;
    }
    catchUp();

    QList<QString> order;
    QHash<QString, Group> groups;
    QSqlQuery q = m_platform.db().exec(
        QStringLiteral("SELECT r.school_id, r.fields FROM union_catalog u JOIN sync_rows r ON "
                       "r.tbl = u.tbl AND r.id = u.id WHERE u.isbn = ? AND r.deleted = 0 AND "
                       "r.scope = 'school' ORDER BY r.school_id, r.id"),
        {isbn});
    while (q.next()) {
        const QCborMap fields = QCborValue::fromCbor(q.value(1).toByteArray()).toMap();
        if (fields.value(QStringLiteral("title")).toString().trimmed().isEmpty())
            continue;
        const QString key = groupKey(fields);
        if (!groups.contains(key))
            order.append(key);
        groups[key].add(q.value(0).toString(), fields);
    }
    q.finish();
    // Most widely held first, the first seen among equals.
    std::stable_sort(order.begin(), order.end(), [&groups](const QString &a, const QString &b) {
        return groups.value(a).schools.size() > groups.value(b).schools.size();
    });
    QCborArray records;
    for (const QString &key : std::as_const(order))
        records.append(groups.value(key).record(isbn));
    answer.insert(QStringLiteral("records"), records);
    return answer;
}

namespace {

const QString kTargets = QStringLiteral("district_library_targets");
const QString kActor = QStringLiteral("district-admin");

// The live target rows' ids (one is expected; more are tolerated and replaced together).
QStringList targetIds(ServerDb &db)
{
    QStringList ids;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT id FROM sync_rows WHERE tbl = ? AND deleted = 0 ORDER BY id"),
        {kTargets});
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

int setLibraryTarget(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption syntax(QStringLiteral("syntax"), {}, QStringLiteral("SYNTAX"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), {}, QStringLiteral("ENCODING"));
    const QCommandLineOption name(QStringLiteral("name"), {}, QStringLiteral("NAME"));
    const QCommandLineOption off(QStringLiteral("off"));
    parser.addOptions({syntax, encoding, name, off});
    if (!parser.parse(QStringList{QStringLiteral("admin")} + args))
        return admin.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    Platform &platform = admin.platform();
    ServerDb &db = platform.db();

    if (parser.isSet(off)) {
        if (!positional.isEmpty() || parser.isSet(syntax) || parser.isSet(encoding)
            || parser.isSet(name))
            return admin.usage(QCoreApplication::translate(
                "SchoolSuite::Server::AdminCommands", "--off takes no URL and no other option."));
        const QStringList ids = targetIds(db);
        db.transaction([&] {
            for (const QString &id : ids)
                platform.sync().deleteDistrictRow(kTargets, id, kActor);
        });
        admin.print(ids.isEmpty()
                        ? QCoreApplication::translate("SchoolSuite::Server::AdminCommands",
                                                      "No copy cataloguing target was set.")
                        : QCoreApplication::translate("SchoolSuite::Server::AdminCommands",
                                                      "Removed the copy cataloguing target."));
        return AdminCommands::Success;
    }
    if (positional.size() != 1)
        return admin.usage(
            positional.isEmpty() ? QCoreApplication::translate(
                "SchoolSuite::Server::AdminCommands", "set-library-target needs a URL or --off.")
                                 : QCoreApplication::translate("SchoolSuite::Server::AdminCommands",
                                                               "Unexpected argument \"%1\".")
                                       .arg(positional.value(1)));
    LibraryTarget target;
    target.url = positional.constFirst().trimmed();
    target.syntax = parser.isSet(syntax) ? parser.value(syntax).trimmed().toLower()
                                         : QStringLiteral("usmarc");
    if (target.syntax == QLatin1String("marc21"))
        target.syntax = QStringLiteral("usmarc");
    if (target.syntax == QLatin1String("cnmarc"))
        target.syntax = QStringLiteral("unimarc");
    target.encoding = parser.value(encoding).trimmed().toLower();
    if (target.encoding == QLatin1String("utf8"))
        target.encoding = QStringLiteral("utf-8");
    if (target.encoding == QLatin1String("gbk") || target.encoding == QLatin1String("gb2312"))
        target.encoding = QStringLiteral("gb18030");
    if (target.encoding == QLatin1String("marc-8"))
        target.encoding = QStringLiteral("marc8");
    target.name = parser.value(name).trimmed();
    const QString problem = LibraryTargets::problem(target);
    if (!problem.isEmpty())
        return admin.usage(problem);

    QVariantMap fields{
        {QStringLiteral("url"), target.url},
        {QStringLiteral("syntax"), target.syntax},
        {QStringLiteral("name"), target.name.isEmpty() ? QVariant() : QVariant(target.name)},
        {QStringLiteral("encoding"),
         target.encoding.isEmpty() ? QVariant() : QVariant(target.encoding)}};
    const QStringList ids = targetIds(db);
    const QString id = db.transaction([&] {
        // One target: the first row is updated, any other removed.
        for (qsizetype i = 1; i < ids.size(); ++i)
            platform.sync().deleteDistrictRow(kTargets, ids.at(i), kActor);
        return platform.sync().writeDistrictRow(kTargets, ids.value(0), fields, kActor);
    });
    admin.print(QCoreApplication::translate("SchoolSuite::Server::AdminCommands",
                                            "Copy cataloguing asks %1 (%2, %3) (%4).")
                    .arg(target.displayName(),
                         target.isSru() ? QStringLiteral("SRU") : QStringLiteral("Z39.50"),
                         target.syntax,
                         id));
    return AdminCommands::Success;
}

} // namespace

QList<QPair<QString, AdminCommands::Command>> libraryAdminCommands()
{
    return {{QStringLiteral("set-library-target"), setLibraryTarget}};
}

} // namespace SchoolSuite::Server
