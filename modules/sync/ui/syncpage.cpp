#include "syncpage.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "sync/conflictsmodel.h"
#include "sync/syncclient.h"
#include "sync/synccontroller.h"
#include "sync/synchistorymodel.h"
#include "sync/syncmeta.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString metaValue(Database &db, const QString &key)
{
    return db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

} // namespace

SyncPage::SyncPage(SyncController &controller,
                   Database &db,
                   const Session &session,
                   QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_db(db)
    , m_session(session)
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncPageState"));
    QFont f = m_state->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_state->setFont(f);
    texts->addWidget(m_state);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("syncPageDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_detail);
    top->addLayout(texts, 1);
    m_syncNow
        = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setMinimumHeight(36);
    connect(m_syncNow, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    top->addWidget(m_syncNow, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_heldBox = new QWidget(this);
    m_heldBox->setObjectName(QStringLiteral("heldBox"));
    auto *heldLayout = new QHBoxLayout(m_heldBox);
    heldLayout->setContentsMargins(8, 8, 8, 8);
    m_heldBox->setStyleSheet(QStringLiteral("#heldBox { background: #fff4e5; border: 1px solid "
                                            "#f0b849; border-radius: 4px; }"));
    m_heldText = new QLabel(m_heldBox);
    m_heldText->setWordWrap(true);
    heldLayout->addWidget(m_heldText, 1);
    m_confirm = new QPushButton(tr("Confirm the deletions"), m_heldBox);
    m_confirm->setObjectName(QStringLiteral("confirmDeletes"));
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this,
                                  tr("Confirm the deletions"),
                                  tr("The records will be deleted on this computer as the "
                                     "district platform asks. Continue?"))
            == QMessageBox::Yes)
            m_controller.confirmDeletes();
    });
    heldLayout->addWidget(m_confirm);
    layout->addWidget(m_heldBox);

    m_tabs = new QTabWidget(this);
    auto *conflictsTab = new QWidget(m_tabs);
    auto *conflictsLayout = new QVBoxLayout(conflictsTab);
    auto *explain = new QLabel(tr("When two computers changed the same field before they synced, "
                                  "the later change is kept and the other is listed here. "
                                  "Restore it if it was the right one."),
                               conflictsTab);
    explain->setWordWrap(true);
    conflictsLayout->addWidget(explain);
    m_conflicts = new ConflictsModel(m_db, this);
    m_conflictsView = makeView(m_conflicts, QStringLiteral("conflicts"), conflictsTab);
    conflictsLayout->addWidget(m_conflictsView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_keep = new QPushButton(tr("Keep the current value"), conflictsTab);
    m_keep->setObjectName(QStringLiteral("keepConflict"));
    m_restore = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Restore the other value"), conflictsTab);
    m_restore->setObjectName(QStringLiteral("restoreConflict"));
    buttons->addWidget(m_keep);
    buttons->addWidget(m_restore);
    conflictsLayout->addLayout(buttons);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreRow(currentConflictRow()); });
    connect(m_keep, &QPushButton::clicked, this, [this] { keepRow(currentConflictRow()); });
    connect(m_conflictsView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SyncPage::updateButtons);
    m_tabs->addTab(conflictsTab, tr("Conflicts"));

    m_history = new SyncHistoryModel(m_db, this);
    m_historyView = makeView(m_history, QStringLiteral("history"), m_tabs);
    m_tabs->addTab(m_historyView, tr("History"));

    m_problemsView = makeView(new QStandardItemModel(this), QStringLiteral("problems"), m_tabs);
    m_tabs->addTab(m_problemsView, tr("Not applied"));
    layout->addWidget(m_tabs, 1);

    connect(&m_controller, &SyncController::stateChanged, this, &SyncPage::updateState);
    connect(&m_controller, &SyncController::pendingChangesChanged, this, &SyncPage::updateState);
    connect(&m_controller, &SyncController::finished, this, &SyncPage::reload);
    reload();
}

QString SyncPage::statusLine(const SyncController &c)
{
    const int pending = c.pendingChanges();
    const QDateTime last = c.lastSync();
    const QString lastText
        = last.isValid() ? QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat)
                         : QString();
    switch (c.state()) {
    case SyncController::State::NotEnrolled:
        return tr("Offline · no district platform set · %n change(s) pending", nullptr, pending);
    case SyncController::State::Offline:
        return last.isValid()
                   ? tr("Offline · %n change(s) pending · last sync %1", nullptr, pending)
                         .arg(lastText)
                   : tr("Offline · %n change(s) pending", nullptr, pending);
    case SyncController::State::Syncing:
        return tr("Syncing… · %n change(s) pending", nullptr, pending);
    case SyncController::State::Idle:
        return pending ? tr("Synced at %1 · %n change(s) pending", nullptr, pending).arg(lastText)
                       : tr("Up to date · synced at %1").arg(lastText);
    case SyncController::State::Held:
        return tr("Sync waits for an administrator · %n change(s) pending", nullptr, pending);
    case SyncController::State::Error:
        return tr("Sync error · %n change(s) pending", nullptr, pending);
    }
    return {};
}

