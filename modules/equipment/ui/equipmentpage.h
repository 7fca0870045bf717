#pragma once

#include <QSet>
#include <QTabWidget>

namespace SchoolSuite {

class BookingsTab;
class LabelsTab;
class LocalStore;
class MaintenanceTab;
class RegisterTab;
class Session;
class StocktakeTab;
class ThisComputerDialog;
class ValueTab;

// The equipment module's page: the register, bookings, maintenance, stocktake, scrapping and
// value, labels — one tab each, shown as the session's role allows (a teacher sees the
// register, books and reports faults; a clerk does everything but approve scrapping).
class EquipmentPage : public QTabWidget
{
    Q_OBJECT

public:
    EquipmentPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    // The tabs; null when the session may not use them.
    RegisterTab *registerTab() const { return m_register; }
    BookingsTab *bookingsTab() const { return m_bookings; }
    MaintenanceTab *maintenanceTab() const { return m_maintenance; }
    StocktakeTab *stocktakeTab() const { return m_stocktake; }
    ValueTab *valueTab() const { return m_value; }
    LabelsTab *labelsTab() const { return m_labels; }
    // Shows the tab (one of the above); false when the session does not have it.
    bool showTab(QWidget *tab);

public slots:
    // Reads everything again (after an import, or a sync brought changes).
    void reload();
    // A search hit: kind "asset", id of the item.
    bool openRecord(const QString &kind, const QString &id);
    // The home page's maintenance card asked for the due list.
    void showDueList();
    // Opens the "this computer" dialog (window-modal; deletes itself when closed).
    ThisComputerDialog *openThisComputer();

private:
    void markOthersStale(QWidget *changed);

    LocalStore &m_store;
    const Session &m_session;
    RegisterTab *m_register = nullptr;
    BookingsTab *m_bookings = nullptr;
    MaintenanceTab *m_maintenance = nullptr;
    StocktakeTab *m_stocktake = nullptr;
    ValueTab *m_value = nullptr;
    LabelsTab *m_labels = nullptr;
    // Tabs whose data another tab changed; reread when shown.
    QSet<QWidget *> m_stale;
};

} // namespace SchoolSuite
