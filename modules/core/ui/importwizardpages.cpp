#include "core/error.h"
#include "core/io/tabularreader.h"
#include "importwizard_p.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
QColor problemColor()
{
    return QColor(0xc0, 0x1c, 0x28);
}

// Light enough to keep the text readable on light and dark palettes.
QColor problemBackground()
{
    QColor c = problemColor();
    c.setAlpha(48);
    return c;
}

void setProblemPalette(QLabel *label, bool problem)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               problem ? problemColor() : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(p);
}
} // namespace

// --- map the columns

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_grid(new QGridLayout)
    , m_status(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the field each column of the file holds. Columns set to \"Do not "
                   "import\" are skipped. Fields marked * are required."));
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_grid);
    innerLayout->addStretch(1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
}

void ImportMappingPage::initializePage()
{
    const Table &table = m_wizard->table();
    if (table.header == m_builtFor && !m_combos.isEmpty())
        return; // back from the preview: keep the user's choices
    m_builtFor = table.header;
    qDeleteAll(m_combos);
    m_combos.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *fileHeader = new QLabel(tr("Column in the file"));
    auto *sampleHeader = new QLabel(tr("First value"));
    auto *fieldHeader = new QLabel(tr("Import as"));
    for (QLabel *l : {fileHeader, sampleHeader, fieldHeader}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_grid->addWidget(fileHeader, 0, 0);
    m_grid->addWidget(sampleHeader, 0, 1);
    m_grid->addWidget(fieldHeader, 0, 2);

    const QStringList automatic = m_wizard->autoMap(table.header);
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString header
            = table.header.at(c).isEmpty() ? tr("(column %1)").arg(c + 1) : table.header.at(c);
        QString sample;
        for (const QStringList &row : table.rows) {
            if (!row.at(c).trimmed().isEmpty()) {
                sample = row.at(c).trimmed();
                break;
            }
        }
        auto *name = new QLabel(header);
        auto *value = new QLabel(sample);
        value->setForegroundRole(QPalette::PlaceholderText);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping_%1").arg(c));
        combo->addItem(tr("Do not import"), QString());
        for (const ImportWizard::Field &f : m_wizard->fields())
            combo->addItem(f.required ? f.title + QStringLiteral(" *") : f.title, f.key);
        const int index = combo->findData(automatic.value(c));
        combo->setCurrentIndex(index < 0 ? 0 : index);
        name->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
        m_grid->addWidget(name, c + 1, 0);
        m_grid->addWidget(value, c + 1, 1);
        m_grid->addWidget(combo, c + 1, 2);
        m_combos << combo;
    }
    updateStatus();
}

QStringList ImportMappingPage::mapping() const
{
    QStringList out;
    for (const QComboBox *combo : m_combos)
        out << combo->currentData().toString();
    return out;
}

bool ImportMappingPage::isComplete() const
{
    const QStringList keys = mapping();
    QSet<QString> seen;
    for (const QString &k : keys) {
        if (k.isEmpty())
            continue;
        if (seen.contains(k))
            return false;
        seen.insert(k);
    }
    for (const ImportWizard::Field &f : m_wizard->fields()) {
        if (f.required && !seen.contains(f.key))
            return false;
    }
    return true;
}

