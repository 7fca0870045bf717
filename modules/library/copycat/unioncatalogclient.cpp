#include "unioncatalogclient.h"

#include "core/error.h"
#include "core/store/database.h"
#include "library/catalog/isbn.h"
#include "sync/credentialstore.h"
#include "sync/syncmeta.h"
#include "sync/synctransport.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace SchoolSuite::UnionCatalog {

namespace {

QString meta(const Database &db, const QString &key)
{
    return db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

QString text(const QCborMap &map, const char *key)
{
    const QCborValue v = map.value(QLatin1String(key));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isInteger())
        return QString::number(v.toInteger());
    return {};
}

qint64 integer(const QCborMap &map, const char *key, qint64 fallback)
{
    const QCborValue v = map.value(QLatin1String(key));
    if (v.isInteger())
        return v.toInteger();
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return fallback;
}

} // namespace

DistrictLink linkFor(const Database &db)
{
    DistrictLink link;
    const QString server = meta(db, SyncMeta::server());
    if (server.isEmpty() || meta(db, SyncMeta::deviceId()).isEmpty()) {
        link.problem = QCoreApplication::translate(
            "SchoolSuite::CopyCataloguing",
            "This computer is not enrolled with the district, so the union catalog cannot be "
            "asked.");
        return link;
    }
    link.server = QUrl(server);
    link.caCertificates = meta(db, SyncMeta::caCertificates()).toUtf8();
    const QString dataDir = QFileInfo(db.path()).absolutePath();
    try {
        const std::optional<QByteArray> credential
            = CredentialStore().read(CredentialStore::keyFor(QStringLiteral("device"), dataDir));
        if (credential && !credential->isEmpty())
            link.credential = *credential;
    } catch (const Error &e) {
        link.problem = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "The keychain cannot be read: %1")
                           .arg(e.message());
        return link;
    }
    if (link.credential.isEmpty())
        link.problem = QCoreApplication::translate(
            "SchoolSuite::CopyCataloguing",
            "The keychain holds no credential for this computer; enroll it again.");
    return link;
}

QList<CopyCatRecord> recordsFrom(const QCborMap &answer)
{
    static const QRegularExpression subjectSeparator(QStringLiteral("[;；]"));
    QList<CopyCatRecord> list;
    const QCborArray records = answer.value(QStringLiteral("records")).toArray();
    for (const QCborValue &value : records) {
        const QCborMap m = value.toMap();
        CopyCatRecord found;
        BibRecord &r = found.record;
        r.isbn = Isbn::normalize(text(m, "isbn"));
        r.title = text(m, "title");
        if (r.title.isEmpty())
            continue;
        r.responsibility = text(m, "responsibility");
        r.publisher = text(m, "publisher");
        r.place = text(m, "place");
        r.year = int(qBound(qint64(0), integer(m, "year", 0), qint64(9999)));
        r.edition = text(m, "edition");
        r.clc = text(m, "clc");
        const QCborValue subjects = m.value(QStringLiteral("subjects"));
        if (subjects.isArray()) {
            for (const QCborValue &s : subjects.toArray()) {
                if (!s.toString().trimmed().isEmpty())
                    r.subjects << s.toString().trimmed();
            }
        } else {
            for (const QString &s :
                 text(m, "subjects").split(subjectSeparator, Qt::SkipEmptyParts)) {
                if (!s.trimmed().isEmpty())
                    r.subjects << s.trimmed();
            }
        }
        r.priceFen = integer(m, "price_fen", -1);
        if (r.priceFen < 0)
            r.priceFen = -1;
        r.pages = int(qBound(qint64(0), integer(m, "pages", 0), qint64(100000)));
        r.series = text(m, "series");
        r.language = text(m, "language");
        r.summary = text(m, "summary");
        r.source = QStringLiteral("union");
        found.from = QStringLiteral("union");
        found.schoolCount = int(integer(m, "school_count", 0));
        found.origin = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "District union catalog: %n school(s)",
                                                   nullptr,
                                                   found.schoolCount);
        list.append(found);
    }
    return list;
}

CopyCatStep lookUp(const DistrictLink &link, const QString &isbn13, QList<CopyCatRecord> *found)
{
    CopyCatStep step;
    step.source = QStringLiteral("union");
    step.where = link.server.isEmpty() ? QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                                     "District union catalog")
                                       : link.server.host();
    if (!link.isUsable()) {
        step.outcome = CopyCatStep::Outcome::Failed;
        step.message = link.problem;
        return step;
    }
    if (!SyncTransport::isAllowedServer(link.server)) {
        step.outcome = CopyCatStep::Outcome::Failed;
        step.message
            = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                          "The district server %1 is not an https:// address.")
                  .arg(link.server.toString());
        return step;
    }
    SyncTransport transport(link.server, link.connectTimeoutMs, link.requestTimeoutMs);
    transport.setCaCertificates(link.caCertificates);
    transport.setDeviceCredential(QString::fromUtf8(link.credential));
    const SyncTransport::Reply reply = transport.get(QStringLiteral("/catalog/isbn/") + isbn13);
    switch (reply.outcome) {
    case SyncTransport::Reply::Outcome::Ok:
        break;
    case SyncTransport::Reply::Outcome::Offline:
        step.outcome = CopyCatStep::Outcome::Failed;
        step.message = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "The district server %1 cannot be reached "
                                                   "(%2).")
                           .arg(link.server.host(), reply.detail);
        return step;
    case SyncTransport::Reply::Outcome::Refused:
        step.outcome = CopyCatStep::Outcome::Failed;
        step.message = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "The district server refused the look-up "
                                                   "(%1: %2).")
                           .arg(reply.errorCode, reply.detail);
        return step;
    case SyncTransport::Reply::Outcome::Garbage:
        step.outcome = CopyCatStep::Outcome::Failed;
        step.message = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "The district server %1 gave an answer that "
                                                   "is not the union catalog's (%2).")
                           .arg(link.server.host(), reply.detail);
        return step;
    }
    const QList<CopyCatRecord> records = recordsFrom(reply.body);
    step.count = int(records.size());
    if (records.isEmpty()) {
        step.outcome = CopyCatStep::Outcome::NotFound;
        step.message = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "No school of the district has this ISBN.");
        return step;
    }
    step.outcome = CopyCatStep::Outcome::Found;
    step.message = QCoreApplication::translate(
        "SchoolSuite::CopyCataloguing", "%n record(s) found.", nullptr, step.count);
    if (found)
        found->append(records);
    return step;
}

} // namespace SchoolSuite::UnionCatalog
