#include "registertab.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/io/tabularwriter.h"
#include "core/people/ui/recorddialog.h"
#include "core/search/searchindex.h"
#include "core/ui/detailpane.h"
#include "core/ui/importwizard.h"
#include "core/ui/listfilterproxy.h"
#include "equipment/register/equipmentfields.h"
#include "equipment/register/equipmentimport.h"
#include "equipment/register/equipmentitemsmodel.h"
#include "equipment/register/equipmentservice.h"
#include "itemdialog.h"
#include "registercategoriesdialog.h"
#include "registermovementdialog.h"
#include "registerscandialog.h"
#include "sync/blobclient.h"
#include "sync/storeblobs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
const QStringList kMovements{QStringLiteral("move"),
                             QStringLiteral("assign"),
                             QStringLiteral("lend"),
                             QStringLiteral("return"),
                             QStringLiteral("repair"),
                             QStringLiteral("repaired"),
                             QStringLiteral("lost"),
                             QStringLiteral("found")};
}

RegisterTab::RegisterTab(LocalStore &store, const Session &session, QWidget *parent)
    : ListPage(QStringLiteral("equipment/register"), new EquipmentItemsModel(session), parent)
    , m_store(store)
    , m_session(session)
    , m_service(new EquipmentService(session))
    , m_model(static_cast<EquipmentItemsModel *>(model()))
    , m_detail(new DetailPane)
{
    m_model->setParent(this);
    setFilterRole(EquipmentItemsModel::FilterRole);
    setSortRole(EquipmentItemsModel::SortRole);
    setIdRole(EquipmentItemsModel::IdRole);
    filterEdit()->setPlaceholderText(tr("Tag, name, pinyin, room… (Ctrl+F)"));

    addAction(QStringLiteral("add"), QStringLiteral("list-add"), tr("Register…"))
        ->setToolTip(tr("Register a new item"));
    addAction(QStringLiteral("edit"), QStringLiteral("document-edit"), tr("Edit…"));
    toolBar()->addSeparator();
    addAction(QStringLiteral("move"), QStringLiteral("go-jump"), tr("Move…"));
    addAction(QStringLiteral("assign"), QStringLiteral("user-identity"), tr("Assign…"));
    addAction(QStringLiteral("lend"), QStringLiteral("go-next"), tr("Lend…"));
    addAction(QStringLiteral("return"), QStringLiteral("go-previous"), tr("Take back…"));
    // The rarer movements in a menu, so the toolbar fits a 1366-pixel screen.
    auto *more = new QToolButton(this);
    more->setText(tr("Status"));
    more->setIcon(QIcon::fromTheme(QStringLiteral("view-more-symbolic")));
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(more);
    for (const QString &kind : {QStringLiteral("repair"),
                                QStringLiteral("repaired"),
                                QStringLiteral("lost"),
                                QStringLiteral("found")}) {
        QAction *a
            = statusMenu->addAction(RegisterMovementDialog::title(kind) + QStringLiteral("…"));
        a->setObjectName(kind);
        m_actions.insert(kind, a);
    }
    more->setMenu(statusMenu);
    toolBar()->addWidget(more);
    toolBar()->addSeparator();
    addAction(QStringLiteral("scan"), QStringLiteral("scanner"), tr("Scan tags…"))
        ->setToolTip(tr("Scan many tags and apply one action to all of them"));
    auto *tools = new QToolButton(this);
    tools->setText(tr("More"));
    tools->setIcon(QIcon::fromTheme(QStringLiteral("application-menu")));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setPopupMode(QToolButton::InstantPopup);
    auto *toolsMenu = new QMenu(tools);
    const auto menuAction = [&](const QString &name, const QString &icon, const QString &text) {
        QAction *a = toolsMenu->addAction(QIcon::fromTheme(icon), text);
        a->setObjectName(name);
        m_actions.insert(name, a);
        return a;
    };
    menuAction(QStringLiteral("categories"), QStringLiteral("view-list-tree"), tr("Categories…"));
    menuAction(QStringLiteral("import"), QStringLiteral("document-import"), tr("Import…"));
    menuAction(QStringLiteral("export"), QStringLiteral("document-export"), tr("Export…"));
    tools->setMenu(toolsMenu);
    toolBar()->addWidget(tools);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("All but scrapped"), QStringLiteral("!scrapped"));
    for (AssetStatus s : AssetKeys::statuses())
        m_statusFilter->addItem(AssetKeys::statusTitle(s), AssetKeys::status(s));
    toolBar()->addWidget(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString wanted = m_statusFilter->currentData().toString();
        if (wanted.isEmpty()) {
            proxy()->setRowFilter({});
            return;
        }
        proxy()->setRowFilter([this, wanted](int row) {
            const QString status = m_model->item(row).status;
            return wanted.startsWith(QLatin1Char('!')) ? status != wanted.mid(1) : status == wanted;
        });
    });

    for (const QString &kind : kMovements)
        connect(
            m_actions.value(kind), &QAction::triggered, this, [this, kind] { moveCurrent(kind); });
    connect(
        m_actions.value(QStringLiteral("add")), &QAction::triggered, this, &RegisterTab::addItem);
    connect(m_actions.value(QStringLiteral("edit")),
            &QAction::triggered,
            this,
            &RegisterTab::editCurrent);
    connect(
        m_actions.value(QStringLiteral("scan")), &QAction::triggered, this, &RegisterTab::openScan);
    connect(m_actions.value(QStringLiteral("categories")),
            &QAction::triggered,
            this,
            &RegisterTab::openCategories);
    connect(m_actions.value(QStringLiteral("import")),
            &QAction::triggered,
            this,
            &RegisterTab::openImportWizard);
    connect(m_actions.value(QStringLiteral("export")),
            &QAction::triggered,
            this,
            &RegisterTab::exportInteractively);
    connect(this, &ListPage::activated, this, [this] {
        if (m_actions.value(QStringLiteral("edit"))->isEnabled())
            editCurrent();
    });
    connect(this, &ListPage::currentChanged, this, &RegisterTab::updateActions);

    // The detail pane: fields, then the history and the photos.
    auto *holder = new QWidget(this);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_detail->setParent(holder);
    layout->addWidget(m_detail);
    auto *historyLabel = new QLabel(tr("History"), holder);
    historyLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(historyLabel);
    m_history = new QListWidget(holder);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_history->setMinimumHeight(100);
    m_history->setMaximumHeight(180);
    layout->addWidget(m_history);
    auto *photoLabel = new QLabel(tr("Photos"), holder);
    photoLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(photoLabel);
    m_photos = new QListWidget(holder);
    m_photos->setObjectName(QStringLiteral("photos"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(96, 96));
    m_photos->setFixedHeight(118);
    m_photos->setFlow(QListView::LeftToRight);
    layout->addWidget(m_photos);
    auto *photoButtons = new QHBoxLayout;
    m_addPhoto = new QPushButton(
        QIcon::fromTheme(QStringLiteral("insert-image")), tr("Add photo…"), holder);
    m_removePhoto = new QPushButton(tr("Remove photo"), holder);
    photoButtons->addWidget(m_addPhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch();
    layout->addLayout(photoButtons);
    connect(m_addPhoto, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this,
            tr("Add photo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.jpg *.jpeg *.png *.webp *.bmp)"));
        if (!path.isEmpty())
            addPhotoFromFile(path);
    });
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_photos->currentItem();
        if (!item)
            return;
        try {
            m_service->removePhoto(item->data(Qt::UserRole).toString());
            refreshDetail();
        } catch (const Error &e) {
            showWarning(this, tr("Remove photo"), e.message());
        }
    });

    setDetail(holder, [this](const QModelIndex &index) { updateDetail(index); });
    sortBy(EquipmentItemsModel::Tag);
    updateActions();
}

