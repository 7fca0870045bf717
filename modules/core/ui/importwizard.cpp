#include "importwizard.h"

#include "core/error.h"
#include "core/io/tabularreader.h"
#include "importwizard_p.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SchoolSuite {

ImportWizard::ImportWizard(const QString &title,
                           const QList<Field> &fields,
                           Runner runner,
                           QWidget *parent)
    : QWizard(parent)
    , m_fields(fields)
    , m_runner(std::move(runner))
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(title);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(DonePage, new ImportDonePage(this));
    setStartId(FilePage);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 110, fontMetrics().height() * 36);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setAutoMapper(AutoMapper mapper)
{
    m_autoMapper = std::move(mapper);
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->pathEdit()->setText(path);
}

QStringList ImportWizard::mapping() const
{
    return m_mappingPage->mapping();
}

QStringList ImportWizard::autoMap(const QStringList &header) const
{
    QStringList mapping;
    if (m_autoMapper)
        mapping = m_autoMapper(header);
    if (mapping.size() == header.size())
        return mapping;
    mapping.clear();
    for (const QString &h : header) {
        const QString wanted = h.trimmed();
        QString key;
        for (const Field &f : m_fields) {
            if (wanted.compare(f.key, Qt::CaseInsensitive) == 0
                || wanted.compare(f.title, Qt::CaseInsensitive) == 0) {
                key = f.key;
                break;
            }
        }
        mapping << key;
    }
    return mapping;
}

QString ImportWizard::fieldTitle(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.title;
    }
    return key;
}

// --- choose the file

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file or an Excel workbook (.xlsx) with one header row. Nothing is "
                   "imported before you have seen the preview."));

    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });

    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect automatically"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (Chinese Excel)"), int(TextEncoding::Gb18030));
    m_encoding->setToolTip(tr("Only CSV files have an encoding; workbooks are always read "
                              "correctly."));

    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(red);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), row);
    form->addRow(tr("&Encoding:"), m_encoding);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

TextEncoding ImportFilePage::encoding() const
{
    return TextEncoding(m_encoding->currentData().toInt());
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Choose a file to import"),
        QFileInfo(m_path->text()).path(),
        tr("Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_error->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        Table table = TabularReader::read(path, encoding());
        QApplication::restoreOverrideCursor();
        if (table.rowCount() == 0) {
            m_error->setText(tr("The file has no rows below its header."));
            return false;
        }
        m_wizard->m_table = std::move(table);
        m_wizard->m_tablePath = path;
        return true;
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_error->setText(e.message());
        return false;
    }
}

// --- commit

ImportDonePage::ImportDonePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_result(new QLabel(this))
{
    setTitle(tr("Import"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addStretch(1);
    setFinalPage(true);
}

void ImportDonePage::initializePage()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_wizard->m_imported = false;
    try {
        const ImportWizard::Report report
            = m_wizard->m_runner(m_wizard->m_table, m_wizard->mapping(), false);
        m_wizard->m_report = report;
        QApplication::restoreOverrideCursor();
        if (!report.issues.isEmpty()) {
            // The file changed between the check and the commit; the runner wrote nothing.
            setTitle(tr("Nothing was imported"));
            QStringList lines;
            for (const ImportWizard::Issue &issue : report.issues)
                lines << tr("Row %1: %2").arg(issue.row).arg(issue.message);
            m_result->setText(lines.join(QLatin1Char('\n')));
            return;
        }
        m_wizard->m_imported = true;
        setTitle(tr("Import finished"));
        m_result->setText(tr("Added: %1. Updated: %2. Unchanged: %3.")
                              .arg(report.added)
                              .arg(report.updated)
                              .arg(report.unchanged));
        emit m_wizard->imported(report);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        setTitle(tr("Nothing was imported"));
        m_result->setText(e.message());
    }
}

} // namespace SchoolSuite
