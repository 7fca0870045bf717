#include "librarypage.h"

#include "catalogtab.h"
#include "circulationdesk.h"
#include "isbnlookupdialog.h"
#include "labelstab.h"
#include "marcexportdialog.h"
#include "marcimportdialog.h"
#include "reportstab.h"
#include "stocktaketab.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/searchindex.h"

#include <QAction>
#include <QToolBar>

namespace SchoolSuite {

LibraryPage::LibraryPage(LocalStore &store, const Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("libraryPage"));
    setDocumentMode(true);
    m_catalog = new CatalogTab(session, this);
    addTab(m_catalog, QIcon::fromTheme(QStringLiteral("bookmarks")), tr("Catalog"));
    connect(m_catalog, &CatalogTab::edited, this, [this] { catalogChanged(m_catalog); });

    if (session.can(Permission::LibraryCirculate)) {
        m_desk = new CirculationDesk(session, this);
        m_desk->setObjectName(QStringLiteral("circulationDesk"));
        addPageTab(m_desk, QStringLiteral("go-next"), tr("Circulation desk"));
        // Loans and returns change what the catalog shows as available.
        connect(m_desk, &CirculationDesk::scanProcessed, this, [this](bool ok) {
            if (ok)
                m_stale.insert(m_catalog);
        });
    }
    if (session.can(Permission::LibraryEdit)) {
        m_stocktake = new Library::StocktakeTab(session, this);
        m_stocktake->setObjectName(QStringLiteral("libraryStocktake"));
        addPageTab(m_stocktake, QStringLiteral("view-list-details"), tr("Stocktake"));
    }
    m_reports = new Library::ReportsTab(session, this);
    m_reports->setObjectName(QStringLiteral("libraryReports"));
    addPageTab(m_reports, QStringLiteral("office-chart-bar"), tr("Reports"));
    if (session.can(Permission::LibraryEdit)) {
        m_labels = new Library::LabelsTab(session, this);
        m_labels->setObjectName(QStringLiteral("libraryLabels"));
        addPageTab(m_labels, QStringLiteral("document-print"), tr("Labels"));
    }
    // What the desk and the catalog change, the other tabs show when next opened.
    connect(m_catalog, &CatalogTab::edited, this, [this] {
        for (QWidget *tab : {static_cast<QWidget *>(m_stocktake),
                             static_cast<QWidget *>(m_reports),
                             static_cast<QWidget *>(m_labels)}) {
            if (tab)
                m_stale.insert(tab);
        }
    });
    if (m_desk) {
        connect(m_desk, &CirculationDesk::scanProcessed, this, [this](bool ok) {
            if (ok && m_reports)
                m_stale.insert(m_reports);
        });
    }
    if (session.can(Permission::LibraryView)) {
        QAction *exportMarc = addPageAction(
            QStringLiteral("marcExport"), QStringLiteral("document-export"), tr("Export MARC…"));
        exportMarc->setToolTip(tr("Save the catalog with its copies as ISO 2709 or MARCXML"));
        connect(exportMarc, &QAction::triggered, this, [this] {
            MarcExportDialog::run(m_session, this);
        });
    }
    if (session.can(Permission::LibraryEdit)) {
        QAction *isbn = addPageAction(QStringLiteral("isbnLookup"),
                                      QStringLiteral("view-barcode-qr"),
                                      tr("Catalogue by ISBN…"));
        isbn->setToolTip(tr("Scan or type an ISBN: the record is looked up in the catalog, the "
                            "district's union catalog and the library targets"));
        connect(isbn, &QAction::triggered, this, &LibraryPage::openIsbnLookup);
        QAction *marc = addPageAction(
            QStringLiteral("marcImport"), QStringLiteral("document-import"), tr("Import MARC…"));
        marc->setToolTip(tr("Import ISO 2709 (MARC21, CNMARC) or MARCXML records"));
        connect(marc, &QAction::triggered, this, &LibraryPage::openMarcImport);
    }
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *tab = widget(index);
        if (tab && m_stale.remove(tab) && tab->metaObject()->indexOfMethod("reload()") >= 0)
            QMetaObject::invokeMethod(tab, "reload");
    });
}

QAction *LibraryPage::pageAction(const QString &name) const
{
    return m_corner ? m_corner->findChild<QAction *>(name) : nullptr;
}

int LibraryPage::addPageTab(QWidget *tab, const QString &icon, const QString &title)
{
    return addTab(tab, QIcon::fromTheme(icon), title);
}

QAction *LibraryPage::addPageAction(const QString &name, const QString &icon, const QString &text)
{
    if (!m_corner) {
        m_corner = new QToolBar(this);
        m_corner->setObjectName(QStringLiteral("pageActions"));
        m_corner->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_corner->setIconSize(QSize(16, 16));
        setCornerWidget(m_corner, Qt::TopRightCorner);
    }
    QAction *a = m_corner->addAction(QIcon::fromTheme(icon), text);
    a->setObjectName(name);
    return a;
}

bool LibraryPage::showTab(QWidget *tab)
{
    const int index = tab ? indexOf(tab) : -1;
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void LibraryPage::catalogChanged(QWidget *changed)
{
    try {
        m_store.search().update();
    } catch (const Error &) {
        // The global search catches up at the next start; the catalog itself is written.
    }
    for (int i = 0; i < count(); ++i) {
        if (widget(i) != changed)
            m_stale.insert(widget(i));
    }
}

void LibraryPage::openIsbnLookup()
{
    auto *dialog = new IsbnLookupDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IsbnLookupDialog::saved, this, [this](const QString &titleId) {
        catalogChanged();
        m_stale.remove(m_catalog);
        m_catalog->reload();
        showTab(m_catalog);
        m_catalog->openRecord(titleId);
    });
    dialog->open();
}

void LibraryPage::openMarcImport()
{
    auto *dialog = new MarcImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MarcImportDialog::imported, this, [this] {
        catalogChanged();
        m_stale.remove(m_catalog);
        m_catalog->reload(); // brings the catalog's index up to date with the import
        showTab(m_catalog);
    });
    dialog->open();
}

void LibraryPage::reload()
{
    m_stale.clear();
    for (int i = 0; i < count(); ++i) {
        QWidget *tab = widget(i);
        if (i == currentIndex() && tab->metaObject()->indexOfMethod("reload()") >= 0)
            QMetaObject::invokeMethod(tab, "reload");
        else
            m_stale.insert(tab);
    }
}

bool LibraryPage::openRecord(const QString &kind, const QString &id)
{
    Q_UNUSED(kind) // titles are the only records search finds here
    showTab(m_catalog);
    if (m_stale.remove(m_catalog))
        m_catalog->reload();
    return m_catalog->openRecord(id);
}

} // namespace SchoolSuite
