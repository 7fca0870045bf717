#include "core/ui/lockedfield.h"

#include "core/settings/settings.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace SchoolSuite {

LockedField::LockedField(const QString &key,
                         QWidget *control,
                         const Settings *settings,
                         QWidget *parent)
    : QWidget(parent)
    , m_control(control)
    , m_lock(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
    , m_locked(settings->isLocked(key))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(control, 1);
    m_layout->addWidget(m_lock);

    control->setObjectName(key);
    m_lock->setObjectName(key + QLatin1String("Lock"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_lock->setPixmap(QIcon::fromTheme(QStringLiteral("object-locked")).pixmap(size, size));
    m_lock->setToolTip(lockedToolTip());
    // Locked or not, every field keeps the lock's room, so the controls line up.
    QSizePolicy lockPolicy = m_lock->sizePolicy();
    lockPolicy.setRetainSizeWhenHidden(true);
    m_lock->setSizePolicy(lockPolicy);
    m_lock->setVisible(m_locked);
    if (m_locked) {
        control->setEnabled(false);
        // Disabled widgets get no tooltip on some styles; the lock label always does.
        control->setToolTip(lockedToolTip());
    }
}

void LockedField::addCompanion(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_lock), widget);
    if (m_locked)
        widget->setEnabled(false);
}

QString LockedField::lockedToolTip()
{
    return tr("Set by your administrator (machine policy)");
}

} // namespace SchoolSuite
