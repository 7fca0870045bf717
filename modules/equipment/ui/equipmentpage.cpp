#include "equipmentpage.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"

namespace SchoolSuite {

EquipmentPage::EquipmentPage(LocalStore &store, const Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_session(session)
{
    setDocumentMode(true);
}

void EquipmentPage::reload() {}

} // namespace SchoolSuite
