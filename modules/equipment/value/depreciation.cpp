#include "depreciation.h"

#include <algorithm>

namespace SchoolSuite::Depreciation {

int monthsElapsed(const QDate &purchased, const QDate &asOf)
{
    if (!purchased.isValid() || !asOf.isValid())
        return 0;
    const int months
        = (asOf.year() * 12 + asOf.month()) - (purchased.year() * 12 + purchased.month());
    return std::max(0, months);
}

Figures compute(qint64 costFen, const QDate &purchased, int serviceLifeYears, const QDate &asOf)
{
    Figures f;
    f.costFen = std::max<qint64>(0, costFen);
    f.lifeMonths = std::max(0, serviceLifeYears) * 12;
    if (f.lifeMonths == 0 || !purchased.isValid()) {
        f.netFen = f.costFen;
        return f;
    }
    f.monthsDepreciated = std::min(monthsElapsed(purchased, asOf), f.lifeMonths);
    // Rounded half up in integers: exact for any cost a school has (fen fit in 63 bits many
    // times over even when multiplied by the months).
    f.accumulatedFen = (2 * f.costFen * f.monthsDepreciated + f.lifeMonths) / (2 * f.lifeMonths);
    f.netFen = f.costFen - f.accumulatedFen;
    f.monthlyFen = (2 * f.costFen + f.lifeMonths) / (2 * f.lifeMonths);
    return f;
}

QDate endOfLife(const QDate &purchased, int serviceLifeYears)
{
    if (!purchased.isValid() || serviceLifeYears <= 0)
        return {};
    return purchased.addYears(serviceLifeYears);
}

} // namespace SchoolSuite::Depreciation
