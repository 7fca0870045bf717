#pragma once

#include "equipment/hardware/hardwareprobe.h"
#include "equipment/hardware/thiscomputer.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace SchoolSuite {

class LocalStore;
class Session;

// "This computer": what the PC says about itself, whether it is registered already (and how it
// was recognised), and a button that registers it (room, use) or updates its hardware facts.
class ThisComputerDialog : public QDialog
{
    Q_OBJECT

public:
    // Probes the hardware (off the UI thread: WMI takes a moment).
    ThisComputerDialog(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    // Shows the given facts (tests, a probe made elsewhere).
    ThisComputerDialog(LocalStore &store,
                       const Session &session,
                       const HardwareFacts &facts,
                       QWidget *parent = nullptr);

    // The item registered or updated by the last click, empty before.
    QString itemId() const { return m_itemId; }

signals:
    void registered(const QString &itemId);

private:
    void build();
    void showFacts(const HardwareFacts &facts);
    void apply();

    LocalStore &m_store;
    const Session &m_session;
    std::optional<HardwareFacts> m_facts;
    std::optional<ThisComputer::Match> m_match;
    QFormLayout *m_factsForm = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_room = nullptr;
    QComboBox *m_use = nullptr;
    QPushButton *m_apply = nullptr;
    QString m_itemId;
};

} // namespace SchoolSuite
