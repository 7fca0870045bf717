#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace SchoolSuite {

class LocalStore;
class Settings;
class SyncController;
struct EnrollResult;

// In the settings dialog: whether this computer is enrolled with the district (server, school,
// device) and, for those who manage settings, enrolling it with a one-time key.
class EnrollmentWidget : public QWidget
{
    Q_OBJECT

public:
    EnrollmentWidget(LocalStore &store,
                     Settings &settings,
                     SyncController *controller,
                     bool mayEnroll,
                     QWidget *parent = nullptr);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *enrollButton() const { return m_enroll; }

    // Enrolls off the UI thread while the event loop runs; returns the error message, or an
    // empty string on success (the Enroll dialog's OK calls it).
    QString enroll(const QString &server,
                   const QString &schoolCode,
                   const QString &key,
                   const QString &caCertFile);

signals:
    void enrolled();

private:
    void showStatus();
    void askAndEnroll();

    LocalStore &m_store;
    Settings &m_settings;
    SyncController *m_controller;
    QLabel *m_status;
    QPushButton *m_enroll;
};

} // namespace SchoolSuite
