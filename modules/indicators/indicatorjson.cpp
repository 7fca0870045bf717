#include "indicatorjson.h"

#include <QJsonArray>

namespace SchoolSuite::IndicatorJson {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue value(Indicator i, const std::optional<double> &v)
{
    if (!v)
        return QJsonValue::Null;
    switch (i) {
    case Indicator::CampusNetwork:
        return *v >= 0.5;
    case Indicator::ComputersPastServiceLife:
        return qint64(*v);
    default:
        return *v;
    }
}

} // namespace

QJsonObject toJson(const IndicatorYear &y)
{
    QJsonObject o;
    o.insert(QStringLiteral("year"), y.year);
    o.insert(QStringLiteral("as_of"), y.asOf.toString(Qt::ISODate));
    QJsonObject targets;
    QJsonObject met;
    QJsonObject counts;
    for (const IndicatorFigure &f : y.figures) {
        const QString key = Indicators::key(f.indicator);
        if (f.indicator == Indicator::Spending) {
            QJsonObject bySource;
            for (const FundingSpending &s : y.spending)
                bySource.insert(s.source, s.fen);
            o.insert(key, bySource);
            o.insert(QStringLiteral("spending_total_fen"), qint64(f.numerator));
            continue;
        }
        o.insert(key, value(f.indicator, f.value));
        if (Indicators::direction(f.indicator) != Indicators::Direction::Informational) {
            targets.insert(key, value(f.indicator, f.target));
            met.insert(key, f.met ? QJsonValue(*f.met) : QJsonValue(QJsonValue::Null));
        }
        counts.insert(key, QJsonArray{qint64(f.numerator), qint64(f.denominator)});
    }
    o.insert(QStringLiteral("targets"), targets);
    o.insert(QStringLiteral("met"), met);
    // [numerator, denominator] of each figure: teachers and computers, rooms with multimedia
    // and rooms, trained teachers and teachers, computers past their life and in service.
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("targets_from_district"), y.targets.districtYear > 0);
    QJsonObject recorded;
    if (!y.recordedAt.isEmpty()) {
        for (const IndicatorFigure &f : y.figures)
            recorded.insert(Indicators::key(f.indicator), number(f.recorded));
        recorded.insert(QStringLiteral("recorded_at"), y.recordedAt);
        o.insert(QStringLiteral("recorded"), recorded);
    }
    return o;
}

} // namespace SchoolSuite::IndicatorJson
