#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;

namespace SchoolSuite {

class ListFilterProxy;

// The page every module shows for a list of records: a toolbar (the page adds its actions and
// widgets), a filter box (Ctrl+F, Esc clears), a sortable table over a ListFilterProxy, a detail
// pane on the right and an "N of M" count. Column widths are remembered per page id.
//
// Indexes handed to the page's code (signals, detail updates) are of the source model.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    // pageId names the page in the user's settings ("people/students").
    ListPage(const QString &pageId, QAbstractItemModel *model, QWidget *parent = nullptr);
    ~ListPage() override;

    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QLabel *countLabel() const { return m_count; }
    QAbstractItemModel *model() const { return m_model; }

    // The role the proxy filters and sorts on (see ListFilterProxy, PeopleTableModel::Roles).
    void setFilterRole(int role);
    void setSortRole(int role);
    // With an id role the selection survives a reload of the model.
    void setIdRole(int role) { m_idRole = role; }
    void sortBy(int column, Qt::SortOrder order = Qt::AscendingOrder);

    // The detail pane shows widget; update is called with the current source index (invalid
    // when nothing is selected) whenever the selection or the model changes.
    using DetailUpdate = std::function<void(const QModelIndex &sourceIndex)>;
    void setDetail(QWidget *widget, DetailUpdate update);
    void refreshDetail();

    QModelIndex currentSourceIndex() const;
    // Selects and shows the source row; false when the filters hide it (they are cleared then
    // tried once more) or the row does not exist.
    bool selectSourceRow(int row);
    int visibleCount() const;

signals:
    void currentChanged(const QModelIndex &sourceIndex);
    // Enter or double-click on a row.
    void activated(const QModelIndex &sourceIndex);

private:
    void updateCount();
    void onCurrentChanged(bool force);
    void rememberSelection();
    void restoreSelection();
    void saveColumns() const;
    bool restoreColumns();
    QString settingsKey() const;

    QString m_pageId;
    QAbstractItemModel *m_model;
    ListFilterProxy *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QTableView *m_view;
    QSplitter *m_splitter;
    QWidget *m_detailHolder;
    QLabel *m_count;
    DetailUpdate m_detailUpdate;
    int m_idRole = -1;
    QVariant m_selectedId;
    QPersistentModelIndex m_shown; // the record the detail pane shows
    bool m_columnsSized = false;
};

} // namespace SchoolSuite
