#include "synccontroller.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/settings/settings.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "credentialstore.h"
#include "synccontroller_p.h"
#include "syncmeta.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QThread>
#include <QTimer>

namespace SchoolSuite {

namespace {
constexpr int kStartupDelayMs = 1500;
constexpr int kPendingRefreshMs = 5000;
constexpr int kMinuteMs = 60 * 1000;
} // namespace

// --- worker -------------------------------------------------------------------------------

SyncWorker::SyncWorker(const QString &dataDir, const SyncOptions &options)
    : m_dataDir(dataDir)
    , m_options(options)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(SyncTrigger trigger,
                     const QString &userToken,
                     Mode mode,
                     const QByteArray &credential)
{
    SyncResult result;
    try {
        {
            QMutexLocker lock(&m_lock);
            if (m_cancelled)
                return;
            if (!m_client) {
                m_store = std::make_unique<LocalStore>();
                m_store->open(m_dataDir);
                m_credentials = std::make_unique<CredentialStore>();
                m_client = std::make_unique<SyncClient>(*m_store, *m_credentials, m_options);
            }
        }
        m_client->setDeviceCredential(credential);
        switch (mode) {
        case Mode::Sync:
            result = m_client->sync(trigger, userToken);
            break;
        case Mode::ConfirmDeletes:
            m_client->allowHeldDeletes();
            result = m_client->sync(trigger, userToken);
            break;
        case Mode::ConfirmHeldPush:
            result = m_client->confirmHeldPush(userToken);
            break;
        }
        // SyncClient leaves the pulled rows in search_dirty (see SyncClient::finish): the index
        // catches up here, on this thread's connection, before the GUI hears of the result.
        try {
            m_store->search().update();
        } catch (const Error &e) {
            if (result.ok()) {
                result.status = SyncStatus::Error;
                result.message = e.message();
            }
        }
    } catch (const Error &e) {
        result.status = SyncStatus::Error;
        result.message = e.message();
    } catch (const std::exception &e) {
        result.status = SyncStatus::Error;
        result.message = QString::fromLocal8Bit(e.what());
    }
    emit finished(result);
}

void SyncWorker::shutdown()
{
    QMutexLocker lock(&m_lock);
    m_client.reset();
    m_credentials.reset();
    m_store.reset();
}

void SyncWorker::cancel()
{
    QMutexLocker lock(&m_lock);
    m_cancelled = true;
    if (m_client)
        m_client->cancel();
}

// --- controller ---------------------------------------------------------------------------

SyncController::SyncController(const QString &dataDir,
                               Database &guiDb,
                               Settings *settings,
                               QObject *parent,
                               SyncOptions options)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_guiDb(guiDb)
    , m_settings(settings)
{
    qRegisterMetaType<SchoolSuite::SyncResult>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(dataDir, options);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread->start();

    m_syncTimer = new QTimer(this);
    connect(m_syncTimer, &QTimer::timeout, this, [this] { start(SyncTrigger::Timer); });
    if (m_settings) {
        connect(m_settings, &Settings::changed, this, [this](const QString &key) {
            if (key == Keys::SyncIntervalMinutes)
                applyInterval();
        });
    }
    applyInterval();

    m_pendingTimer = new QTimer(this);
    m_pendingTimer->setInterval(kPendingRefreshMs);
    connect(m_pendingTimer, &QTimer::timeout, this, &SyncController::refreshPending);
    m_pendingTimer->start();

    // Without a backend for this platform the timer alone drives the sync.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(),
                &QNetworkInformation::reachabilityChanged,
                this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        start(SyncTrigger::Network);
                });
    }
    refresh();
    // A sync soon after start-up, once the window has painted: what changed overnight arrives
    // before the first coffee.
    QTimer::singleShot(kStartupDelayMs, this, [this] {
        if (isEnrolled())
            start(SyncTrigger::Startup);
    });
}

SyncController::~SyncController()
{
    m_worker->cancel();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

bool SyncController::isEnrolled() const
{
    try {
        return !m_guiDb
                    .scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                            {SyncMeta::deviceId()})
                    .toString()
                    .isEmpty();
    } catch (const Error &) {
        return false;
    }
}

QString SyncController::heldId() const
{
    try {
        return m_guiDb
            .scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {SyncMeta::heldPush()})
            .toString();
    } catch (const Error &) {
        return {};
    }
}

void SyncController::setUserToken(const QString &token)
{
    m_userToken = token;
}

