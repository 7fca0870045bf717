#pragma once

#include <QList>

#include <memory>

namespace SchoolSuite {
class SearchProvider;
namespace EquipmentSearch {
QList<std::shared_ptr<SearchProvider>> providers();
}
} // namespace SchoolSuite
