#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace SchoolSuite {

class Settings;

// A settings control with the lock that shows machine policy owns its key: when locked the
// control (and any companion, such as a browse button) is disabled and a lock icon with an
// explanatory tooltip sits beside it. The lock label is named "<key>Lock" for tests.
class LockedField : public QWidget
{
    Q_OBJECT

public:
    LockedField(const QString &key,
                QWidget *control,
                const Settings *settings,
                QWidget *parent = nullptr);

    // A further widget of the same field, e.g. a "Browse…" button; disabled too when locked.
    void addCompanion(QWidget *widget);

    bool isLocked() const { return m_locked; }
    QWidget *control() const { return m_control; }
    QLabel *lockLabel() const { return m_lock; }

    static QString lockedToolTip();

private:
    QWidget *m_control;
    QLabel *m_lock;
    QHBoxLayout *m_layout;
    bool m_locked;
};

} // namespace SchoolSuite
