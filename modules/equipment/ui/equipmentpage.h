#pragma once

#include <QTabWidget>

namespace SchoolSuite {

class LocalStore;
class Session;

// The equipment module's page: the register, bookings, maintenance, stocktake, scrapping and
// value, labels — one tab each, shown as the session's role allows.
class EquipmentPage : public QTabWidget
{
    Q_OBJECT

public:
    EquipmentPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

public slots:
    // Reads everything again (after an import, or a sync brought changes).
    void reload();

private:
    LocalStore &m_store;
    const Session &m_session;
};

} // namespace SchoolSuite