void SyncController::applyInterval()
{
    const int minutes = m_settings
                            ? m_settings->syncIntervalMinutes()
                            : Settings::defaultValue(QString(Keys::SyncIntervalMinutes)).toInt();
    if (minutes > 0)
        m_syncTimer->start(minutes * kMinuteMs);
    else
        m_syncTimer->stop();
}

void SyncController::syncNow()
{
    start(SyncTrigger::Manual);
}

void SyncController::confirmDeletes()
{
    if (isEnrolled() && !m_running)
        launch(SyncTrigger::Manual, m_userToken, int(SyncWorker::Mode::ConfirmDeletes));
}

void SyncController::confirmHeldPush(const QString &adminToken)
{
    if (isEnrolled() && !m_running)
        launch(SyncTrigger::Manual, adminToken, int(SyncWorker::Mode::ConfirmHeldPush));
}

QByteArray SyncController::deviceCredential()
{
    // QtKeychain serves one thread only: the credential is read here, on the GUI thread, once
    // per enrollment, and handed to the worker.
    const QString device = m_guiDb
                               .scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                       {SyncMeta::deviceId()})
                               .toString();
    if (device != m_credentialDevice || m_credential.isEmpty()) {
        const std::optional<QByteArray> credential
            = CredentialStore().read(CredentialStore::keyFor(QStringLiteral("device"), m_dataDir));
        if (!credential)
            throw Error(tr("The keychain holds no credential for this device. Enroll it again."));
        m_credential = *credential;
        m_credentialDevice = device;
    }
    return m_credential;
}

void SyncController::launch(SyncTrigger trigger, const QString &token, int mode)
{
    QByteArray credential;
    try {
        credential = deviceCredential();
    } catch (const Error &e) {
        SyncResult failed;
        failed.status = SyncStatus::Error;
        failed.message = e.message();
        onFinished(failed);
        return;
    }
    m_running = true;
    setState(State::Syncing);
    emit started();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, trigger, token, mode, credential] {
        worker->run(trigger, token, SyncWorker::Mode(mode), credential);
    });
}

void SyncController::start(SyncTrigger trigger)
{
    if (!isEnrolled()) {
        refresh();
        return;
    }
    if (m_running) {
        m_again = trigger == SyncTrigger::Manual || m_again;
        return;
    }
    launch(trigger, m_userToken, int(SyncWorker::Mode::Sync));
}

void SyncController::onFinished(const SyncResult &result)
{
    m_running = false;
    m_lastResult = result;
    m_lastMessage = result.message;
    if (result.ok())
        m_lastSync = QDateTime::currentDateTimeUtc();
    switch (result.status) {
    case SyncStatus::Ok:
        setState(State::Idle);
        break;
    case SyncStatus::Offline:
        setState(State::Offline);
        break;
    case SyncStatus::Held:
        setState(State::Held);
        break;
    case SyncStatus::Error:
        setState(isEnrolled() ? State::Error : State::NotEnrolled);
        break;
    }
    refreshPending();
    emit finished(result);
    if (m_again) {
        m_again = false;
        start(SyncTrigger::Manual);
    }
}

void SyncController::refresh()
{
    refreshPending();
    if (m_running)
        return;
    if (!isEnrolled()) {
        setState(State::NotEnrolled);
        return;
    }
    try {
        QSqlQuery last = m_guiDb.exec(QStringLiteral(
            "SELECT status, message FROM sync_history WHERE status <> 'running' ORDER BY id DESC "
            "LIMIT 1"));
        QString status;
        if (last.next()) {
            status = last.value(0).toString();
            if (m_lastMessage.isEmpty())
                m_lastMessage = last.value(1).toString();
        }
        const QString lastOk = m_guiDb
                                   .scalar(QStringLiteral("SELECT max(finished_at) FROM "
                                                          "sync_history WHERE status = 'ok'"))
                                   .toString();
        if (!lastOk.isEmpty())
            m_lastSync = QDateTime::fromString(lastOk, Qt::ISODateWithMs);
        if (!heldId().isEmpty() || status == QLatin1String("held"))
            setState(State::Held);
        else if (status == QLatin1String("offline"))
            setState(State::Offline);
        else if (status == QLatin1String("error"))
            setState(State::Error);
        else
            setState(State::Idle);
    } catch (const Error &e) {
        m_lastMessage = e.message();
        setState(State::Error);
    }
}

void SyncController::refreshPending()
{
    int count = 0;
    try {
        count = Outbox::pendingCount(m_guiDb.connection());
    } catch (const Error &) {
        return;
    }
    if (count != m_pending) {
        m_pending = count;
        emit pendingChangesChanged(count);
    }
}

void SyncController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace SchoolSuite
