#pragma once

#include <QDate>

namespace SchoolSuite {

// Straight-line depreciation of a fixed asset as schools (行政事业单位) keep it under the
// government accounting standard for fixed assets (《政府会计准则第3号——固定资产》): the whole
// cost is depreciated over the service life with no residual value (不考虑预计净残值), by
// month. Depreciation starts the month after the purchase (the 次月起 convention; the standard's
// 应用指南 may be read as starting in the month itself, one month earlier — a choice the docs
// name) and stops once the cost is fully depreciated (已提足折旧不再计提).
// Figures are integer fen: the accumulated depreciation after m of n months is
// round(cost × m / n), so the months add up to the cost exactly.
namespace Depreciation {

struct Figures
{
    qint64 costFen = 0;
    int lifeMonths = 0;        // 0: no service life, not depreciated
    int monthsDepreciated = 0; // as of the date
    qint64 accumulatedFen = 0; // accumulated depreciation (累计折旧)
    qint64 netFen = 0;         // net value (净值) = cost - accumulated
    qint64 monthlyFen = 0;     // cost / lifeMonths, rounded (for display)
    bool fullyDepreciated() const { return lifeMonths > 0 && monthsDepreciated >= lifeMonths; }
};

// Months charged by asOf for an item bought on purchased: the months after the purchase month
// up to and including asOf's month (0 when asOf is in the purchase month or before).
int monthsElapsed(const QDate &purchased, const QDate &asOf);
Figures compute(qint64 costFen, const QDate &purchased, int serviceLifeYears, const QDate &asOf);
// The day the service life ends: the purchase date plus the service life in years.
QDate endOfLife(const QDate &purchased, int serviceLifeYears);

} // namespace Depreciation
} // namespace SchoolSuite
