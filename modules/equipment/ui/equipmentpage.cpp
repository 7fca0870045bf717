#include "equipmentpage.h"

#include "bookingstab.h"
#include "labelstab.h"
#include "maintenancetab.h"
#include "registertab.h"
#include "stocktaketab.h"
#include "thiscomputerdialog.h"
#include "valuetab.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"

#include <QToolButton>

namespace SchoolSuite {

EquipmentPage::EquipmentPage(LocalStore &store, const Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("equipmentPage"));
    setDocumentMode(true);
    const bool edit = session.can(Permission::EquipmentEdit);
    m_register = new RegisterTab(store, session, this);
    addTab(m_register, QIcon::fromTheme(QStringLiteral("computer")), tr("Register"));
    m_bookings = new BookingsTab(store, session, this);
    addTab(m_bookings, QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Bookings"));
    m_maintenance = new MaintenanceTab(store, session, this);
    addTab(m_maintenance, QIcon::fromTheme(QStringLiteral("tools")), tr("Maintenance"));
    if (edit) {
        m_stocktake = new StocktakeTab(store, session, this);
        addTab(m_stocktake, QIcon::fromTheme(QStringLiteral("view-barcode-qr")), tr("Stocktake"));
    }
    if (edit || session.can(Permission::EquipmentApprove)) {
        m_value = new ValueTab(store, session, this);
        addTab(m_value,
               QIcon::fromTheme(QStringLiteral("view-financial-list")),
               tr("Scrapping and value"));
    }
    if (edit) {
        m_labels = new LabelsTab(store, session, this);
        addTab(m_labels, QIcon::fromTheme(QStringLiteral("document-print")), tr("Labels"));
    }
    if (edit) {
        // Registering the PC the clerk sits at is one click from every tab.
        auto *thisComputer = new QToolButton(this);
        thisComputer->setObjectName(QStringLiteral("thisComputer"));
        thisComputer->setAutoRaise(true);
        thisComputer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        thisComputer->setIcon(QIcon::fromTheme(QStringLiteral("computer")));
        thisComputer->setText(tr("This computer…"));
        thisComputer->setToolTip(tr("Register the computer you are using as an asset, or find "
                                    "it in the register"));
        connect(thisComputer, &QToolButton::clicked, this, &EquipmentPage::openThisComputer);
        setCornerWidget(thisComputer, Qt::TopRightCorner);
    }
    // A change in one tab (an item moved, scrapped, found) shows in the others when they are
    // next looked at.
    connect(m_register, &RegisterTab::edited, this, [this] { markOthersStale(m_register); });
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *tab = widget(index);
        if (tab && m_stale.remove(tab))
            QMetaObject::invokeMethod(tab, "reload");
    });
}

void EquipmentPage::markOthersStale(QWidget *changed)
{
    for (int i = 0; i < count(); ++i) {
        if (widget(i) != changed)
            m_stale.insert(widget(i));
    }
}

ThisComputerDialog *EquipmentPage::openThisComputer()
{
    auto *dialog = new ThisComputerDialog(m_store, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ThisComputerDialog::registered, this, [this](const QString &itemId) {
        markOthersStale(m_register);
        m_register->reload();
        showTab(m_register);
        m_register->openRecord(itemId);
    });
    dialog->open();
    return dialog;
}

bool EquipmentPage::showTab(QWidget *tab)
{
    const int index = tab ? indexOf(tab) : -1;
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void EquipmentPage::reload()
{
    m_stale.clear();
    for (int i = 0; i < count(); ++i) {
        if (i == currentIndex())
            QMetaObject::invokeMethod(widget(i), "reload");
        else
            m_stale.insert(widget(i));
    }
}

bool EquipmentPage::openRecord(const QString &kind, const QString &id)
{
    Q_UNUSED(kind) // the register is the only kind of record search finds here
    showTab(m_register);
    if (m_stale.remove(m_register))
        m_register->reload();
    return m_register->openRecord(id);
}

void EquipmentPage::showDueList()
{
    showTab(m_maintenance);
    m_maintenance->showDueList();
}

} // namespace SchoolSuite