void ImportMappingPage::updateStatus()
{
    const QStringList keys = mapping();
    QStringList missing;
    QStringList twice;
    for (const ImportWizard::Field &f : m_wizard->fields()) {
        const qsizetype n = keys.count(f.key);
        if (f.required && n == 0)
            missing << f.title;
        if (n > 1)
            twice << f.title;
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems << tr("Required fields without a column: %1.").arg(missing.join(tr(", ")));
    if (!twice.isEmpty())
        problems << tr("Fields chosen for more than one column: %1.").arg(twice.join(tr(", ")));
    const int used = int(keys.size() - keys.count(QString()));
    m_status->setText(problems.isEmpty()
                          ? tr("%1 of %2 columns will be imported.").arg(used).arg(keys.size())
                          : problems.join(QLatin1Char('\n')));
    setProblemPalette(m_status, !problems.isEmpty());
    emit completeChanged();
}

// --- preview and check

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_shown(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_issues(new QTreeWidget(this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is checked before anything is written. The import is all or "
                   "nothing: correct the rows listed below in the file, save it and check again."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_shown->setObjectName(QStringLiteral("previewCount"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setRootIsDecorated(false);
    m_issues->setHeaderLabels({tr("Row"), tr("Field"), tr("Problem")});
    m_issues->setAlternatingRowColors(true);
    connect(m_issues, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int fileRow = item->data(0, Qt::UserRole).toInt();
        for (int r = 0; r < m_preview->rowCount(); ++r) {
            if (m_preview->verticalHeaderItem(r)->text().toInt() == fileRow) {
                m_preview->selectRow(r);
                m_preview->scrollToItem(m_preview->item(r, 0));
                break;
            }
        }
    });

    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setToolTip(tr("Read the file again and check it (after you corrected it)"));
    connect(m_recheck, &QPushButton::clicked, this, &ImportPreviewPage::recheck);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_issues);
    splitter->setChildrenCollapsible(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_recheck, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_shown);
}

void ImportPreviewPage::initializePage()
{
    fillPreview();
    runCheck();
}

bool ImportPreviewPage::isComplete() const
{
    return m_checked && m_wizard->m_report.issues.isEmpty();
}

void ImportPreviewPage::fillPreview()
{
    const Table &table = m_wizard->table();
    const QStringList mapping = m_wizard->mapping();
    QList<int> columns;
    QStringList headers;
    for (int c = 0; c < mapping.size(); ++c) {
        if (!mapping.at(c).isEmpty()) {
            columns << c;
            headers << m_wizard->fieldTitle(mapping.at(c));
        }
    }
    const int rows = qMin(table.rowCount(), int(ImportWizard::PreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        const int fileRow = r < table.sourceRows.size() ? table.sourceRows.at(r) : r + 2;
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(fileRow)));
        for (int i = 0; i < columns.size(); ++i)
            m_preview->setItem(r, i, new QTableWidgetItem(table.rows.at(r).at(columns.at(i))));
    }
    m_preview->resizeColumnsToContents();
    m_shown->setText(rows < table.rowCount()
                         ? tr("Showing the first %1 of %2 rows.").arg(rows).arg(table.rowCount())
                         : tr("%n row(s) in the file.", nullptr, table.rowCount()));
}

void ImportPreviewPage::runCheck()
{
    m_checked = false;
    m_issues->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportWizard::Report report;
    try {
        report = m_wizard->m_runner(m_wizard->table(), m_wizard->mapping(), true);
    } catch (const Error &e) {
        report.issues << ImportWizard::Issue{0, QString(), e.message()};
    }
    QApplication::restoreOverrideCursor();
    m_wizard->m_report = report;
    m_checked = true;

    QHash<int, QStringList> byRow;
    QHash<int, QStringList> fieldsByRow;
    for (const ImportWizard::Issue &issue : report.issues) {
        auto *item = new QTreeWidgetItem(m_issues);
        item->setText(0, issue.row > 0 ? QString::number(issue.row) : QString());
        item->setData(0, Qt::UserRole, issue.row);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, issue.field);
        item->setText(2, issue.message);
        item->setToolTip(2, issue.message);
        byRow[issue.row] << (issue.field.isEmpty()
                                 ? issue.message
                                 : issue.field + QStringLiteral(": ") + issue.message);
        fieldsByRow[issue.row] << issue.field;
    }
    m_issues->setVisible(!report.issues.isEmpty());
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);

    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const int fileRow = m_preview->verticalHeaderItem(r)->text().toInt();
        const bool bad = byRow.contains(fileRow);
        const QString tip = byRow.value(fileRow).join(QLatin1Char('\n'));
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            QTableWidgetItem *item = m_preview->item(r, c);
            const bool badCell = bad
                                 && fieldsByRow.value(fileRow).contains(
                                     m_preview->horizontalHeaderItem(c)->text());
            item->setBackground(bad ? QBrush(problemBackground()) : QBrush());
            item->setForeground(badCell ? QBrush(problemColor()) : QBrush());
            QFont font = item->font();
            font.setBold(badCell);
            item->setFont(font);
            item->setToolTip(tip);
        }
        m_preview->verticalHeaderItem(r)->setForeground(bad ? QBrush(problemColor()) : QBrush());
    }
    m_preview->resizeColumnsToContents(); // bold cells are wider

    if (report.issues.isEmpty()) {
        m_summary->setText(tr("All %1 rows are correct: %2 new, %3 updated, %4 unchanged. Press "
                              "Import to write them.")
                               .arg(m_wizard->table().rowCount())
                               .arg(report.added)
                               .arg(report.updated)
                               .arg(report.unchanged));
    } else {
        QSet<int> rows;
        for (const ImportWizard::Issue &issue : report.issues)
            rows.insert(issue.row);
        m_summary->setText(tr("%n problem(s) found in %1 row(s). Nothing can be imported until "
                              "they are corrected.",
                              nullptr,
                              int(report.issues.size()))
                               .arg(rows.size()));
    }
    setProblemPalette(m_summary, !report.issues.isEmpty());
    emit completeChanged();
}

void ImportPreviewPage::recheck()
{
    // The user may have corrected the file in Excel meanwhile.
    auto *filePage = m_wizard->m_filePage;
    if (!filePage->validatePage()) {
        m_issues->clear();
        m_wizard->m_report = {};
        m_wizard->m_report.issues << ImportWizard::Issue{0,
                                                         QString(),
                                                         tr("The file could not be "
                                                            "read again.")};
        m_summary->setText(tr("The file could not be read again."));
        setProblemPalette(m_summary, true);
        emit completeChanged();
        return;
    }
    fillPreview();
    runCheck();
}

} // namespace SchoolSuite
