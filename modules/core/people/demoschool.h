#pragma once

#include <QString>

namespace SchoolSuite {

class LocalStore;

// A realistic, deterministic Chinese school for demonstrations, tests and benchmarks: plausible
// names, valid 学籍号 and ID check digits, classes with homeroom teachers, rooms of every type,
// and one account per role (password as given).
class DemoSchool
{
public:
    enum class Size { Small, Large }; // 300 students / 30 staff; 3,000 / 200 / 60 classes

    struct Result
    {
        int students = 0;
        int staff = 0;
        int classes = 0;
        int rooms = 0;
    };

    static Result create(LocalStore &store, Size size, quint32 seed, const QString &password);
    static QString defaultPassword() { return QStringLiteral("schoolsuite"); }
    static QString schoolCode() { return QStringLiteral("DC0001"); }
    static QString schoolName(); // 通化市东昌区实验学校
};

} // namespace SchoolSuite
