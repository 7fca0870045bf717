#pragma once

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QToolBar;

namespace SchoolSuite {

class CatalogTitlesModel;
class DetailPane;
class Session;

// The catalog tab of the library page: a search box (title, responsibility, publisher, series,
// subjects by one or two Chinese characters or pinyin, ISBN in any form, class, call number,
// barcode), the matching titles in title order, and the selected title with its copies
// (barcode, call number, where it stands, on loan or not). With LibraryEdit: add and edit
// titles, add copies, edit and withdraw copies, all through LibraryService.
class CatalogTab : public QWidget
{
    Q_OBJECT

public:
    CatalogTab(const Session &session, QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    CatalogTitlesModel *model() const { return m_model; }
    DetailPane *detail() const { return m_detail; }
    QTableWidget *copiesTable() const { return m_copies; }
    QLabel *countLabel() const { return m_count; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    QString currentTitleId() const;

public slots:
    void reload();
    // Shows the title (a search hit); false when it is not in the catalog.
    bool openRecord(const QString &titleId);
    void addTitle();
    void editTitle();
    void addCopies();
    void editCopy();
    void withdrawCopy();

signals:
    // A title or copy was written (other tabs reread when shown).
    void edited();

private:
    QAction *addAction(const QString &name, const QString &icon, const QString &text);
    void showCurrent();
    void updateCount();
    void updateActions();
    QString currentCopyId() const;
    void selectTitle(const QString &titleId);

    const Session &m_session;
    CatalogTitlesModel *m_model;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QTableView *m_view;
    DetailPane *m_detail;
    QTableWidget *m_copies;
    QLabel *m_count;
    QHash<QString, QAction *> m_actions;
    QString m_shownId;
};

} // namespace SchoolSuite
