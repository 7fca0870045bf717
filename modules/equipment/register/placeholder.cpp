// Temporary: replaced by the register work this session.
#include "equipmentdefaults.h"
#include "equipmentdemo.h"
#include "equipmentsearch.h"

namespace SchoolSuite {
void EquipmentDefaults::ensure(LocalStore &) {}
void EquipmentDemo::create(LocalStore &, bool, quint32) {}
QList<std::shared_ptr<SearchProvider>> EquipmentSearch::providers()
{
    return {};
}
} // namespace SchoolSuite
