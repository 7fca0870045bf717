#pragma once

#include <QtGlobal>

namespace SchoolSuite {
class LocalStore;
namespace EquipmentDemo {
void create(LocalStore &store, bool large, quint32 seed);
}
} // namespace SchoolSuite
