#include "homepage.h"

#include "core/app/localstore.h"
#include "core/auth/auditlog.h"
#include "core/auth/session.h"
#include "core/store/asyncreader.h"
#include "core/store/outbox.h"
#include "sync/districtauth.h"
#include "sync/storeblobs.h"
#include "sync/ui/noticedialog.h"

#include "equipment/ui/maintenancedue.h"
#include <QFrame>

#include <QGridLayout>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = Database::execOn(db, sql);
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

HomePage::HomePage(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("homePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->setSpacing(16);

    auto *title = new QLabel(store.schoolName(), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    outer->addWidget(title);
    auto *welcome = new QLabel(tr("Welcome, %1.").arg(session.displayName()), this);
    outer->addWidget(welcome);

    auto *cards = new QWidget(this);
    m_cards = new QGridLayout(cards);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(12);
    const QList<std::tuple<QString, QString, QString>> figures{
        {QStringLiteral("students"), tr("Students"), QStringLiteral("system-users")},
        {QStringLiteral("staff"), tr("Staff"), QStringLiteral("user-identity")},
        {QStringLiteral("classes"), tr("Classes"), QStringLiteral("view-list-details")},
        {QStringLiteral("rooms"), tr("Rooms"), QStringLiteral("go-home")},
        {QStringLiteral("multimedia"),
         tr("Classrooms with multimedia"),
         QStringLiteral("video-display")},
        {QStringLiteral("trained"),
         tr("Staff with ed-tech training"),
         QStringLiteral("applications-education")},
    };
    int i = 0;
    for (const auto &[key, text, icon] : figures) {
        m_cards->addWidget(card(key, text, icon), i / 3, i % 3);
        ++i;
    }
    outer->addWidget(cards);

    auto *lower = new QHBoxLayout;
    auto *activityBox = new QGroupBox(
        m_session.can(Permission::AuditView) ? tr("Recent activity") : tr("Your recent activity"),
        this);
    auto *activityLayout = new QVBoxLayout(activityBox);
    m_activity = new QListWidget(activityBox);
    m_activity->setObjectName(QStringLiteral("activity"));
    activityLayout->addWidget(m_activity);
    lower->addWidget(activityBox, 3);

    auto *side = new QVBoxLayout;
    auto *noticesBox = new QGroupBox(tr("District notices"), this);
    auto *noticesLayout = new QVBoxLayout(noticesBox);
    m_notices = new QLabel(tr("This school is not connected to a district platform yet. Notices "
                              "from the education bureau appear here after the first sync."),
                           noticesBox);
    m_notices->setWordWrap(true);
    noticesLayout->addWidget(m_notices);
    m_noticeList = new QListWidget(noticesBox);
    m_noticeList->setObjectName(QStringLiteral("notices"));
    m_noticeList->setWordWrap(true);
    m_noticeList->hide();
    noticesLayout->addWidget(m_noticeList);
    connect(m_noticeList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showNotice(m_noticeList->row(item));
    });
    side->addWidget(noticesBox);
    // Maintenance due and open repairs (it hides itself for a role that may not see them).
    m_maintenance = new MaintenanceDueWidget(store, session, this);
    connect(
        m_maintenance, &MaintenanceDueWidget::openRequested, this, &HomePage::maintenanceRequested);
    side->addWidget(m_maintenance);
    auto *syncBox = new QGroupBox(tr("Sync"), this);
    auto *syncLayout = new QVBoxLayout(syncBox);
    m_sync = new QLabel(syncBox);
    m_sync->setObjectName(QStringLiteral("syncState"));
    m_sync->setWordWrap(true);
    syncLayout->addWidget(m_sync);
    side->addWidget(syncBox);
    side->addStretch();
    lower->addLayout(side, 2);
    outer->addLayout(lower, 1);

    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, [this] {
        showFigures(m_watcher.result());
    });
    refresh();
}

QWidget *HomePage::card(const QString &key, const QString &title, const QString &icon)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("card_") + key);
    auto *layout = new QHBoxLayout(frame);
    auto *iconLabel = new QLabel(frame);
    iconLabel->setPixmap(QIcon::fromTheme(icon).pixmap(32, 32));
    layout->addWidget(iconLabel);
    auto *texts = new QVBoxLayout;
    auto *value = new QLabel(QStringLiteral("…"), frame);
    value->setObjectName(QStringLiteral("figure_") + key);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    texts->addWidget(value);
    texts->addWidget(new QLabel(title, frame));
    layout->addLayout(texts, 1);
    return frame;
}

QLabel *HomePage::figureLabel(const QString &key) const
{
    return findChild<QLabel *>(QStringLiteral("figure_") + key);
}

