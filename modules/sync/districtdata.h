#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace SchoolSuite {

// The district's shared data as pulled into the local store (read-only here): notices
// (信息发布) and the plan's yearly targets.
namespace DistrictData {

struct Attachment
{
    QString name;
    QString sha256;
    qint64 size = 0;
    QString mime;
};

struct Notice
{
    QString id;
    QString title;
    QString body;
    QDateTime publishedAt; // UTC
    QString publisher;
    QList<Attachment> attachments;
};

// The targets of one year of the plan: classrooms with multimedia (a share, 0.9 = 90 %),
// teachers per computer and students per computer (2.0 = 2:1).
struct Target
{
    int year = 0;
    std::optional<double> classroomMultimediaRate;
    std::optional<double> teacherComputerRatio;
    std::optional<double> studentComputerRatio;
    QString note;
};

// Newest first. Empty when the store has no district tables (the sync module is not part of
// the program) or nothing was pulled yet.
QList<Notice> notices(const QSqlDatabase &db, int limit = 20);
QList<Target> targets(const QSqlDatabase &db);
// The target that applies to a year: that year's, else the latest earlier one (the plan names
// 2015, 2016, 2017 and 2020; 2018 is held to 2017's).
std::optional<Target> targetFor(const QSqlDatabase &db, int year);

} // namespace DistrictData

} // namespace SchoolSuite
