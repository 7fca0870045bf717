#pragma once

#include "importwizard.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QGridLayout;

namespace SchoolSuite {

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool validatePage() override;
    bool isComplete() const override;
    QLineEdit *pathEdit() const { return m_path; }
    TextEncoding encoding() const;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QLabel *m_error;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QStringList mapping() const;

private:
    void updateStatus();

    ImportWizard *m_wizard;
    QGridLayout *m_grid;
    QLabel *m_status;
    QList<QComboBox *> m_combos;
    QStringList m_builtFor; // the header the combos were built for
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void fillPreview();
    void runCheck();
    void recheck();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_shown;
    QTableWidget *m_preview;
    QTreeWidget *m_issues;
    QPushButton *m_recheck;
    bool m_checked = false;
};

class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard *wizard);
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_result;
};

} // namespace SchoolSuite
