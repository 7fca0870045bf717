// The figures of one year from the loaded register (IndicatorData::evaluate).
#include "indicatordata.h"

#include <QCoreApplication>

#include <algorithm>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::IndicatorData", text);
}


std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

void IndicatorData::computers(IndicatorYear &y, Indicator which, bool drill) const
{
    const bool teachers = which == Indicator::TeacherComputerRatio;
    const QString use = teachers ? QStringLiteral("teacher") : QStringLiteral("student");
    IndicatorFigure &f = y.figure(which);
    DrillSection people;
    DrillSection machines;
    qint64 headcount = 0;
    if (teachers) {
        headcount = m_teachers.size();
        if (drill) {
            for (const Person &p : m_teachers)
                people.rows << DrillRow{
                    QStringLiteral("staff"),
                    p.id,
                    p.number,
                    p.name,
                    QStringList{p.role, p.subject}.join(QLatin1Char(' ')).trimmed()};
        }
    } else {
        for (const ClassCount &c : m_classes) {
            headcount += c.students;
            if (drill)
                people.rows << DrillRow{QStringLiteral("class"),
                                        c.id,
                                        QString(),
                                        c.name,
                                        QCoreApplication::translate("SchoolSuite::IndicatorData", "%n student(s)", nullptr, int(c.students))};
        }
    }
    qint64 count = 0;
    for (const Item &item : m_items) {
        if (item.kind != QLatin1String("computer") || item.use != use || !item.inServiceOn(y.asOf))
            continue;
        ++count;
        if (drill)
            machines.rows << itemRow(item);
    }
    f.numerator = headcount;
    f.denominator = count;
    if (count > 0)
        f.value = double(headcount) / double(count);
    if (teachers) {
        f.basis = tr("%1 teachers / %2 computers for teachers").arg(headcount).arg(count);
        people.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Teaching staff (%n)", nullptr, int(headcount));
        machines.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Computers for teachers (%n)", nullptr, int(count));
    } else {
        f.basis = tr("%1 students / %2 computers for students").arg(headcount).arg(count);
        people.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Enrolled students by class (%n)", nullptr, int(headcount));
        machines.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Computers for students (%n)", nullptr, int(count));
    }
    if (drill)
        f.sections = {people, machines};
}

void IndicatorData::rooms(IndicatorYear &y, Indicator which, bool drill) const
{
    const bool classrooms = which == Indicator::ClassroomMultimediaRate;
    const QStringList functional = functionalRoomTypes();
    const QStringList kinds = multimediaKinds();
    QHash<QString, QStringList> equipped; // room id -> its multimedia items
    for (const Item &item : m_items) {
        if (!item.roomId.isEmpty() && kinds.contains(item.kind) && item.inServiceOn(y.asOf))
            equipped[item.roomId] << QStringLiteral("%1 %2").arg(item.name, item.tag);
    }
    IndicatorFigure &f = y.figure(which);
    DrillSection with;
    DrillSection without;
    without.counted = false;
    qint64 total = 0;
    qint64 counted = 0;
    for (const Room &room : m_rooms) {
        const bool mine
            = classrooms ? room.type == QLatin1String("classroom") : functional.contains(room.type);
        if (!mine)
            continue;
        ++total;
        const auto items = equipped.constFind(room.id);
        // A room whose equipment is on record is judged by it; a room with none on record yet
        // by its multimedia mark, so a school that has not entered its equipment is not at 0 %.
        bool yes = false;
        QString why;
        if (items != equipped.cend()) {
            yes = true;
            why = items->join(QStringLiteral(", "));
        } else if (!room.hasItems && room.flagged) {
            yes = true;
            why = tr("Marked as a multimedia room; no equipment on record");
        } else if (room.hasItems) {
            why = tr("No whiteboard, projector or multimedia podium on record in this room");
        } else {
            why = tr("Not marked as a multimedia room; no equipment on record");
        }
        if (yes)
            ++counted;
        if (drill) {
            (yes ? with : without).rows
                << DrillRow{QStringLiteral("room"), room.id, QString(), room.name, why};
        }
    }
    f.numerator = counted;
    f.denominator = total;
    f.value = share(counted, total);
    if (classrooms) {
        f.basis = tr("%1 of %2 classrooms").arg(counted).arg(total);
        with.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Classrooms with multimedia (%n)", nullptr, int(counted));
        without.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Classrooms without multimedia (%n)", nullptr, int(total - counted));
    } else {
        f.basis = tr("%1 of %2 functional rooms").arg(counted).arg(total);
        with.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Functional rooms with multimedia (%n)", nullptr, int(counted));
        without.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Functional rooms without multimedia (%n)", nullptr, int(total - counted));
    }
    if (drill)
        f.sections = {with, without};
}

