#include "thiscomputerdialog.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "equipment/register/equipmentservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SchoolSuite {

ThisComputerDialog::ThisComputerDialog(LocalStore &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    build();
    m_status->setText(tr("Reading this computer's hardware…"));
    auto *watcher = new QFutureWatcher<HardwareFacts>(this);
    connect(watcher, &QFutureWatcher<HardwareFacts>::finished, this, [this, watcher] {
        showFacts(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] { return HardwareProbe().probe(); }));
}

ThisComputerDialog::ThisComputerDialog(LocalStore &store,
                                       const Session &session,
                                       const HardwareFacts &facts,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    build();
    showFacts(facts);
}

void ThisComputerDialog::build()
{
    setWindowTitle(tr("This computer"));
    setMinimumWidth(560); // a UUID on one line
    auto *box = new QVBoxLayout(this);
    auto *factsBox = new QGroupBox(tr("What this computer says about itself"), this);
    m_factsForm = new QFormLayout(factsBox);
    box->addWidget(factsBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    box->addWidget(m_status);

    auto *registerBox = new QGroupBox(tr("In the asset register"), this);
    auto *form = new QFormLayout(registerBox);
    m_name = new QLineEdit(this);
    m_room = new QComboBox(this);
    m_use = new QComboBox(this);
    m_room->addItem(tr("(no room)"), QString());
    try {
        for (const auto &[id, name] : ThisComputer::rooms(m_session))
            m_room->addItem(name, id);
    } catch (const Error &) {
        // No right to view rooms: the register button refuses below anyway.
    }
    m_use->addItem(tr("(not set)"), int(AssetUse::None));
    for (AssetUse use : AssetKeys::uses())
        m_use->addItem(AssetKeys::useTitle(use), int(use));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Used by:"), m_use);
    box->addWidget(registerBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Register"), QDialogButtonBox::ActionRole);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ThisComputerDialog::apply);
    m_apply->setEnabled(false); // until the facts are read
}

void ThisComputerDialog::showFacts(const HardwareFacts &facts)
{
    m_facts = facts;
    while (m_factsForm->rowCount() > 0)
        m_factsForm->removeRow(0);
    const QString unknown = tr("(unknown)");
    auto row = [&](const QString &title, const QString &value) {
        auto *label = new QLabel(value.isEmpty() ? unknown : value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        m_factsForm->addRow(title, label);
    };
    row(tr("Host name:"), facts.hostname);
    row(tr("Operating system:"), facts.os);
    row(tr("Processor:"), facts.cpu);
    row(tr("Memory:"), facts.memoryMb > 0 ? tr("%1 MB").arg(facts.memoryMb) : QString());
    row(tr("System disk:"), facts.diskGb > 0 ? tr("%1 GB").arg(facts.diskGb) : QString());
    row(tr("Maker and model:"),
        QStringList{facts.vendor, facts.product}.join(QLatin1Char(' ')).trimmed());
    row(tr("Serial number:"), facts.serial);
    row(tr("SMBIOS UUID:"), facts.uuid);
    row(tr("Network adapters (MAC):"), facts.macs.join(QStringLiteral(", ")));
    row(tr("Kind:"), facts.laptop ? tr("Laptop (has a battery)") : tr("Desktop"));

    m_match = ThisComputer::find(m_store.db(), facts);
    if (m_match) {
        m_status->setText(
            tr("Registered as %1 (%2), recognised by its %3.")
                .arg(m_match->tag, m_match->name, ThisComputer::byTitle(m_match->by)));
        m_apply->setText(tr("&Update hardware facts"));
        m_name->setText(m_match->name);
        m_name->setEnabled(false);
        m_room->setEnabled(false);
        m_use->setEnabled(false);
    } else {
        m_status->setText(
            facts.uuid.isEmpty() && facts.serial.isEmpty() && facts.macs.isEmpty()
                ? tr("Not registered. This computer reports no serial number, UUID or network "
                     "adapter, so it cannot be recognised later; register it once only.")
                : tr("This computer is not in the asset register yet."));
        m_apply->setText(tr("&Register"));
        m_name->setText(facts.suggestedName());
    }
    m_apply->setEnabled(m_session.can(Permission::EquipmentEdit));
}

void ThisComputerDialog::apply()
{
    if (!m_facts)
        return;
    try {
        EquipmentService service(m_session);
        ThisComputer::Registration registration;
        registration.name = m_name->text();
        registration.roomId = m_room->currentData().toString();
        registration.use = AssetUse(m_use->currentData().toInt());
        const ThisComputer::Result result
            = ThisComputer::registerOrUpdate(service, *m_facts, registration);
        m_itemId = result.itemId;
        m_status->setStyleSheet(QString());
        showFacts(*m_facts); // now finds the item
        m_status->setText(result.created ? tr("Registered as %1.").arg(result.tag)
                                         : tr("Updated the hardware facts of %1.").arg(result.tag));
        emit registered(result.itemId);
    } catch (const Error &e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    }
}

} // namespace SchoolSuite
