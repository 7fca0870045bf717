#include "listpage.h"

#include "listfilterproxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace SchoolSuite {

ListPage::ListPage(const QString &pageId, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_pageId(pageId)
    , m_model(model)
    , m_proxy(new ListFilterProxy(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailHolder(new QWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(pageId);
    m_proxy->setSourceModel(model);

    m_toolBar->setObjectName(QStringLiteral("toolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon::fromTheme(QStringLiteral("view-filter")),
                        QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_filter->setToolTip(tr("Type part of any column, or the pinyin initials of a name (Ctrl+F)"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
    });

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Rows follow the font, so the list stays readable at any scale factor.
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_detailHolder->setObjectName(QStringLiteral("detailPane"));
    auto *detailLayout = new QVBoxLayout(m_detailHolder);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detailHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    scroll->hide(); // until a page supplies a detail widget

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_count->setObjectName(QStringLiteral("count"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addStretch(1);
    bottom->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter);
    clear->setContext(Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_filter, &QLineEdit::clear);
    // Down from the filter goes to the list, so a user can filter and pick without the mouse.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_filter);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    // A click sets the current index before it selects the row; follow both.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        onCurrentChanged(false);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        onCurrentChanged(false);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(m_proxy->mapToSource(index));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ListPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::restoreSelection);

    m_columnsSized = restoreColumns();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updateCount();
}

ListPage::~ListPage()
{
    saveColumns();
}

void ListPage::setFilterRole(int role)
{
    m_proxy->setFilterRole(role);
}

void ListPage::setSortRole(int role)
{
    m_proxy->setSortRole(role);
}

void ListPage::sortBy(int column, Qt::SortOrder order)
{
    m_view->sortByColumn(column, order);
}

void ListPage::setDetail(QWidget *widget, DetailUpdate update)
{
    m_detailHolder->layout()->addWidget(widget);
    m_detailUpdate = std::move(update);
    m_splitter->widget(1)->show();
    if (!m_pageId.isEmpty()) {
        const QByteArray state
            = QSettings().value(QStringLiteral("Pages/%1/Splitter").arg(m_pageId)).toByteArray();
        if (state.isEmpty() || !m_splitter->restoreState(state)) {
            const int detail = fontMetrics().averageCharWidth() * 42;
            m_splitter->setSizes({detail * 3, detail});
        }
    }
    refreshDetail();
}

void ListPage::refreshDetail()
{
    m_shown = currentSourceIndex();
    if (m_detailUpdate)
        m_detailUpdate(m_shown);
}

QModelIndex ListPage::currentSourceIndex() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_proxy->mapToSource(current);
}

bool ListPage::selectSourceRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        m_proxy->refilter();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            return false;
    }
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

int ListPage::visibleCount() const
{
    return m_proxy->rowCount();
}

void ListPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n record(s)", nullptr, total)
                                    : tr("%1 of %2").arg(shown).arg(total));
    if (!m_columnsSized && total > 0) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

void ListPage::onCurrentChanged(bool force)
{
    const QModelIndex source = currentSourceIndex();
    if (!force && QPersistentModelIndex(source) == m_shown)
        return;
    m_shown = source;
    if (m_detailUpdate)
        m_detailUpdate(source);
    emit currentChanged(source);
}

void ListPage::rememberSelection()
{
    const QModelIndex current = currentSourceIndex();
    m_selectedId = (m_idRole >= 0 && current.isValid()) ? current.data(m_idRole) : QVariant();
}

void ListPage::restoreSelection()
{
    if (m_selectedId.isValid()) {
        const QModelIndexList hits
            = m_model->match(m_model->index(0, 0), m_idRole, m_selectedId, 1, Qt::MatchExactly);
        m_selectedId.clear();
        if (!hits.isEmpty() && selectSourceRow(hits.first().row())) {
            onCurrentChanged(true);
            return;
        }
    }
    onCurrentChanged(true);
}

QString ListPage::settingsKey() const
{
    return QStringLiteral("Pages/%1/Columns").arg(m_pageId);
}

void ListPage::saveColumns() const
{
    if (m_pageId.isEmpty() || !m_columnsSized)
        return;
    QSettings settings;
    settings.setValue(settingsKey(), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Pages/%1/Splitter").arg(m_pageId), m_splitter->saveState());
}

bool ListPage::restoreColumns()
{
    if (m_pageId.isEmpty())
        return false;
    QSettings settings;
    const QByteArray state = settings.value(settingsKey()).toByteArray();
    return !state.isEmpty() && m_view->horizontalHeader()->restoreState(state);
}

} // namespace SchoolSuite