RegisterTab::~RegisterTab()
{
    delete m_service;
}

QAction *RegisterTab::addAction(const QString &name, const QString &icon, const QString &text)
{
    QAction *a = toolBar()->addAction(QIcon::fromTheme(icon), text);
    a->setObjectName(name);
    m_actions.insert(name, a);
    return a;
}

void RegisterTab::reload()
{
    m_model->reload();
    updateActions();
}

bool RegisterTab::openRecord(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    return selectSourceRow(row);
}

QString RegisterTab::currentId() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? m_model->idAt(index.row()) : QString();
}

void RegisterTab::updateActions()
{
    const bool may = m_session.can(Permission::EquipmentEdit);
    const QModelIndex index = currentSourceIndex();
    const QString status = index.isValid() ? m_model->item(index.row()).status : QString();
    const bool selected = index.isValid();
    const bool usable
        = selected && status != QLatin1String("scrapped") && status != QLatin1String("lost");
    const auto set = [this](const char *name, bool on) {
        m_actions.value(QLatin1String(name))->setEnabled(on);
    };
    set("add", may);
    set("edit", may && selected);
    set("move", may && usable);
    set("assign", may && usable);
    set("lend", may && (status == QLatin1String("in_use") || status == QLatin1String("in_stock")));
    set("return", may && status == QLatin1String("lent"));
    set("repair", may && usable && status != QLatin1String("repair"));
    set("repaired", may && status == QLatin1String("repair"));
    set("lost", may && usable);
    set("found", may && status == QLatin1String("lost"));
    set("scan", may);
    set("categories", m_session.can(Permission::EquipmentView));
    set("import", may);
    set("export", m_session.can(Permission::EquipmentView));
    m_addPhoto->setEnabled(may && selected);
    m_removePhoto->setEnabled(may && selected);
}

