#pragma once

#include "indicator.h"
#include "indicatortargets.h"

#include <QDate>
#include <QList>
#include <QString>

namespace SchoolSuite {

// One thing a figure counts (or leaves out): an item, a room, a person, a class.
struct DrillRow
{
    QString kind; // "item", "room", "staff", "class", "setting"
    QString id;   // the row's id in its table
    QString code; // asset tag, 工号, ...
    QString name;
    QString detail; // why it counts: its room, the equipment in a room, a training date, ...
};

// A group of rows: "Computers for teachers (92)", "Classrooms without multimedia (7)".
struct DrillSection
{
    QString title;
    bool counted = true; // false: the rows the figure leaves out (rooms without multimedia)
    QList<DrillRow> rows;
};

struct IndicatorFigure
{
    Indicator indicator = Indicator::TeacherComputerRatio;
    std::optional<double> value;
    std::optional<double> target;
    std::optional<bool> met;
    bool targetFromDistrict = false;
    // What was recorded for the year (indicator_snapshots), when it was.
    std::optional<double> recorded;
    // The counts behind the value: teachers and computers, rooms with multimedia and rooms, ...
    qint64 numerator = 0;
    qint64 denominator = 0;
    QString basis; // translated: "185 teachers / 92 computers"
    QList<DrillSection> sections;

    int countedRows() const;
};

struct FundingSpending
{
    QString source; // empty: not recorded
    qint64 fen = 0;
    int items = 0;
};

// Every indicator of one school year, as of its last day (or today for the current year).
struct IndicatorYear
{
    int year = 0;
    QDate asOf;
    bool current = false; // the running year: as of today, nothing recorded yet
    QString schoolCode;
    QString schoolName;
    QList<IndicatorFigure> figures;  // in Indicators::all() order
    QList<FundingSpending> spending; // largest first
    IndicatorTargets targets;
    QString recordedAt; // when the year's figures were recorded (indicator_snapshots), or empty

    const IndicatorFigure &figure(Indicator i) const { return figures.at(Indicators::index(i)); }
    IndicatorFigure &figure(Indicator i) { return figures[Indicators::index(i)]; }
};

// One indicator over the years against its target, for the charts. Past years use the figures
// recorded for them where there are some, otherwise what the register says for that year.
struct IndicatorPoint
{
    int year = 0;
    std::optional<double> value;
    std::optional<double> target;
    bool recorded = false;
};

struct IndicatorHistory
{
    QList<int> years;
    std::array<QList<IndicatorPoint>, kIndicatorCount> series;
    const QList<IndicatorPoint> &of(Indicator i) const { return series[Indicators::index(i)]; }
};

} // namespace SchoolSuite
