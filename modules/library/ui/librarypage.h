#pragma once

#include <QSet>
#include <QTabWidget>

class QAction;
class QToolBar;

namespace SchoolSuite {

namespace Library {
class LabelsTab;
class ReportsTab;
class StocktakeTab;
} // namespace Library

class CatalogTab;
class CirculationDesk;
class LocalStore;
class Session;

// The library module's page: the catalog for everyone with LibraryView; the circulation desk
// for LibraryCirculate; copy cataloguing by ISBN and MARC import as actions in
// the page's corner for LibraryEdit. Other areas add their tabs and actions with addPageTab()
// and addPageAction().
class LibraryPage : public QTabWidget
{
    Q_OBJECT

public:
    LibraryPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    CatalogTab *catalogTab() const { return m_catalog; }
    CirculationDesk *deskTab() const { return m_desk; } // null without LibraryCirculate
    // The page's actions in the tab bar's corner (objectName: the action's name).
    QAction *pageAction(const QString &name) const;

    // Adds a tab whose widget has a reload() slot (called when the tab is shown after a change
    // elsewhere); returns its index.
    int addPageTab(QWidget *tab, const QString &icon, const QString &title);
    // Adds an action to the corner tool bar.
    QAction *addPageAction(const QString &name, const QString &icon, const QString &text);
    bool showTab(QWidget *tab);

public slots:
    // Reads everything again (after an import, or a sync brought changes).
    void reload();
    // A search hit: kind "title", id of the title.
    bool openRecord(const QString &kind, const QString &id);
    // The catalog or the circulation changed: the global search and the other tabs catch up.
    void catalogChanged(QWidget *changed = nullptr);
    void openIsbnLookup();
    void openMarcImport();

private:
    LocalStore &m_store;
    const Session &m_session;
    CatalogTab *m_catalog = nullptr;
    CirculationDesk *m_desk = nullptr;
    Library::StocktakeTab *m_stocktake = nullptr;
    Library::ReportsTab *m_reports = nullptr;
    Library::LabelsTab *m_labels = nullptr;
    QToolBar *m_corner = nullptr;
    QSet<QWidget *> m_stale;
};

} // namespace SchoolSuite
