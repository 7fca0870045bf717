#pragma once

#include <QtGlobal>

namespace SchoolSuite {

class LocalStore;

// The demo school's bookings and maintenance: the default timetable, maintenance plans (some
// due now), open repair tickets and this week's bookings of the computer lab, so the calendar,
// the due list and the home page's card show what a school in use looks like.
namespace PlanDemo {
void create(LocalStore &store, bool large, quint32 seed);
}

} // namespace SchoolSuite
