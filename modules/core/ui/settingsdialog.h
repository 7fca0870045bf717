#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace SchoolSuite {

class LockedField;
class Settings;

// Edits the user's preferences, one page per group. Controls whose key machine policy sets are
// disabled and show a lock (see LockedField). OK writes only the values the user changed.
// Each control is named after its key (e.g. "SchoolCode"), its lock label "<key>Lock".
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Module ids and titles for the Modules page, in display order.
    void setModules(const QList<QPair<QString, QString>> &modules);
    // Adds a section under the district settings (the sync module's enrollment status).
    void addDistrictSection(const QString &label, QWidget *widget);
    // The district and school this computer is enrolled with, shown in the district fields that
    // neither the user nor policy has filled.
    void showEnrolledDistrict(const QString &url, const QString &schoolCode);

    void accept() override;

private:
    QLabel *createPolicyNotice();
    QWidget *createGeneralPage();
    QWidget *createDistrictPage();
    QWidget *createDataPage();
    QWidget *createModulesPage();
    LockedField *field(const QString &key, QWidget *control);
    void browseDataDirectory();
    void updateOkButton();
    QStringList checkedModules() const;
    QVariant currentValue(const QString &key) const;
    // Shows message on the page of key's control and keeps the dialog open.
    void showProblem(const QString &key, const QString &message);

    Settings *m_settings;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QLineEdit *m_districtUrl = nullptr;
    QLineEdit *m_schoolCode = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QCheckBox *m_offlineSignIn = nullptr;
    QFormLayout *m_districtForm = nullptr;
    QLineEdit *m_dataDirectory = nullptr;
    QListWidget *m_modules = nullptr;
    QLabel *m_noModules = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<LockedField *> m_fields;
    QHash<QString, QVariant> m_initial; // effective values when the dialog opened
};

} // namespace SchoolSuite
