#include "catalogtab.h"

#include "catalogtitlesmodel.h"
#include "copydialogs.h"
#include "titledialog.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/ui/detailpane.h"
#include "library/catalog/isbn.h"
#include "library/catalog/libraryservice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace SchoolSuite {

CatalogTab::CatalogTab(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CatalogTitlesModel(session, this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_detail(new DetailPane)
    , m_copies(new QTableWidget(0, 4))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("library/catalog"));
    m_toolBar->setObjectName(QStringLiteral("toolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    if (session.can(Permission::LibraryEdit)) {
        addAction(QStringLiteral("addTitle"), QStringLiteral("list-add"), tr("Add title…"));
        addAction(QStringLiteral("editTitle"), QStringLiteral("document-edit"), tr("Edit…"));
        addAction(QStringLiteral("addCopies"), QStringLiteral("edit-copy"), tr("Add copies…"));
        connect(m_actions.value(QStringLiteral("addTitle")),
                &QAction::triggered,
                this,
                &CatalogTab::addTitle);
        connect(m_actions.value(QStringLiteral("editTitle")),
                &QAction::triggered,
                this,
                &CatalogTab::editTitle);
        connect(m_actions.value(QStringLiteral("addCopies")),
                &QAction::triggered,
                this,
                &CatalogTab::addCopies);
    }

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Title, author, pinyin, ISBN, call number, barcode… (Ctrl+F)"));
    m_search->setToolTip(tr("Type one or two characters of a title, its pinyin or initials, an "
                            "ISBN with or without hyphens (ISBN-10 too), a class or call number, "
                            "or scan a barcode. Several words must all match."));
    m_search->addAction(QIcon::fromTheme(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
    });
    // A scanned barcode ends with Enter: open the one title it finds.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0));
            if (m_model->rowCount() > 1)
                m_view->setFocus(Qt::OtherFocusReason);
        }
    });

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CatalogTitlesModel::Title, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int w = fontMetrics().averageCharWidth();
    // Columns fit what they show: the title gets the room the others leave.
    const QFontMetrics fm = m_view->fontMetrics();
    const QStringList samples{QStringLiteral("十万个为什么：少年版"),
                              QStringLiteral("(英) 罗琳著"),
                              QStringLiteral("人民文学出版社"),
                              QStringLiteral("2024"),
                              QStringLiteral("978-7-5447-3520-9"),
                              QStringLiteral("TP311.13"),
                              QStringLiteral("888"),
                              QStringLiteral("888")};
    for (int c = 0; c < samples.size(); ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal).toString();
        m_view->setColumnWidth(
            c,
            std::max(fm.horizontalAdvance(samples.at(c)), fm.horizontalAdvance(header) + 16) + 16);
    }

    m_copies->setObjectName(QStringLiteral("copies"));
    m_copies->setHorizontalHeaderLabels(
        {tr("Barcode"), tr("Call number"), tr("Location"), tr("Status")});
    m_copies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_copies->setSelectionMode(QAbstractItemView::SingleSelection);
    m_copies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_copies->verticalHeader()->hide();
    m_copies->horizontalHeader()->setStretchLastSection(true);
    m_copies->setMinimumHeight(fontMetrics().height() * 8);

    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    auto *copiesHeading = new QLabel(tr("Copies"));
    copiesHeading->setStyleSheet(QStringLiteral("font-weight: bold"));
    detailLayout->addWidget(copiesHeading);
    detailLayout->addWidget(m_copies, 1);
    if (session.can(Permission::LibraryEdit)) {
        auto *buttons = new QHBoxLayout;
        const auto button = [&](const QString &name, const QString &text, auto slot) {
            auto *b = new QPushButton(text);
            b->setObjectName(name);
            connect(b, &QPushButton::clicked, this, slot);
            buttons->addWidget(b);
            return b;
        };
        button(QStringLiteral("editCopy"), tr("Edit copy…"), &CatalogTab::editCopy);
        button(QStringLiteral("withdrawCopy"), tr("Withdraw…"), &CatalogTab::withdrawCopy);
        buttons->addStretch(1);
        detailLayout->addLayout(buttons);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailPane"));
    scroll->setWidget(detailBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumWidth(w * 36);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({w * 130, w * 40});
    splitter->setChildrenCollapsible(false);

    m_count->setObjectName(QStringLiteral("count"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clear->setContext(Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_search, &QLineEdit::clear);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrent();
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_actions.contains(QStringLiteral("editTitle")))
            editTitle();
    });
    connect(m_copies, &QTableWidget::itemSelectionChanged, this, &CatalogTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CatalogTab::updateCount);
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

QAction *CatalogTab::addAction(const QString &name, const QString &icon, const QString &text)
{
    QAction *a = m_toolBar->addAction(QIcon::fromTheme(icon), text);
    a->setObjectName(name);
    m_actions.insert(name, a);
    return a;
}

QString CatalogTab::currentTitleId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->row(index.row()).id : QString();
}