void SyncPage::reload()
{
    m_conflicts->reload();
    m_history->reload();
    showProblems();
    m_tabs->setTabText(0,
                       m_conflicts->rowCount() ? tr("Conflicts (%1)").arg(m_conflicts->rowCount())
                                               : tr("Conflicts"));
    m_conflictsView->resizeColumnsToContents();
    m_historyView->resizeColumnsToContents();
    updateState();
    updateButtons();
}

void SyncPage::updateState()
{
    const QLocale locale;
    const int pending = m_controller.pendingChanges();
    const QString pendingText = pending ? tr("%n change(s) wait to be sent.", nullptr, pending)
                                        : tr("Nothing waits to be sent.");
    const QDateTime last = m_controller.lastSync();
    const QString lastText
        = last.isValid()
              ? tr("Last sync: %1.").arg(locale.toString(last.toLocalTime(), QLocale::ShortFormat))
              : tr("Not synced yet.");
    // One sentence per line: joined with spaces they would read badly in Chinese.
    QString state;
    QStringList detail;
    switch (m_controller.state()) {
    case SyncController::State::NotEnrolled:
        state = tr("This computer is not enrolled with a district platform");
        detail << tr("Changes are kept on this computer. An administrator can enroll it in "
                     "Settings › District.")
               << pendingText;
        break;
    case SyncController::State::Offline:
        state = tr("Offline");
        detail << m_controller.lastMessage() << pendingText << lastText;
        break;
    case SyncController::State::Idle:
        state = pending ? tr("Synced; new changes go with the next sync")
                        : tr("Up to date with the district");
        detail << lastText << pendingText;
        break;
    case SyncController::State::Syncing:
        state = tr("Syncing…");
        detail << pendingText;
        break;
    case SyncController::State::Held:
        state = tr("Sync waits for an administrator");
        detail << m_controller.lastMessage() << pendingText;
        break;
    case SyncController::State::Error:
        state = tr("Sync failed");
        detail << m_controller.lastMessage() << pendingText;
        break;
    }
    detail.removeAll(QString());
    m_detail->setText(detail.join(QLatin1Char('\n')));
    m_state->setText(state);
    m_syncNow->setEnabled(m_controller.isEnrolled()
                          && m_controller.state() != SyncController::State::Syncing);

    // A pulled page the bulk-delete guard holds waits here; a held push waits on the server.
    const QJsonObject pull
        = QJsonDocument::fromJson(metaValue(m_db, SyncMeta::heldPull()).toUtf8()).object();
    const QString pushHeld = metaValue(m_db, SyncMeta::heldPush());
    if (!pull.isEmpty()) {
        m_heldText->setText(
            tr("The district platform would delete %1 of the %2 records of \"%3\" on this "
               "computer. Deletions on this scale need an administrator's confirmation.")
                .arg(pull.value(QStringLiteral("deletes")).toInt())
                .arg(pull.value(QStringLiteral("rows")).toInt())
                .arg(pull.value(QStringLiteral("table")).toString()));
        m_confirm->setVisible(m_session.role() == Role::Administrator);
        m_heldBox->show();
    } else if (!pushHeld.isEmpty()) {
        m_heldText->setText(tr("Changes from this computer would delete many records at once. "
                               "The district platform keeps them until the district "
                               "administrator confirms them (batch %1); other changes still "
                               "arrive.")
                                .arg(pushHeld));
        m_confirm->hide();
        m_heldBox->show();
    } else {
        m_heldBox->hide();
    }
}

int SyncPage::currentConflictRow() const
{
    const QModelIndex index = m_conflictsView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void SyncPage::updateButtons()
{
    const bool has = currentConflictRow() >= 0;
    m_restore->setEnabled(has);
    m_keep->setEnabled(has);
}

bool SyncPage::restoreRow(int row)
{
    if (row < 0 || row >= m_conflicts->rowCount())
        return false;
    try {
        Conflicts(m_db).restore(m_conflicts->itemAt(row).id, m_session);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Restore"), e.message());
        return false;
    }
    reload();
    m_controller.refresh();
    return true;
}

bool SyncPage::keepRow(int row)
{
    if (row < 0 || row >= m_conflicts->rowCount())
        return false;
    try {
        Conflicts(m_db).keep(m_conflicts->itemAt(row).id, m_session);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Keep"), e.message());
        return false;
    }
    reload();
    m_controller.refresh();
    return true;
}

void SyncPage::showProblems()
{
    auto *model = static_cast<QStandardItemModel *>(m_problemsView->model());
    model->clear();
    model->setHorizontalHeaderLabels({tr("When"), tr("Table"), tr("Record"), tr("Problem")});
    const QList<SyncProblem> problems = Conflicts(m_db).problems();
    for (const SyncProblem &p : problems) {
        const QDateTime at = QDateTime::fromString(p.detectedAt, Qt::ISODateWithMs);
        model->appendRow(
            {new QStandardItem(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
             new QStandardItem(p.table),
             new QStandardItem(p.rowId),
             new QStandardItem(p.message)});
    }
    m_tabs->setTabText(
        2, problems.isEmpty() ? tr("Not applied") : tr("Not applied (%1)").arg(problems.size()));
    m_problemsView->resizeColumnsToContents();
}

} // namespace SchoolSuite
