#pragma once

#include <QList>
#include <QString>

namespace SchoolSuite {

// The people directory's records as the services hand them out. Fields the session may not see
// are empty; idNumber is masked unless it was revealed.
struct Student
{
    QString id;
    QString studentNo; // masked like the ID number it holds, until revealed
    QString name;
    QString gender; // M, F or empty
    QString birthDate;
    QString classId;
    int grade = 0;
    QString className; // 七年级(1)班
    QString idNumber;
    bool idMasked = true;
    QString guardian;
    QString phone;
    QString status;
};

struct StaffMember
{
    QString id;
    QString staffNo;
    QString name;
    QString gender;
    QString role;    // 职务
    QString subject; // 学科
    QString phone;
    bool etTrained = false; // completed educational-technology training
    QString etTrainedOn;
    bool active = true;
};

struct SchoolClass
{
    QString id;
    int grade = 0;
    QString name; // "1"
    QString displayName;
    QString homeroomStaffId;
    QString homeroomName;
    QString roomId;
    QString roomName;
    int studentCount = 0;
};

struct Room
{
    QString id;
    QString name;
    QString type;
    QString building;
    int floor = 0;
    int capacity = 0;
    bool hasMultimedia = false;
    QString note;
};

namespace Grades {
QString name(int grade);        // 7 -> 七年级, 10 -> 高一
int parse(const QString &text); // 七年级, 初一, 7, 高一, Grade 7 -> number; 0 if not
QString parseClassName(const QString &text); // (1)班, 1班, 七年级1班, 1 -> "1"; empty if not
QString className(int grade, const QString &name); // 七年级(1)班
} // namespace Grades

namespace RoomTypes {
QStringList all();
QString title(const QString &type); // translated
} // namespace RoomTypes

} // namespace SchoolSuite