void HomePage::refresh()
{
    if (m_maintenance->isVisibleTo(this))
        m_maintenance->reload();
    if (m_watcher.isRunning())
        return;
    const bool allActivity = m_session.can(Permission::AuditView);
    const QString user = m_session.username();
    m_watcher.setFuture(AsyncReader::run<
                        Figures>(m_store.db(), [allActivity, user](const QSqlDatabase &db) {
        Figures f;
        f.students = scalar(db, QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0"));
        f.staff = scalar(
            db, QStringLiteral("SELECT count(*) FROM staff WHERE deleted = 0 AND active = 1"));
        f.classes = scalar(db, QStringLiteral("SELECT count(*) FROM classes WHERE deleted = 0"));
        f.rooms = scalar(db, QStringLiteral("SELECT count(*) FROM rooms WHERE deleted = 0"));
        f.classrooms = scalar(
            db,
            QStringLiteral("SELECT count(*) FROM rooms WHERE deleted = 0 AND type = 'classroom'"));
        f.multimediaClassrooms
            = scalar(db,
                     QStringLiteral("SELECT count(*) FROM rooms WHERE deleted = 0 AND type = "
                                    "'classroom' AND has_multimedia = 1"));
        f.trainedStaff = scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM staff WHERE deleted = 0 AND active = 1 AND et_trained = 1"));
        f.pendingChanges = Outbox::pendingCount(db);
        f.notices = DistrictData::notices(db, 8);
        QSqlQuery enrolled = Database::execOn(
            db, QStringLiteral("SELECT 1 FROM meta WHERE key = 'sync_device_id' AND value <> ''"));
        f.enrolled = enrolled.next();
        QSqlQuery q = Database::execOn(
            db,
            allActivity ? QStringLiteral(
                "SELECT at, username, action, detail FROM audit_log ORDER BY at DESC LIMIT 12")
                        : QStringLiteral("SELECT at, username, action, detail FROM audit_log WHERE "
                                         "username = ? ORDER BY at DESC LIMIT 12"),
            allActivity ? QVariantList{} : QVariantList{user});
        while (q.next()) {
            const QDateTime at
                = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
            f.activity << QStringLiteral("%1  %2  %3")
                              .arg(QLocale().toString(at, QLocale::ShortFormat),
                                   q.value(1).toString(),
                                   AuditLog::actionTitle(q.value(2).toString()));
        }
        return f;
    }));
}

void HomePage::waitForRefresh()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

void HomePage::showFigures(const Figures &f)
{
    const QLocale locale;
    figureLabel(QStringLiteral("students"))->setText(locale.toString(f.students));
    figureLabel(QStringLiteral("staff"))->setText(locale.toString(f.staff));
    figureLabel(QStringLiteral("classes"))->setText(locale.toString(f.classes));
    figureLabel(QStringLiteral("rooms"))->setText(locale.toString(f.rooms));
    auto percent = [&](int part, int whole) {
        return whole ? tr("%1% (%2 of %3)")
                           .arg(locale.toString(100.0 * part / whole, 'f', 0))
                           .arg(part)
                           .arg(whole)
                     : tr("none yet");
    };
    figureLabel(QStringLiteral("multimedia"))
        ->setText(percent(f.multimediaClassrooms, f.classrooms));
    figureLabel(QStringLiteral("trained"))->setText(percent(f.trainedStaff, f.staff));
    m_activity->clear();
    m_activity->addItems(f.activity);
    m_shownNotices = f.notices;
    m_noticeList->clear();
    for (const DistrictData::Notice &n : f.notices) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(
                n.title, locale.toString(n.publishedAt.toLocalTime().date(), QLocale::ShortFormat)),
            m_noticeList);
        item->setIcon(QIcon::fromTheme(n.attachments.isEmpty()
                                           ? QStringLiteral("mail-message")
                                           : QStringLiteral("mail-attachment")));
        item->setToolTip(n.title);
    }
    m_noticeList->setVisible(!f.notices.isEmpty());
    m_notices->setVisible(f.notices.isEmpty());
    if (f.enrolled)
        m_notices->setText(tr("No notices from the district yet."));
    if (m_sync->text().isEmpty())
        m_sync->setText(f.pendingChanges
                            ? tr("Working offline. %n change(s) wait to be sent to the district.",
                                 nullptr,
                                 f.pendingChanges)
                            : tr("Working offline. Nothing waits to be sent."));
    emit refreshed(f);
}

void HomePage::setSyncText(const QString &text)
{
    m_sync->setText(text);
}

void HomePage::showNotice(int row)
{
    if (row < 0 || row >= m_shownNotices.size())
        return;
    const QString dataDir = m_store.dataDir();
    const QString server = m_store.meta(QStringLiteral("sync_server"));
    const QByteArray credential = DistrictAuth::deviceCredential(dataDir); // keychain: GUI thread
    NoticeDialog dialog(
        m_shownNotices.at(row),
        [dataDir, server, credential](const DistrictData::Attachment &a) {
            return StoreBlobs::fetch(dataDir, server, credential, a.sha256);
        },
        this);
    dialog.exec();
}

} // namespace SchoolSuite
