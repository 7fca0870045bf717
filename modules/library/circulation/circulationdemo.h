#pragma once

#include <QtGlobal>

namespace SchoolSuite {

class LocalStore;

// The demo school's circulation over its catalog and its students and staff: a school term of
// loans and returns on open days, the school calendar's holidays (寒暑假, 国庆), loans still open
// and some overdue, renewals, holds waiting and ready. Call after the demo catalog.
namespace CirculationDemo {
void create(LocalStore &store, bool large, quint32 seed);
} // namespace CirculationDemo

} // namespace SchoolSuite
