#pragma once

#include "library/marc/marcimport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace SchoolSuite {

class MarcPreviewModel;
class Session;

// MARC import (issue 5, must-haves 2 and 8): choose a file (ISO 2709 or MARCXML, either family),
// its encoding, what to do with duplicates and broken records; the file is read on a worker
// thread (progress, Cancel), then previewed record by record with the broken ones listed by
// position and reason; Import writes it all in one transaction and shows what it did.
class MarcImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MarcImportDialog(const Session &session, QWidget *parent = nullptr);
    ~MarcImportDialog() override;

    void setFilePath(const QString &path); // and starts reading it
    bool isReading() const;
    MarcPreviewModel *previewModel() const { return m_model; }
    bool wasImported() const { return m_imported; }
    const MarcImportResult &result() const { return m_result; }

signals:
    void imported();

public slots:
    void startReading();
    void cancelReading();
    void runImport();

private:
    void browse();
    void onReadFinished();
    void updatePreview();
    MarcImportOptions options() const;
    void setBusy(bool busy);

    const Session &m_session;
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_duplicates = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    MarcPreviewModel *m_model = nullptr;

    std::unique_ptr<MarcFile> m_file;
    MarcPreview m_preview; // the one shown; the import uses it while the store is unchanged
    MarcImportResult m_result;
    bool m_imported = false;
    bool m_reading = false; // until onReadFinished has shown the outcome
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    struct ReadOutcome
    {
        MarcFile file;
        QString error; // the file could not be opened
    };
    QFutureWatcher<ReadOutcome> m_watcher;
};

} // namespace SchoolSuite
