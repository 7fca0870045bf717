#include "enrollmentwidget.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/settings/settings.h"
#include "sync/syncclient.h"
#include "sync/synccontroller.h"
#include "sync/syncmeta.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace SchoolSuite {

EnrollmentWidget::EnrollmentWidget(LocalStore &store,
                                   Settings &settings,
                                   SyncController *controller,
                                   bool mayEnroll,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("enrollment"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("enrollmentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_enroll = new QPushButton(tr("Enroll this computer…"), this);
    m_enroll->setObjectName(QStringLiteral("enrollButton"));
    m_enroll->setVisible(mayEnroll);
    connect(m_enroll, &QPushButton::clicked, this, &EnrollmentWidget::askAndEnroll);
    layout->addWidget(m_enroll, 0, Qt::AlignLeft);
    showStatus();
}

void EnrollmentWidget::showStatus()
{
    const QString device = m_store.meta(SyncMeta::deviceId());
    if (device.isEmpty()) {
        m_status->setText(tr("Not enrolled: this computer works on its own and keeps every "
                             "change until it is enrolled with the district platform."));
        m_enroll->setText(tr("Enroll this computer…"));
        return;
    }
    m_status->setText(tr("Enrolled with %1 for %2 (%3). Device %4.")
                          .arg(m_store.meta(SyncMeta::server()),
                               m_store.schoolName(),
                               m_store.schoolCode(),
                               device));
    m_enroll->setText(tr("Enroll again…"));
}

QString EnrollmentWidget::enroll(const QString &server,
                                 const QString &schoolCode,
                                 const QString &key,
                                 const QString &caCertFile)
{
    // On this thread: enrolling writes the keychain, which serves one thread only. The
    // requests run in local event loops, so the window keeps painting meanwhile.
    QString error;
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    setEnabled(false);
    try {
        SyncClient::enroll(m_store.dataDir(), QUrl(server), schoolCode, key, caCertFile);
    } catch (const Error &e) {
        error = e.message();
    }
    setEnabled(true);
    QGuiApplication::restoreOverrideCursor();
    showStatus();
    if (error.isEmpty()) {
        if (m_controller) {
            m_controller->refresh();
            m_controller->syncNow();
        }
        emit enrolled();
    }
    return error;
}

void EnrollmentWidget::askAndEnroll()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("enrollDialog"));
    dialog.setWindowTitle(tr("Enroll this computer"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("The district's information centre gives each school a one-time "
                                "enrollment key."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *server = new QLineEdit(m_settings.districtUrl(), &dialog);
    server->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("District &address:"), server);
    auto *school = new QLineEdit(m_settings.schoolCode().isEmpty() ? m_store.schoolCode()
                                                                   : m_settings.schoolCode(),
                                 &dialog);
    form->addRow(tr("&School code:"), school);
    auto *key = new QLineEdit(m_settings.enrollmentKey(), &dialog);
    key->setObjectName(QStringLiteral("enrollmentKey"));
    form->addRow(tr("Enrollment &key:"), key);
    auto *ca = new QLineEdit(&dialog);
    ca->setPlaceholderText(tr("only if the district uses its own certificate authority"));
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString file = QFileDialog::getOpenFileName(
            &dialog, tr("District certificate"), QString(), tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            ca->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(ca, 1);
    caRow->addWidget(browse);
    form->addRow(tr("&CA certificate:"), caRow);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enroll"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (server->text().trimmed().isEmpty() || school->text().trimmed().isEmpty()
            || key->text().trimmed().isEmpty()) {
            error->setText(tr("Enter the district address, the school code and the key."));
            error->show();
            return;
        }
        buttons->setEnabled(false);
        const QString message = enroll(server->text().trimmed(),
                                       school->text().trimmed(),
                                       key->text().trimmed(),
                                       ca->text().trimmed());
        buttons->setEnabled(true);
        if (!message.isEmpty()) {
            error->setText(message);
            error->show();
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

} // namespace SchoolSuite
