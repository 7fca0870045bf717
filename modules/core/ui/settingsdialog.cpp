#include "core/ui/settingsdialog.h"

#include "core/settings/settings.h"
#include "core/ui/lockedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace SchoolSuite {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    for (const SettingKey &key : Settings::knownKeys())
        m_initial.insert(key.name, settings->value(key.name));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralPage(), tr("General"));
    m_tabs->addTab(createDistrictPage(), tr("District"));
    m_tabs->addTab(createDataPage(), tr("Data"));
    m_tabs->addTab(createModulesPage(), tr("Modules"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #da4453;"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (QLabel *notice = createPolicyNotice())
        layout->addWidget(notice);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

SettingsDialog::~SettingsDialog() = default;

QLabel *SettingsDialog::createPolicyNotice()
{
    // Policy values that could not be used are ignored (the controls stay free); say so, or the
    // administrator's intent would vanish without a trace.
    const QList<Policy::Problem> problems = m_settings->policy().problems();
    if (problems.isEmpty())
        return nullptr;
    QStringList items;
    for (const Policy::Problem &p : problems) {
        const QString what
            = p.ignored ? tr("%1 = \"%2\" is %3; it is ignored.") : tr("%1 = \"%2\" is %3.");
        QString item
            = what.arg(p.key.toHtmlEscaped(), p.value.toHtmlEscaped(), p.reason().toHtmlEscaped());
        if (p.origin != m_settings->policy().origin())
            item += QStringLiteral(" (%1)").arg(p.origin.toHtmlEscaped());
        items.append(QStringLiteral("<li>%1</li>").arg(item));
    }
    auto *notice = new QLabel(this);
    notice->setObjectName(QStringLiteral("policyNotice"));
    notice->setWordWrap(true);
    notice->setTextFormat(Qt::RichText);
    notice->setText(tr("<b>Some values of your administrator's policy cannot be used</b> "
                       "(%1):<ul>%2</ul>Tell your IT staff.")
                        .arg(m_settings->policy().origin().toHtmlEscaped(), items.join(QString())));
    notice->setStyleSheet(QStringLiteral("QLabel { background: #fdf3e1; border: 1px solid #f67400;"
                                         " border-radius: 4px; padding: 6px; color: #31363b; }"));
    return notice;
}

LockedField *SettingsDialog::field(const QString &key, QWidget *control)
{
    auto *result = new LockedField(key, control, m_settings);
    m_fields.append(result);
    return result;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_initial.value(Keys::Language).toString())));
    form->addRow(tr("&Language:"), field(Keys::Language, m_language));
    auto *note = new QLabel(tr("A new language applies after SchoolSuite restarts."));
    note->setWordWrap(true);
    form->addRow(QString(), note);

    const SettingKey *autoLock = SettingKey::find(Keys::AutoLockMinutes);
    m_autoLock = new QSpinBox;
    m_autoLock->setRange(autoLock->minimum, autoLock->maximum);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(m_initial.value(Keys::AutoLockMinutes).toInt());
    form->addRow(tr("Lock when &idle for:"), field(Keys::AutoLockMinutes, m_autoLock));
    return page;
}

QWidget *SettingsDialog::createDistrictPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_districtUrl = new QLineEdit(m_initial.value(Keys::DistrictUrl).toString());
    m_districtUrl->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("District &address:"), field(Keys::DistrictUrl, m_districtUrl));

    m_schoolCode = new QLineEdit(m_initial.value(Keys::SchoolCode).toString());
    form->addRow(tr("&School code:"), field(Keys::SchoolCode, m_schoolCode));

    const SettingKey *interval = SettingKey::find(Keys::SyncIntervalMinutes);
    m_syncInterval = new QSpinBox;
    m_syncInterval->setRange(interval->minimum, interval->maximum);
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setValue(m_initial.value(Keys::SyncIntervalMinutes).toInt());
    form->addRow(tr("Sync &every:"), field(Keys::SyncIntervalMinutes, m_syncInterval));

    m_offlineSignIn = new QCheckBox(tr("Allow sign-in &without a connection to the district"));
    m_offlineSignIn->setChecked(m_initial.value(Keys::AllowOfflineSignIn).toBool());
    form->addRow(QString(), field(Keys::AllowOfflineSignIn, m_offlineSignIn));
    m_districtForm = form;
    return page;
}

void SettingsDialog::addDistrictSection(const QString &label, QWidget *widget)
{
    m_districtForm->addRow(label, widget);
}

void SettingsDialog::showEnrolledDistrict(const QString &url, const QString &schoolCode)
{
    if (m_districtUrl->text().isEmpty() && m_districtUrl->isEnabled())
        m_districtUrl->setText(url);
    if (m_schoolCode->text().isEmpty() && m_schoolCode->isEnabled())
        m_schoolCode->setText(schoolCode);
}

