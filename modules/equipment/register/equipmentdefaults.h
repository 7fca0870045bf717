#pragma once

namespace SchoolSuite {
class LocalStore;
namespace EquipmentDefaults {
void ensure(LocalStore &store);
}
} // namespace SchoolSuite
