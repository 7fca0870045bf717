#include "indicator.h"

#include <QCoreApplication>
#include <QLocale>

namespace SchoolSuite::Indicators {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Indicators", text);
}
constexpr double kEpsilon = 1e-9;
} // namespace

QList<Indicator> all()
{
    QList<Indicator> list;
    for (int i = 0; i < kIndicatorCount; ++i)
        list << Indicator(i);
    return list;
}

QString key(Indicator i)
{
    switch (i) {
    case Indicator::TeacherComputerRatio:
        return QStringLiteral("teacher_computer_ratio");
    case Indicator::StudentComputerRatio:
        return QStringLiteral("student_computer_ratio");
    case Indicator::ClassroomMultimediaRate:
        return QStringLiteral("classroom_multimedia_rate");
    case Indicator::FunctionalRoomMultimediaRate:
        return QStringLiteral("functional_room_multimedia_rate");
    case Indicator::CampusNetwork:
        return QStringLiteral("campus_network");
    case Indicator::TeacherEtTrainedRate:
        return QStringLiteral("teacher_et_trained_rate");
    case Indicator::ComputersPastServiceLife:
        return QStringLiteral("computers_past_service_life");
    case Indicator::Spending:
        return QStringLiteral("spending_by_funding_source");
    }
    return {};
}

std::optional<Indicator> fromKey(const QString &k)
{
    for (Indicator i : all()) {
        if (key(i) == k)
            return i;
    }
    return std::nullopt;
}

QString title(Indicator i)
{
    switch (i) {
    case Indicator::TeacherComputerRatio:
        return tr("Teachers per computer");
    case Indicator::StudentComputerRatio:
        return tr("Students per computer");
    case Indicator::ClassroomMultimediaRate:
        return tr("Classrooms with multimedia");
    case Indicator::FunctionalRoomMultimediaRate:
        return tr("Functional rooms with multimedia");
    case Indicator::CampusNetwork:
        return tr("Campus network");
    case Indicator::TeacherEtTrainedRate:
        return tr("Teachers trained in educational technology");
    case Indicator::ComputersPastServiceLife:
        return tr("Computers past service life");
    case Indicator::Spending:
        return tr("Equipment spending");
    }
    return {};
}

QString explanation(Indicator i)
{
    switch (i) {
    case Indicator::TeacherComputerRatio:
        return tr("Active teaching staff per computer for teachers' use that is neither lost nor "
                  "scrapped. Lower is better.");
    case Indicator::StudentComputerRatio:
        return tr("Enrolled students per computer for students' use that is neither lost nor "
                  "scrapped. Lower is better.");
    case Indicator::ClassroomMultimediaRate:
        return tr("General classrooms with an interactive whiteboard, projector or multimedia "
                  "podium in them; a room with no equipment on record counts by its multimedia "
                  "mark.");
    case Indicator::FunctionalRoomMultimediaRate:
        return tr("Computer labs, e-preparation and e-reading rooms, library, laboratories and "
                  "multimedia rooms with multimedia equipment, counted as for classrooms.");
    case Indicator::CampusNetwork:
        return tr("Whether the school's campus network is in place (set below by the principal "
                  "or clerk).");
    case Indicator::TeacherEtTrainedRate:
        return tr("Share of active teaching staff trained in educational technology by the end "
                  "of the year.");
    case Indicator::ComputersPastServiceLife:
        return tr("Computers in service whose category's service life has run out: the list "
                  "for replacement planning.");
    case Indicator::Spending:
        return tr("Price of the equipment bought in the year, per funding source.");
    }
    return {};
}

Direction direction(Indicator i)
{
    switch (i) {
    case Indicator::TeacherComputerRatio:
    case Indicator::StudentComputerRatio:
        return Direction::LowerIsBetter;
    case Indicator::ClassroomMultimediaRate:
    case Indicator::FunctionalRoomMultimediaRate:
    case Indicator::CampusNetwork:
    case Indicator::TeacherEtTrainedRate:
        return Direction::HigherIsBetter;
    case Indicator::ComputersPastServiceLife:
    case Indicator::Spending:
        return Direction::Informational;
    }
    return Direction::Informational;
}

std::optional<bool> met(Indicator i, std::optional<double> value, std::optional<double> target)
{
    if (!target || direction(i) == Direction::Informational)
        return std::nullopt;
    if (!value)
        return false;
    if (direction(i) == Direction::LowerIsBetter)
        return *value <= *target + kEpsilon;
    return *value >= *target - kEpsilon;
}

QString formatFen(qint64 fen)
{
    return QStringLiteral("¥") + QLocale(QLocale::Chinese).toString(double(fen) / 100.0, 'f', 2);
}

QString format(Indicator i, std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    const QLocale locale;
    switch (i) {
    case Indicator::TeacherComputerRatio:
    case Indicator::StudentComputerRatio:
        return QStringLiteral("%1:1").arg(locale.toString(*value, 'f', *value < 10 ? 2 : 1));
    case Indicator::ClassroomMultimediaRate:
    case Indicator::FunctionalRoomMultimediaRate:
    case Indicator::TeacherEtTrainedRate:
        return locale.toString(*value * 100.0, 'f', 1) + QStringLiteral("%");
    case Indicator::CampusNetwork:
        return *value >= 0.5 ? tr("In place") : tr("Not in place");
    case Indicator::ComputersPastServiceLife:
        return QCoreApplication::translate("SchoolSuite::Indicators", "%n computer(s)", nullptr, int(int(*value)));
    case Indicator::Spending:
        return formatFen(qint64(*value));
    }
    return {};
}

} // namespace SchoolSuite::Indicators