QString CatalogTab::currentCopyId() const
{
    const int row = m_copies->currentRow();
    if (row < 0 || !m_copies->item(row, 0))
        return {};
    return m_copies->item(row, 0)->data(Qt::UserRole).toString();
}

void CatalogTab::updateCount()
{
    const int n = m_model->matchCount();
    const QLocale locale;
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (n < 0)
        m_count->setText(tr("%1 titles shown, more match: type more to narrow the search")
                             .arg(locale.toString(m_model->rowCount())));
    else if (m_model->query().trimmed().isEmpty())
        m_count->setText(tr("%n title(s) in the catalog", nullptr, n));
    else
        m_count->setText(tr("%n title(s) found", nullptr, n));
}

void CatalogTab::updateActions()
{
    const bool title = !m_shownId.isEmpty();
    for (const QString &name : {QStringLiteral("editTitle"), QStringLiteral("addCopies")}) {
        if (QAction *a = m_actions.value(name))
            a->setEnabled(title);
    }
    const bool copy = !currentCopyId().isEmpty();
    for (const QString &name : {QStringLiteral("editCopy"), QStringLiteral("withdrawCopy")}) {
        if (auto *b = findChild<QPushButton *>(name))
            b->setEnabled(copy);
    }
}

void CatalogTab::showCurrent()
{
    m_shownId = currentTitleId();
    m_copies->setRowCount(0);
    if (m_shownId.isEmpty()) {
        m_detail->showPlaceholder(m_model->query().trimmed().isEmpty()
                                      ? tr("The catalog is empty.")
                                      : tr("No title matches the search."));
        updateActions();
        return;
    }
    BibRecord r;
    QList<LibraryCopy> copies;
    QHash<QString, QString> onLoan;
    try {
        LibraryService service(m_session);
        r = service.title(m_shownId);
        copies = service.copies(m_shownId);
        onLoan = CatalogTitlesModel::openLoans(m_session, m_shownId);
    } catch (const Error &e) {
        m_detail->showPlaceholder(e.message());
        m_shownId.clear();
        updateActions();
        return;
    }
    m_detail->setHeading(r.title, r.responsibility);
    QStringList imprint{r.place, r.publisher, r.year > 0 ? QString::number(r.year) : QString()};
    imprint.removeAll(QString());
    const QString isbn10 = Isbn::to10(r.isbn);
    QList<DetailPane::Row> rows{
        {QStringLiteral("isbn"),
         tr("ISBN"),
         r.isbn.isEmpty()
             ? QString()
             : Isbn::display(r.isbn)
                   + (isbn10.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(isbn10))},
        {QStringLiteral("imprint"), tr("Published"), imprint.join(QStringLiteral(", "))},
        {QStringLiteral("edition"), tr("Edition"), r.edition},
        {QStringLiteral("clc"), tr("Class"), r.clc},
        {QStringLiteral("subjects"), tr("Subjects"), r.subjects.join(QStringLiteral("；"))},
        {QStringLiteral("series"), tr("Series"), r.series},
        {QStringLiteral("pages"), tr("Pages"), r.pages > 0 ? QString::number(r.pages) : QString()},
        {QStringLiteral("price"),
         tr("Price"),
         r.priceFen >= 0 ? QStringLiteral("¥%1").arg(double(r.priceFen) / 100.0, 0, 'f', 2)
                         : QString()},
        {QStringLiteral("language"), tr("Language"), r.language},
        {QStringLiteral("summary"), tr("Summary"), r.summary},
        {QStringLiteral("note"), tr("Note"), r.note}};
    // A record from a small library leaves many fields empty: show what it has.
    rows.removeIf([](const DetailPane::Row &row) { return row.value.isEmpty(); });
    m_detail->setRows(rows);
    m_copies->setRowCount(int(copies.size()));
    for (int i = 0; i < copies.size(); ++i) {
        const LibraryCopy &c = copies.at(i);
        QStringList where{c.location, c.shelf};
        where.removeAll(QString());
        QString status = LibraryKeys::copyStatusTitle(c.status);
        if (onLoan.contains(c.id))
            status = tr("On loan, due %1").arg(onLoan.value(c.id));
        else if (c.status == QLatin1String("active"))
            status = tr("On the shelf");
        const QStringList cells{c.barcode, c.callNo, where.join(QStringLiteral(" / ")), status};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            m_copies->setItem(i, col, item);
        }
    }
    m_copies->resizeColumnsToContents();
    updateActions();
}

