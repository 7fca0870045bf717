#include "boardlistdialog.h"

#include "core/error.h"
#include "whiteboard/store/boardlibrary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BoardListDialog::BoardListDialog(BoardLibrary &library, const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_currentId(currentId)
{
    setWindowTitle(tr("Boards"));
    resize(820, 520);
    m_boards = new QTreeWidget(this);
    m_boards->setObjectName(QStringLiteral("boards"));
    m_boards->setRootIsDecorated(false);
    m_boards->setHeaderLabels(
        {tr("Title"), tr("Pages"), tr("Saved"), tr("Saved on"), tr("Owner"), tr("State")});
    m_boards->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_versionsLabel = new QLabel(
        tr("Versions saved on other computers that the board does not include (both computers "
           "changed it before they synchronised). Open one as a copy to take what you need."),
        this);
    m_versionsLabel->setWordWrap(true);
    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("otherVersions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Saved"), tr("By"), tr("Saved on"), tr("Pages")});
    m_versions->setMaximumHeight(140);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    m_copy = buttons->addButton(tr("Open a copy"), QDialogButtonBox::ActionRole);
    m_rename = buttons->addButton(tr("Rename…"), QDialogButtonBox::ActionRole);
    m_share = buttons->addButton(tr("Share with colleagues"), QDialogButtonBox::ActionRole);
    m_share->setCheckable(true);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    QPushButton *import = buttons->addButton(tr("Import a file…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_openVersion = new QPushButton(tr("Open this version as a copy"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_copy->setObjectName(QStringLiteral("openCopy"));
    m_share->setObjectName(QStringLiteral("share"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_openVersion->setObjectName(QStringLiteral("openVersion"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_boards, 1);
    layout->addWidget(m_versionsLabel);
    layout->addWidget(m_versions);
    layout->addWidget(m_openVersion, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &BoardListDialog::openSelected);
    connect(m_boards, &QTreeWidget::itemActivated, this, &BoardListDialog::openSelected);
    connect(m_openVersion, &QPushButton::clicked, this, &BoardListDialog::openVersionCopy);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const BoardEntry b = m_library.board(selectedId());
        guarded([&] {
            m_path = m_library.copyOf(b.id, b.sha256, tr("Copy of %1").arg(b.title));
            accept();
        });
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const BoardEntry b = m_library.board(selectedId());
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("Rename the board"), tr("Title:"), QLineEdit::Normal, b.title, &ok);
        if (ok)
            guarded([&] {
                m_library.rename(b.id, title);
                reload(b.id);
            });
    });
    connect(m_share, &QPushButton::clicked, this, [this](bool on) {
        const QString id = selectedId();
        guarded([&] { m_library.setShared(id, on); });
        reload(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const BoardEntry b = m_library.board(selectedId());
        if (QMessageBox::question(
                this,
                tr("Delete the board"),
                tr("Delete “%1” on every computer? This cannot be undone.").arg(b.title))
            != QMessageBox::Yes)
            return;
        guarded([&] {
            m_library.remove(b.id);
            reload();
        });
    });
    connect(import, &QPushButton::clicked, this, [this] {
        m_import = true;
        accept();
    });
    connect(m_boards, &QTreeWidget::currentItemChanged, this, &BoardListDialog::updateButtons);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &BoardListDialog::updateButtons);
    reload(currentId);
}

void BoardListDialog::guarded(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Boards"), e.message());
    }
}

QString BoardListDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_boards->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void BoardListDialog::reload(const QString &select)
{
    m_boards->clear();
    const QList<BoardEntry> boards = m_library.boards();
    for (const BoardEntry &b : boards) {
        QStringList state;
        if (b.id == m_currentId)
            state << tr("on the board now");
        if (b.shared)
            state << (b.mine ? tr("shared") : tr("shared by %1").arg(b.ownerName));
        if (!b.available)
            state << tr("not on this computer yet");
        if (b.otherVersions > 0)
            state << tr("%n other version(s)", nullptr, b.otherVersions);
        auto *item = new QTreeWidgetItem(m_boards,
                                         {b.title,
                                          QLocale().toString(b.pages),
                                          when(b.savedAt),
                                          b.device,
                                          b.ownerName,
                                          state.join(tr(", "))});
        item->setData(0, Qt::UserRole, b.id);
        if (b.id == select)
            m_boards->setCurrentItem(item);
    }
    if (!m_boards->currentItem() && m_boards->topLevelItemCount() > 0)
        m_boards->setCurrentItem(m_boards->topLevelItem(0));
    for (int c = 1; c < m_boards->columnCount() - 1; ++c)
        m_boards->resizeColumnToContents(c);
    updateButtons();
}

void BoardListDialog::updateButtons()
{
    const BoardEntry b = m_library.board(selectedId());
    const bool any = !b.id.isEmpty();
    m_open->setEnabled(any);
    m_copy->setEnabled(any && b.available);
    m_rename->setEnabled(any && b.mine);
    m_share->setEnabled(any && b.mine);
    m_share->setChecked(any && b.shared);
    m_delete->setEnabled(any && b.mine && b.id != m_currentId);
    // A colleague's board opens as a copy of one's own.
    m_open->setText(any && !b.mine ? tr("Open a copy") : tr("Open"));
    m_copy->setVisible(!any || b.mine);

    const QTreeWidgetItem *previous = m_versions->currentItem();
    const QString keep = previous ? previous->data(0, Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    const QList<BoardVersion> others
        = any && b.mine ? m_library.otherVersions(b.id) : QList<BoardVersion>();
    for (const BoardVersion &v : others) {
        auto *item = new QTreeWidgetItem(
            m_versions, {when(v.savedAt), v.savedByName, v.device, QLocale().toString(v.pages)});
        item->setData(0, Qt::UserRole, v.sha256);
        if (v.sha256 == keep || !m_versions->currentItem())
            m_versions->setCurrentItem(item);
    }
    m_versionsLabel->setVisible(!others.isEmpty());
    m_versions->setVisible(!others.isEmpty());
    m_openVersion->setVisible(!others.isEmpty());
    m_openVersion->setEnabled(m_versions->currentItem() != nullptr);
}

void BoardListDialog::openSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    guarded([&] {
        const BoardCheckout checkout = m_library.checkout(id);
        m_path = checkout.path;
        m_notice = checkout.notice;
        accept();
    });
}

void BoardListDialog::openVersionCopy()
{
    const BoardEntry b = m_library.board(selectedId());
    const QTreeWidgetItem *item = m_versions->currentItem();
    if (b.id.isEmpty() || !item)
        return;
    guarded([&] {
        m_path = m_library.copyOf(b.id,
                                  item->data(0, Qt::UserRole).toString(),
                                  tr("%1 (version from %2)").arg(b.title, item->text(2)));
        accept();
    });
}

} // namespace SchoolSuite