void RegisterTab::updateDetail(const QModelIndex &index)
{
    m_history->clear();
    m_photos->clear();
    if (!index.isValid()) {
        m_detail->showPlaceholder(m_model->lastError().isEmpty()
                                      ? tr("Select an item to see its details and history.")
                                      : m_model->lastError());
        return;
    }
    const EquipmentItemsModel::Item &row = m_model->item(index.row());
    Asset a;
    try {
        a = m_service->asset(row.id);
    } catch (const Error &e) {
        m_detail->showPlaceholder(e.message());
        return;
    }
    EquipmentLookup names(m_session.database());
    const auto t = [](const char *key) { return EquipmentFields::title(QLatin1String(key)); };
    m_detail->setHeading(a.name, a.tag);
    QList<DetailPane::Row> rows{
        {QStringLiteral("category"), t("category"), names.categoryPath(a.categoryId)},
        {QStringLiteral("model"), t("model"), names.modelName(a.modelId)},
        {QStringLiteral("serial"), t("serial"), a.serial},
        {QStringLiteral("status"), t("status"), AssetKeys::statusTitle(a.status)},
        {QStringLiteral("room"), t("room"), names.roomName(a.roomId)},
        {QStringLiteral("custodian"), t("custodian"), names.staffName(a.custodianId)},
        {QStringLiteral("use"), t("use"), AssetKeys::useTitle(a.use)},
        {QStringLiteral("purchase_date"),
         t("purchase_date"),
         a.purchaseDate.isValid() ? a.purchaseDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("price"),
         t("price"),
         a.priceFen >= 0 ? tr("¥%1").arg(AssetKeys::yuan(a.priceFen)) : QString()},
        {QStringLiteral("funding_source"), t("funding_source"), a.fundingSource},
        {QStringLiteral("supplier"), t("supplier"), a.supplier},
        {QStringLiteral("warranty_end"),
         t("warranty_end"),
         a.warrantyEnd.isValid() ? a.warrantyEnd.toString(Qt::ISODate) : QString()}};
    const int life = m_service->serviceLifeYears(a.categoryId);
    if (life > 0 && a.purchaseDate.isValid()) {
        const QDate end = a.purchaseDate.addYears(life);
        rows << DetailPane::Row{
            QStringLiteral("service_life"),
            tr("Service life"),
            end < QDate::currentDate()
                ? tr("%n year(s), ended %1", nullptr, life).arg(end.toString(Qt::ISODate))
                : tr("%n year(s), until %1", nullptr, life).arg(end.toString(Qt::ISODate))};
    }
    // The category's custom fields, by their titles.
    QHash<QString, QString> titles;
    QString at = a.categoryId;
    for (int depth = 0; !at.isEmpty() && depth < 16; ++depth) {
        const AssetCategory c = m_service->category(at);
        for (const QJsonValue &f : c.customFields)
            titles.insert(f.toObject().value(QStringLiteral("key")).toString(),
                          f.toObject().value(QStringLiteral("title")).toString());
        at = c.parentId;
    }
    for (auto it = a.custom.begin(); it != a.custom.end(); ++it) {
        const QJsonValue v = it.value();
        rows << DetailPane::Row{QStringLiteral("custom_") + it.key(),
                                titles.value(it.key(), it.key()),
                                v.isBool()     ? (v.toBool() ? tr("Yes") : tr("No"))
                                : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                               : v.toString()};
    }
    rows << DetailPane::Row{QStringLiteral("note"), t("note"), a.note};
    m_detail->setRows(rows);

    const QList<AssetMovement> history = m_service->history(a.id);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const AssetMovement &m = *it;
        QStringList parts;
        const QDateTime when = QDateTime::fromString(m.at, Qt::ISODateWithMs).toLocalTime();
        parts << when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << AssetKeys::movementTitle(m.kind);
        if (m.kind == QLatin1String("move") || m.kind == QLatin1String("found"))
            parts << names.roomName(m.roomId);
        else if (m.kind == QLatin1String("assign"))
            parts << (m.custodianId.isEmpty() ? tr("nobody") : names.staffName(m.custodianId));
        else if (m.kind == QLatin1String("lend"))
            parts << tr("to %1, due %2").arg(m.borrower, m.dueOn.toString(Qt::ISODate));
        else if (m.kind == QLatin1String("status"))
            parts << AssetKeys::statusTitle(AssetKeys::statusFromKey(m.status));
        QString line = parts.join(QStringLiteral("  "));
        if (!m.note.isEmpty())
            line += QStringLiteral(" — ") + m.note;
        if (!m.actor.isEmpty())
            line += QStringLiteral("  (%1)").arg(m.actor);
        m_history->addItem(line);
    }
    const QString cache = StoreBlobs::cacheDir(m_store.dataDir());
    for (const AssetPhoto &p : m_service->photos(a.id)) {
        auto *item = new QListWidgetItem(m_photos);
        const QString path = BlobClient::cachedPath(cache, p.sha256);
        if (QFileInfo::exists(path))
            item->setIcon(
                QIcon(QPixmap(path).scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        else
            item->setIcon(QIcon::fromTheme(QStringLiteral("image-missing")));
        item->setText(p.caption);
        item->setToolTip(QFileInfo::exists(path)
                             ? p.caption
                             : tr("Not on this computer yet; it arrives with the next sync."));
        item->setData(Qt::UserRole, p.id);
    }
}

void RegisterTab::afterWrite()
{
    m_store.search().update();
    reload();
    emit edited();
}

QDialog *RegisterTab::addItem()
{
    if (!m_actions.value(QStringLiteral("add"))->isEnabled())
        return nullptr;
    auto *dialog = new ItemDialog(*m_service, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedId();
        afterWrite();
        openRecord(id);
    });
    dialog->open();
    return dialog;
}