void IndicatorData::campus(IndicatorYear &y, bool drill) const
{
    IndicatorFigure &f = y.figure(Indicator::CampusNetwork);
    bool ok = false;
    const int since = m_campusSince.toInt(&ok);
    const bool inPlace = ok && since <= y.year;
    f.value = inPlace ? 1.0 : 0.0;
    f.numerator = inPlace ? 1 : 0;
    f.denominator = 1;
    f.basis = ok ? tr("In place since %1").arg(since) : tr("Not recorded");
    if (!drill)
        return;
    DrillSection setting;
    setting.title = tr("School setting");
    setting.counted = inPlace;
    setting.rows << DrillRow{QStringLiteral("setting"),
                             QStringLiteral("campus_network_since"),
                             QString(),
                             f.basis,
                             m_campusNote};
    DrillSection devices;
    for (const Item &item : m_items) {
        if (item.kind == QLatin1String("network") && item.inServiceOn(y.asOf))
            devices.rows << itemRow(item);
    }
    devices.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Network equipment in service (%n)", nullptr, int(devices.rows.size()));
    f.sections = {setting, devices};
}

void IndicatorData::training(IndicatorYear &y, bool drill) const
{
    IndicatorFigure &f = y.figure(Indicator::TeacherEtTrainedRate);
    DrillSection trained;
    DrillSection untrained;
    untrained.counted = false;
    qint64 yes = 0;
    for (const Person &p : m_teachers) {
        // Trained without a date: counted in every year (the date was not entered).
        const bool counted = p.trained && (!p.trainedOn.isValid() || p.trainedOn <= y.asOf);
        if (counted)
            ++yes;
        if (drill) {
            QString detail;
            if (p.trained && !p.trainedOn.isValid())
                detail = tr("Trained (no date)");
            else if (p.trained && counted)
                detail = tr("Trained on %1").arg(p.trainedOn.toString(Qt::ISODate));
            else if (p.trained)
                detail = tr("Trained later, on %1").arg(p.trainedOn.toString(Qt::ISODate));
            (counted ? trained : untrained).rows
                << DrillRow{QStringLiteral("staff"), p.id, p.number, p.name, detail};
        }
    }
    const qint64 total = m_teachers.size();
    f.numerator = yes;
    f.denominator = total;
    f.value = share(yes, total);
    f.basis = tr("%1 of %2 teachers").arg(yes).arg(total);
    trained.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Trained (%n)", nullptr, int(yes));
    untrained.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Not yet trained (%n)", nullptr, int(total - yes));
    if (drill)
        f.sections = {trained, untrained};
}

void IndicatorData::serviceLife(IndicatorYear &y, bool drill) const
{
    IndicatorFigure &f = y.figure(Indicator::ComputersPastServiceLife);
    DrillSection past;
    qint64 computers = 0;
    qint64 count = 0;
    for (const Item &item : m_items) {
        if (item.kind != QLatin1String("computer") || !item.inServiceOn(y.asOf))
            continue;
        ++computers;
        if (!item.purchased.isValid() || item.serviceLifeYears <= 0
            || item.purchased.addYears(item.serviceLifeYears) > y.asOf)
            continue;
        ++count;
        if (drill) {
            DrillRow row = itemRow(item);
            row.detail
                += QStringLiteral(" · ")
                   + tr("service life %1 years, ended %2")
                         .arg(item.serviceLifeYears)
                         .arg(item.purchased.addYears(item.serviceLifeYears).toString(Qt::ISODate));
            past.rows << row;
        }
    }
    f.value = double(count);
    f.numerator = count;
    f.denominator = computers;
    f.basis = tr("%1 of %2 computers in service").arg(count).arg(computers);
    past.title = QCoreApplication::translate("SchoolSuite::IndicatorData", "Computers past their service life (%n)", nullptr, int(count));
    if (drill)
        f.sections = {past};
}

void IndicatorData::spending(IndicatorYear &y, bool drill) const
{
    IndicatorFigure &f = y.figure(Indicator::Spending);
    QHash<QString, FundingSpending> bySource;
    QHash<QString, DrillSection> sections;
    qint64 total = 0;
    qint64 items = 0;
    for (const Item &item : m_items) {
        // Spending is what was bought in the year, whatever became of it later.
        if (!item.purchased.isValid() || item.purchased.year() != y.year || item.priceFen < 0)
            continue;
        FundingSpending &s = bySource[item.fundingSource];
        s.source = item.fundingSource;
        s.fen += item.priceFen;
        ++s.items;
        total += item.priceFen;
        ++items;
        if (drill) {
            DrillRow row = itemRow(item);
            row.detail += QStringLiteral(" · ") + Indicators::formatFen(item.priceFen);
            sections[item.fundingSource].rows << row;
        }
    }
    y.spending = bySource.values();
    std::sort(y.spending.begin(), y.spending.end(), [](const auto &a, const auto &b) {
        return a.fen != b.fen ? a.fen > b.fen : a.source < b.source;
    });
    f.value = double(total);
    f.numerator = total;
    f.denominator = items;
    f.basis = QCoreApplication::translate("SchoolSuite::IndicatorData", "%n item(s) bought", nullptr, int(items));
    if (!drill)
        return;
    for (const FundingSpending &s : std::as_const(y.spending)) {
        DrillSection section = sections.value(s.source);
        section.title = QStringLiteral("%1 — %2 (%3)")
                            .arg(s.source.isEmpty() ? tr("Funding source not recorded") : s.source,
                                 Indicators::formatFen(s.fen))
                            .arg(s.items);
        f.sections << section;
    }
}

} // namespace SchoolSuite
