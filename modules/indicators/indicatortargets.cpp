#include "indicatortargets.h"

#include "sync/districtdata.h"

namespace SchoolSuite {

namespace {

struct Milestone
{
    int year;
    Indicator indicator;
    double value;
};

// The plan's milestones per figure. A figure a milestone year does not name keeps its earlier
// value (the plan says 师机比 "保持1:1" in 2020, and the teachers' training, complete in 2017,
// stays complete).
const QList<Milestone> &milestones()
{
    static const QList<Milestone> list{
        {2015, Indicator::ClassroomMultimediaRate, 0.7},
        {2015, Indicator::TeacherComputerRatio, 2.0},
        {2015, Indicator::StudentComputerRatio, 12.0},
        // Task 1 of the plan: every school builds a campus network (the yearly shares 80 %,
        // 85 %, 90 % are of the district's schools; a school either has one or not).
        {2015, Indicator::CampusNetwork, 1.0},
        {2016, Indicator::ClassroomMultimediaRate, 0.8},
        {2016, Indicator::TeacherComputerRatio, 1.5},
        {2016, Indicator::StudentComputerRatio, 10.0},
        {2017, Indicator::ClassroomMultimediaRate, 0.9},
        {2017, Indicator::TeacherComputerRatio, 1.0},
        {2017, Indicator::StudentComputerRatio, 8.0},
        {2017, Indicator::TeacherEtTrainedRate, 1.0}, // 教师教育技术能力提高培训全员完成
        {2020, Indicator::ClassroomMultimediaRate, 1.0},
        {2020, Indicator::FunctionalRoomMultimediaRate, 1.0},
        {2020, Indicator::TeacherComputerRatio, 1.0},
        {2020, Indicator::StudentComputerRatio, 7.0},
    };
    return list;
}

} // namespace

QList<int> IndicatorTargets::planYears()
{
    QList<int> years;
    for (const Milestone &m : milestones()) {
        if (!years.contains(m.year))
            years << m.year;
    }
    return years;
}

IndicatorTargets IndicatorTargets::planDefault(int year)
{
    IndicatorTargets t;
    t.year = year;
    for (const Milestone &m : milestones()) { // in year order: later ones overwrite
        if (m.year <= year)
            t.values[Indicators::index(m.indicator)] = m.value;
    }
    return t;
}

IndicatorTargets IndicatorTargets::forYear(const QSqlDatabase &db, int year)
{
    IndicatorTargets t = planDefault(year);
    const std::optional<DistrictData::Target> district = DistrictData::targetFor(db, year);
    if (!district)
        return t;
    t.districtYear = district->year;
    t.note = district->note;
    const auto take = [&t](Indicator i, const std::optional<double> &v) {
        if (v) {
            t.values[Indicators::index(i)] = v;
            t.fromDistrict[Indicators::index(i)] = true;
        }
    };
    take(Indicator::ClassroomMultimediaRate, district->classroomMultimediaRate);
    take(Indicator::TeacherComputerRatio, district->teacherComputerRatio);
    take(Indicator::StudentComputerRatio, district->studentComputerRatio);
    return t;
}

} // namespace SchoolSuite
