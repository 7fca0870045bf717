#pragma once

#include "indicator.h"

class QSqlDatabase;

namespace SchoolSuite {

// The targets a school is held to in one year. The district sends its targets (district_targets,
// DistrictData) for the three figures it tracks; until it does, and for every figure it leaves
// empty, the plan's own milestones apply (planDefault). A year between two milestones is held to
// the latest earlier one (2018 to 2017's); before the first milestone there is no target.
struct IndicatorTargets
{
    int year = 0;
    IndicatorValues values;
    // The year of the district's row that applies, 0 when none does (the plan's values).
    int districtYear = 0;
    QString note; // the district's note on its row
    std::array<bool, kIndicatorCount> fromDistrict{};

    std::optional<double> value(Indicator i) const { return values[Indicators::index(i)]; }
    bool isFromDistrict(Indicator i) const { return fromDistrict[Indicators::index(i)]; }

    static IndicatorTargets forYear(const QSqlDatabase &db, int year);
    // The plan (seed/000: 2015 70 % / 2:1 / 12:1, 2016 80 % / 1.5:1 / 10:1, 2017 90 % / 1:1 /
    // 8:1 and all teachers trained, 2020 100 % / 1:1 / 7:1 and every functional room; a campus
    // network in every school).
    static IndicatorTargets planDefault(int year);
    // The years the plan names (2015, 2016, 2017, 2020).
    static QList<int> planYears();
};

} // namespace SchoolSuite
