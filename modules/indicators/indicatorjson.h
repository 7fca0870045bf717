#pragma once

#include "indicatorresult.h"

#include <QJsonObject>

namespace SchoolSuite {

// The indicators as `schoolsuite-cli indicators --json` prints them (CLI.md): the values at the
// top level, "targets" and "met" with the same keys. Ratios are people per computer, rates
// shares (0.9 = 90 %), money in fen; a ratio without computers is null and not met.
namespace IndicatorJson {
QJsonObject toJson(const IndicatorYear &year);
}

} // namespace SchoolSuite
