#include "copycataloguing.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "library/catalog/isbn.h"
#include "library/catalog/libraryservice.h"

#include <QPromise>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace SchoolSuite {

CopyCataloguing::CopyCataloguing(const Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<SchoolSuite::CopyCatStep>();
    qRegisterMetaType<SchoolSuite::CopyCatResult>();
}

CopyCataloguing::~CopyCataloguing()
{
    // The worker keeps running to its end (ZOOM cannot be interrupted) but reports to nobody.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
    }
}

QString CopyCataloguing::sourceTitle(const QString &source)
{
    if (source == QLatin1String("local"))
        return tr("Local catalog");
    if (source == QLatin1String("union"))
        return tr("District union catalog");
    if (source == QLatin1String("z3950"))
        return tr("Z39.50");
    if (source == QLatin1String("sru"))
        return tr("SRU");
    return source;
}

bool CopyCataloguing::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

bool CopyCataloguing::begin(const QString &text, CopyCatResult &result, Remote &remote)
{
    result = CopyCatResult();
    result.input = text.trimmed();
    bool ok = false;
    result.isbn = Isbn::normalize(result.input, &ok);
    if (result.isbn.isEmpty()) {
        result.problem
            = result.input.isEmpty() ? tr("Scan or type an ISBN.") : Isbn::problem(result.input);
        if (result.problem.isEmpty())
            result.problem = tr("\"%1\" is not an ISBN.").arg(result.input);
        return false;
    }

    CopyCatStep local;
    local.source = QStringLiteral("local");
    local.where = sourceTitle(local.source);
    try {
        const QList<BibRecord> titles = LibraryService(m_session).titlesByIsbn(result.isbn);
        for (const BibRecord &title : titles) {
            CopyCatRecord r;
            r.record = title;
            r.from = local.source;
            r.origin = tr("This library's catalog");
            result.records.append(r);
        }
        local.count = int(titles.size());
        local.outcome
            = titles.isEmpty() ? CopyCatStep::Outcome::NotFound : CopyCatStep::Outcome::Found;
        local.message = titles.isEmpty()
                            ? tr("The library has no title with this ISBN yet.")
                            : tr("The library has %n title(s) with this ISBN: add copies.",
                                 nullptr,
                                 local.count);
    } catch (const Error &e) {
        local.outcome = CopyCatStep::Outcome::Failed;
        local.message = e.message();
    }
    result.steps.append(local);

    remote.isbn = result.isbn;
    remote.options = m_options;
    remote.found = local.found();
    if (!m_link)
        m_link = UnionCatalog::linkFor(m_session.database());
    remote.link = *m_link;
    remote.link.connectTimeoutMs = m_options.connectTimeoutMs;
    remote.link.requestTimeoutMs = m_options.requestTimeoutMs;
    try {
        remote.targets = LibraryTargets::fromStore(m_session.database().connection());
    } catch (const Error &) {
        remote.targets.clear(); // no table yet: treated as no target set
    }
    return true;
}

void CopyCataloguing::runRemote(const Remote &remote,
                                const std::function<bool(const StepAnswer &)> &report)
{
    bool found = remote.found;
    auto skipped = [](const QString &source, const QString &where, const QString &message) {
        StepAnswer a;
        a.step.source = source;
        a.step.where = where;
        a.step.outcome = CopyCatStep::Outcome::Skipped;
        a.step.message = message;
        return a;
    };
    const QString notNeeded = tr("Not asked: the book was found already.");

    if (found && remote.options.stopAtFirstFound) {
        if (!report(
                skipped(QStringLiteral("union"), sourceTitle(QStringLiteral("union")), notNeeded)))
            return;
    } else {
        StepAnswer a;
        a.step = UnionCatalog::lookUp(remote.link, remote.isbn, &a.records);
        found = found || a.step.found();
        if (!report(a))
            return;
    }

    if (remote.targets.isEmpty()) {
        report(skipped(QStringLiteral("z3950"),
                       sourceTitle(QStringLiteral("z3950")),
                       tr("The district has set no Z39.50 or SRU target.")));
        return;
    }
    for (const LibraryTarget &target : remote.targets) {
        const QString source = target.isSru() ? QStringLiteral("sru") : QStringLiteral("z3950");
        StepAnswer a;
        if (found && remote.options.stopAtFirstFound) {
            a = skipped(source, target.displayName(), notNeeded);
        } else {
            a.step = TargetSearch::search(target, remote.isbn, &a.records, remote.options.target);
            found = found || a.step.found();
        }
        if (!report(a))
            return;
    }
}

void CopyCataloguing::lookUp(const QString &text)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher.release()->deleteLater();
    }
    Remote remote;
    if (!begin(text, m_result, remote)) {
        QTimer::singleShot(0, this, [this, result = m_result] { emit finished(result); });
        return;
    }
    const CopyCatStep local = m_result.steps.constLast();
    QTimer::singleShot(0, this, [this, local] { emit stepFinished(local); });

    m_watcher = std::make_unique<QFutureWatcher<StepAnswer>>();
    connect(
        m_watcher.get(), &QFutureWatcherBase::resultReadyAt, this, &CopyCataloguing::onStepReady);
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &CopyCataloguing::onWorkerDone);
    m_watcher->setFuture(QtConcurrent::run([remote](QPromise<StepAnswer> &promise) {
        runRemote(remote, [&promise](const StepAnswer &answer) {
            if (promise.isCanceled())
                return false;
            promise.addResult(answer);
            return true;
        });
    }));
}

void CopyCataloguing::onStepReady(int index)
{
    const StepAnswer answer = m_watcher->resultAt(index);
    m_result.steps.append(answer.step);
    m_result.records.append(answer.records);
    emit stepFinished(answer.step);
}

void CopyCataloguing::onWorkerDone()
{
    emit finished(m_result);
}

CopyCatResult CopyCataloguing::lookUpNow(const QString &text)
{
    CopyCatResult result;
    Remote remote;
    if (!begin(text, result, remote))
        return result;
    runRemote(remote, [&result](const StepAnswer &answer) {
        result.steps.append(answer.step);
        result.records.append(answer.records);
        return true;
    });
    return result;
}

} // namespace SchoolSuite