void CatalogTab::reload()
{
    const QString id = currentTitleId();
    m_model->reload();
    selectTitle(id);
}

void CatalogTab::selectTitle(const QString &titleId)
{
    if (titleId.isEmpty())
        return;
    int row = m_model->rowOf(titleId);
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < 2000) {
        m_model->fetchMore({});
        row = m_model->rowOf(titleId);
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

bool CatalogTab::openRecord(const QString &titleId)
{
    try {
        const BibRecord r = LibraryService(m_session).title(titleId);
        // Searching for the record itself puts it in view however large the catalog is.
        m_search->setText(r.isbn.isEmpty() ? r.title : r.isbn);
    } catch (const Error &) {
        return false;
    }
    selectTitle(titleId);
    return currentTitleId() == titleId;
}

void CatalogTab::addTitle()
{
    TitleDialog dialog(m_session, BibRecord{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit edited();
    m_model->reload();
    openRecord(dialog.titleId());
    if (!dialog.record().clc.isEmpty()
        && QMessageBox::question(
               this, tr("Add copies"), tr("Add copies of \"%1\" now?").arg(dialog.record().title))
               == QMessageBox::Yes)
        addCopies();
}

void CatalogTab::editTitle()
{
    if (m_shownId.isEmpty())
        return;
    BibRecord r;
    try {
        r = LibraryService(m_session).title(m_shownId);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Edit title"), e.message());
        return;
    }
    TitleDialog dialog(m_session, r, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit edited();
    reload();
}

void CatalogTab::addCopies()
{
    if (m_shownId.isEmpty())
        return;
    AddCopiesDialog dialog(m_session, m_shownId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit edited();
    reload();
}

void CatalogTab::editCopy()
{
    const QString id = currentCopyId();
    if (id.isEmpty())
        return;
    LibraryCopy c;
    try {
        c = LibraryService(m_session).copy(id);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Edit copy"), e.message());
        return;
    }
    CopyDialog dialog(m_session, c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit edited();
    reload();
}

void CatalogTab::withdrawCopy()
{
    const QString id = currentCopyId();
    if (id.isEmpty())
        return;
    const QString barcode = m_copies->item(m_copies->currentRow(), 0)->text();
    if (QMessageBox::question(this,
                              tr("Withdraw copy"),
                              tr("Withdraw copy %1 from the collection (剔旧)? It stays in the "
                                 "records with the status withdrawn.")
                                  .arg(barcode))
        != QMessageBox::Yes)
        return;
    try {
        LibraryService(m_session).setCopyStatus(id, QStringLiteral("withdrawn"));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Withdraw copy"), e.message());
        return;
    }
    emit edited();
    reload();
}

} // namespace SchoolSuite
