#pragma once

#include "core/search/searchprovider.h"

#include <memory>

namespace SchoolSuite {

// Search providers of the people directory: students, staff, classes and rooms. Only names,
// numbers and classes are indexed, never contact data or ID numbers.
namespace PeopleSearch {
QList<std::shared_ptr<SearchProvider>> providers();
} // namespace PeopleSearch

} // namespace SchoolSuite
