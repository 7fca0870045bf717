#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace SchoolSuite {

// The informatization indicators of the district plan (通昌政办发〔2015〕8号), one school and year.
enum class Indicator {
    TeacherComputerRatio,         // 师机比: teaching staff per teacher-use computer
    StudentComputerRatio,         // 生机比: enrolled students per student-use computer
    ClassroomMultimediaRate,      // general classrooms with multimedia equipment
    FunctionalRoomMultimediaRate, // functional rooms with multimedia equipment
    CampusNetwork,                // 校园网 in place (1) or not (0)
    TeacherEtTrainedRate,         // teachers trained in educational technology
    ComputersPastServiceLife,     // computers in service past their category's service life
    Spending,                     // spent on equipment bought in the year, fen
};
constexpr int kIndicatorCount = 8;

// One value per indicator.
using IndicatorValues = std::array<std::optional<double>, kIndicatorCount>;

namespace Indicators {

enum class Direction { LowerIsBetter, HigherIsBetter, Informational };

QList<Indicator> all();
inline int index(Indicator i)
{
    return int(i);
}
// The JSON key (CLI.md): "teacher_computer_ratio", ..., "spending_by_funding_source".
QString key(Indicator i);
std::optional<Indicator> fromKey(const QString &key);
QString title(Indicator i);       // translated: 师机比
QString explanation(Indicator i); // translated: how it is counted, one or two sentences
Direction direction(Indicator i);
// Ratios are people per computer (2.0 = 2:1): met at or below the target. Rates and the campus
// network are met at or above it. Without a value (no computers, no rooms) a target is missed;
// without a target there is nothing to meet (nullopt).
std::optional<bool> met(Indicator i, std::optional<double> value, std::optional<double> target);
// As people read it: "2.3:1", "88.5%", "是", "12 台", "¥1,234.50"; "—" without a value.
QString format(Indicator i, std::optional<double> value);
QString formatFen(qint64 fen); // "¥1,234.50"

} // namespace Indicators

} // namespace SchoolSuite
