#pragma once

#include <QtGlobal>

namespace SchoolSuite {

class LocalStore;

// The demo school's library: a catalog of books a Chinese school library holds (the reading
// lists of 课标必读, children's literature, popular science, reference works, periodicals and
// teachers' books), with copies on the shelves of the library room. Large: every work again
// in the editions school libraries collect (hundreds of titles more).
namespace LibraryDemo {
void create(LocalStore &store, bool large, quint32 seed);
} // namespace LibraryDemo

} // namespace SchoolSuite