QDialog *RegisterTab::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_actions.value(QStringLiteral("edit"))->isEnabled())
        return nullptr;
    auto *dialog = new ItemDialog(*m_service, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RegisterTab::afterWrite);
    dialog->open();
    return dialog;
}

QDialog *RegisterTab::moveCurrent(const QString &kind)
{
    const QString id = currentId();
    QAction *a = m_actions.value(kind);
    if (id.isEmpty() || !a || !a->isEnabled())
        return nullptr;
    auto *dialog = new RegisterMovementDialog(*m_service, id, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RegisterTab::afterWrite);
    dialog->open();
    return dialog;
}

QDialog *RegisterTab::openScan()
{
    if (!m_actions.value(QStringLiteral("scan"))->isEnabled())
        return nullptr;
    auto *dialog = new RegisterScanDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterScanDialog::applied, this, &RegisterTab::afterWrite);
    dialog->open();
    return dialog;
}

QDialog *RegisterTab::openCategories()
{
    auto *dialog = new RegisterCategoriesDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterCategoriesDialog::changed, this, &RegisterTab::reload);
    dialog->open();
    return dialog;
}

ImportWizard *RegisterTab::openImportWizard()
{
    if (!m_actions.value(QStringLiteral("import"))->isEnabled())
        return nullptr;
    QList<ImportWizard::Field> fields;
    for (const EquipmentField &f : EquipmentFields::fields())
        fields << ImportWizard::Field{f.key, EquipmentFields::title(f.key), f.required};
    const Session &session = m_session;
    auto runner = [&session](const Table &table, const QStringList &mapping, bool dryRun) {
        const ImportReport r = EquipmentImport(session).run(table, mapping, dryRun);
        ImportWizard::Report out{r.added, r.updated, r.unchanged, {}};
        for (const ImportIssue &issue : r.errors)
            out.issues << ImportWizard::Issue{issue.row, issue.field, issue.message};
        return out;
    };
    auto *wizard = new ImportWizard(tr("Import equipment"), fields, runner, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setAutoMapper(
        [](const QStringList &header) { return EquipmentImport::autoMapping(header); });
    connect(wizard, &ImportWizard::imported, this, &RegisterTab::afterWrite);
    wizard->open();
    return wizard;
}

void RegisterTab::exportInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export equipment"),
        QDir(dir).filePath(tr("equipment") + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(path).suffix().isEmpty())
        target += selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                            : QStringLiteral(".xlsx");
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Table table = EquipmentImport(m_session).exportTable();
        TabularWriter::write(target, table, tr("Equipment"));
        QApplication::restoreOverrideCursor();
        QMessageBox::information(this,
                                 tr("Export equipment"),
                                 tr("%n item(s) written to %1.", nullptr, table.rowCount())
                                     .arg(QDir::toNativeSeparators(target)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        showWarning(this, tr("Export equipment"), e.message());
    }
}

bool RegisterTab::addPhotoFromFile(const QString &path)
{
    const QString id = currentId();
    if (id.isEmpty() || !m_addPhoto->isEnabled())
        return false;
    try {
        const QString sha = BlobClient::sha256Of(path);
        // Kept in the blob cache under its checksum; the sync sends it to the district.
        const QString cached = BlobClient::cachedPath(StoreBlobs::cacheDir(m_store.dataDir()), sha);
        if (!QFileInfo::exists(cached)) {
            QDir().mkpath(QFileInfo(cached).absolutePath());
            if (!QFile::copy(path, cached))
                throw Error(
                    tr("The photo cannot be copied to %1.").arg(QDir::toNativeSeparators(cached)));
        }
        const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
        m_service->addPhoto(id, sha, mime, QFileInfo(path).completeBaseName());
    } catch (const Error &e) {
        showWarning(this, tr("Add photo"), e.message());
        return false;
    }
    refreshDetail();
    emit edited();
    return true;
}

} // namespace SchoolSuite
