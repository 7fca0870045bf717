#pragma once

#include <QList>

#include <memory>

namespace SchoolSuite {
class SearchProvider;
// The library's entries in the global search (Ctrl+K): titles by title (characters and pinyin),
// responsibility, ISBN and call number; a hit opens the title in the catalog tab (kind "title").
namespace LibrarySearch {
QList<std::shared_ptr<SearchProvider>> providers();
}
} // namespace SchoolSuite
