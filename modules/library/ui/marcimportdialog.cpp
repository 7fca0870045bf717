#include "marcimportdialog.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "library/marc/marcpreviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SchoolSuite {

MarcImportDialog::MarcImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new MarcPreviewModel(this))
{
    setWindowTitle(tr("Import MARC records"));
    resize(980, 640);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("marcFile"));
    m_path->setPlaceholderText(tr("ISO 2709 (.mrc, .iso) or MARCXML (.xml)"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("marcEncoding"));
    m_encoding->addItem(tr("As each record says (GBK detected)"), int(MarcEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(MarcEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), int(MarcEncoding::Gb18030));
    m_encoding->addItem(QStringLiteral("MARC-8"), int(MarcEncoding::Marc8));
    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("marcDuplicates"));
    m_duplicates->addItem(tr("Skip them"), int(MarcImportOptions::Duplicates::Skip));
    m_duplicates->addItem(tr("Merge: fill empty fields and add the copies"),
                          int(MarcImportOptions::Duplicates::Merge));
    m_skipBad = new QCheckBox(tr("Import the good records and leave the broken ones out"), this);
    m_skipBad->setObjectName(QStringLiteral("marcSkipBad"));

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Character set:"), m_encoding);
    form->addRow(tr("Records already in the catalog (same ISBN):"), m_duplicates);
    form->addRow(QString(), m_skipBad);

    m_read = new QPushButton(tr("Read the file"), this);
    m_read->setObjectName(QStringLiteral("marcRead"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("marcProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("marcCancel"));
    m_cancel->setEnabled(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_read);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_summary = new QLabel(tr("Choose a MARC file."), this);
    m_summary->setObjectName(QStringLiteral("marcSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("marcPreview"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {{MarcPreviewModel::Number, 56},
                                          {MarcPreviewModel::Status, 76},
                                          {MarcPreviewModel::Title, 200},
                                          {MarcPreviewModel::Isbn, 130},
                                          {MarcPreviewModel::Responsibility, 110},
                                          {MarcPreviewModel::Publisher, 110},
                                          {MarcPreviewModel::Year, 48},
                                          {MarcPreviewModel::Copies, 48}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("marcProblems"));
    m_problems->setReadOnly(true);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("marcTabs"));
    tabs->addTab(m_table, tr("Records"));
    tabs->addTab(m_problems, tr("Broken records"));

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("marcImport"));
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &MarcImportDialog::browse);
    connect(m_read, &QPushButton::clicked, this, &MarcImportDialog::startReading);
    connect(m_path, &QLineEdit::returnPressed, this, &MarcImportDialog::startReading);
    connect(m_cancel, &QPushButton::clicked, this, &MarcImportDialog::cancelReading);
    connect(m_import, &QPushButton::clicked, this, &MarcImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MarcImportDialog::onReadFinished);
    // A new character set needs the file read again; the other choices only a new preview.
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_file)
            startReading();
    });
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &MarcImportDialog::updatePreview);
    connect(m_skipBad, &QCheckBox::toggled, this, &MarcImportDialog::updatePreview);
}

MarcImportDialog::~MarcImportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void MarcImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    startReading();
}

bool MarcImportDialog::isReading() const
{
    return m_reading;
}

void MarcImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("MARC file"),
        m_path->text(),
        tr("MARC records (*.mrc *.iso *.marc *.dat *.xml *.marcxml);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

MarcImportOptions MarcImportDialog::options() const
{
    MarcImportOptions o;
    o.encoding = MarcEncoding(m_encoding->currentData().toInt());
    o.duplicates = MarcImportOptions::Duplicates(m_duplicates->currentData().toInt());
    o.skipBad = m_skipBad->isChecked();
    return o;
}

void MarcImportDialog::setBusy(bool busy)
{
    m_read->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_encoding->setEnabled(!busy);
    if (busy)
        m_import->setEnabled(false);
}

void MarcImportDialog::startReading()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || isReading())
        return;
    m_model->clear();
    m_file.reset();
    m_problems->clear();
    m_imported = false;
    m_progress->setValue(0);
    m_summary->setText(tr("Reading %1…").arg(path));
    setBusy(true);
    m_reading = true;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelFlag = cancel;
    const MarcEncoding encoding = options().encoding;
    QPointer<QProgressBar> bar = m_progress;
    m_watcher.setFuture(QtConcurrent::run([path, encoding, cancel, bar] {
        ReadOutcome outcome;
        try {
            outcome.file
                = MarcImport::read(path, encoding, [cancel, bar](qint64 done, qint64 total) {
                      const int value = total > 0 ? int(done * 1000 / total) : 0;
                      QMetaObject::invokeMethod(
                          bar,
                          [bar, value] {
                              if (bar)
                                  bar->setValue(value);
                          },
                          Qt::QueuedConnection);
                      return !cancel->load();
                  });
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void MarcImportDialog::cancelReading()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void MarcImportDialog::onReadFinished()
{
    m_reading = false;
    setBusy(false);
    ReadOutcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty() || outcome.file.cancelled) {
        m_summary->setText(outcome.error.isEmpty() ? tr("Reading cancelled; nothing was imported.")
                                                   : outcome.error);
        m_progress->setValue(0);
        return;
    }
    m_progress->setValue(1000);
    m_file = std::make_unique<MarcFile>(std::move(outcome.file));
    updatePreview();
}

void MarcImportDialog::updatePreview()
{
    if (!m_file || m_imported)
        return;
    try {
        m_preview = MarcImport(m_session).preview(*m_file, options());
        const MarcPreview &p = m_preview;
        m_model->setPreview(m_file.get(), p);
        const QStringList problems = p.problems(*m_file);
        m_problems->setPlainText(problems.join(QLatin1Char('\n')));
        const bool merge = options().duplicates == MarcImportOptions::Duplicates::Merge;
        QString text = tr("%1 records: %2 new titles, %3 already in the catalog (%4), %5 copies "
                          "to add, %6 broken.")
                           .arg(m_file->records.size())
                           .arg(p.newTitles)
                           .arg(p.duplicates)
                           .arg(merge ? tr("merged") : tr("skipped"))
                           .arg(p.copies)
                           .arg(p.broken);
        if (p.broken > 0 && !options().skipBad)
            text += QLatin1Char(' ')
                    + tr("Nothing can be imported while a record is broken: fix the file, or "
                         "leave the broken records out.");
        m_summary->setText(text);
        m_import->setEnabled((p.broken == 0 || options().skipBad)
                             && p.newTitles + (merge ? p.duplicates : 0) > 0);
    } catch (const Error &e) {
        m_summary->setText(e.message());
        m_import->setEnabled(false);
    }
}

void MarcImportDialog::runImport()
{
    if (!m_file || m_imported)
        return;
    m_import->setEnabled(false);
    m_read->setEnabled(false);
    m_summary->setText(tr("Importing…"));
    try {
        // Written on the store's own connection (this thread); the bar keeps moving.
        m_result = MarcImport(m_session).commit(
            *m_file, m_preview, options(), [this](qint64 done, qint64 total) {
                m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                return true;
            });
    } catch (const Error &e) {
        m_read->setEnabled(true);
        m_summary->setText(e.message());
        updatePreview();
        return;
    }
    m_imported = true;
    m_read->setEnabled(true);
    QString text = tr("Imported: %1 new titles, %2 merged, %3 duplicates skipped, %4 copies added.")
                       .arg(m_result.titlesAdded)
                       .arg(m_result.titlesMerged)
                       .arg(m_result.duplicatesSkipped)
                       .arg(m_result.copiesAdded);
    if (!m_result.skipped.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n broken record(s) left out (listed under Broken records).",
                     nullptr,
                     int(m_result.skipped.size()));
    m_summary->setText(text);
    emit imported();
}

} // namespace SchoolSuite