QWidget *SettingsDialog::createDataPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_dataDirectory
        = new QLineEdit(QDir::toNativeSeparators(m_initial.value(Keys::DataDirectory).toString()));
    LockedField *dataField = field(Keys::DataDirectory, m_dataDirectory);
    auto *browse = new QToolButton;
    browse->setObjectName(QStringLiteral("DataDirectoryBrowse"));
    browse->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose the folder"));
    connect(browse, &QToolButton::clicked, this, &SettingsDialog::browseDataDirectory);
    dataField->addCompanion(browse);
    form->addRow(tr("&Data folder:"), dataField);

    auto *note = new QLabel(tr("The local databases are kept here. Moving the folder does not "
                               "move existing data; the new folder is used after a restart."));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return page;
}

QWidget *SettingsDialog::createModulesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Modules shown on this computer:")));
    m_modules = new QListWidget;
    layout->addWidget(field(Keys::EnabledModules, m_modules), 1);
    m_noModules = new QLabel(tr("No modules are installed."));
    layout->addWidget(m_noModules);
    connect(m_modules, &QListWidget::itemChanged, this, &SettingsDialog::updateOkButton);
    return page;
}

void SettingsDialog::setModules(const QList<QPair<QString, QString>> &modules)
{
    const QStringList enabled = m_initial.value(Keys::EnabledModules).toStringList();
    const QSignalBlocker blocker(m_modules);
    m_modules->clear();
    for (const auto &[id, title] : modules) {
        auto *item = new QListWidgetItem(title, m_modules);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(enabled.isEmpty() || enabled.contains(id) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
    m_noModules->setVisible(modules.isEmpty());
    updateOkButton();
}

QStringList SettingsDialog::checkedModules() const
{
    QStringList result;
    for (int row = 0; row < m_modules->count(); ++row) {
        const QListWidgetItem *item = m_modules->item(row);
        if (item->checkState() == Qt::Checked)
            result.append(item->data(Qt::UserRole).toString());
    }
    return result;
}

void SettingsDialog::updateOkButton()
{
    // Nothing checked cannot be stored: an empty list means "every module".
    const bool valid = m_modules->count() == 0 || !checkedModules().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void SettingsDialog::browseDataDirectory()
{
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Data Folder"), QDir::fromNativeSeparators(m_dataDirectory->text()));
    if (!directory.isEmpty())
        m_dataDirectory->setText(QDir::toNativeSeparators(directory));
}

QVariant SettingsDialog::currentValue(const QString &key) const
{
    if (key == Keys::Language)
        return m_language->currentData();
    if (key == Keys::AutoLockMinutes)
        return m_autoLock->value();
    if (key == Keys::DistrictUrl)
        return m_districtUrl->text().trimmed();
    if (key == Keys::SchoolCode)
        return m_schoolCode->text().trimmed();
    if (key == Keys::SyncIntervalMinutes)
        return m_syncInterval->value();
    if (key == Keys::AllowOfflineSignIn)
        return m_offlineSignIn->isChecked();
    if (key == Keys::DataDirectory)
        return m_dataDirectory->text().trimmed();
    if (key == Keys::EnabledModules) {
        if (m_modules->count() == 0)
            return m_initial.value(key);
        const QStringList checked = checkedModules();
        return checked.size() == m_modules->count() ? QStringList() : checked;
    }
    return {};
}

void SettingsDialog::showProblem(const QString &key, const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    for (LockedField *lockedField : std::as_const(m_fields)) {
        if (lockedField->control()->objectName() != key)
            continue;
        for (int page = 0; page < m_tabs->count(); ++page) {
            if (m_tabs->widget(page)->isAncestorOf(lockedField))
                m_tabs->setCurrentIndex(page);
        }
        lockedField->control()->setFocus();
    }
}

void SettingsDialog::accept()
{
    // Check everything first, so a bad value leaves the stored settings untouched.
    QList<QPair<QString, QVariant>> changes;
    for (LockedField *lockedField : std::as_const(m_fields)) {
        if (lockedField->isLocked())
            continue;
        const QString key = lockedField->control()->objectName();
        const SettingKey *known = SettingKey::find(key);
        const QVariant value = known->parse(currentValue(key));
        if (!value.isValid()) {
            showProblem(key,
                        key == Keys::DistrictUrl
                            ? tr("The district address must be a web address starting "
                                 "with http:// or https://.")
                            : tr("Enter the full path of a folder."));
            return;
        }
        const QVariant initial = known->parse(m_initial.value(key));
        if (value != initial)
            changes.append({key, value});
    }
    for (const auto &[key, value] : std::as_const(changes))
        m_settings->setValue(key, value);
    QDialog::accept();
}

} // namespace SchoolSuite
