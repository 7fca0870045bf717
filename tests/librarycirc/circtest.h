#pragma once

// A school with a small library for the circulation tests: classes, students and staff written
// as the people directory keeps them, titles and copies through LibraryService.
#include "testutil.h"

#include "core/store/database.h"
#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "sync/syncmodule.h"

#include <QSqlQuery>

namespace SchoolSuite::Test {

inline void initLibraryTests()
{
    initTestEnvironment();
    registerSyncModule();
    registerLibraryModule();
}

struct Library
{
    Database &db;
    const Session &admin;

    QString addStaff(const QString &no, const QString &name, bool active = true)
    {
        db.exec(QStringLiteral("INSERT INTO staff (staff_no, name, active) VALUES (?, ?, ?)"),
                {no, name, active ? 1 : 0});
        return db.scalar(QStringLiteral("SELECT id FROM staff WHERE staff_no = ?"), {no})
            .toString();
    }
    QString addClass(int grade, const QString &name, const QString &homeroomStaffId = {})
    {
        db.exec(QStringLiteral("INSERT INTO classes (grade, name, homeroom_staff_id) VALUES (?, ?, "
                               "?)"),
                {grade, name, homeroomStaffId.isEmpty() ? QVariant() : QVariant(homeroomStaffId)});
        return db
            .scalar(QStringLiteral("SELECT id FROM classes WHERE grade = ? AND name = ?"),
                    {grade, name})
            .toString();
    }
    QString addStudent(const QString &no,
                       const QString &name,
                       const QString &classId,
                       const QString &status = QStringLiteral("enrolled"))
    {
        db.exec(QStringLiteral("INSERT INTO students (student_no, name, class_id, status) VALUES "
                               "(?, ?, ?, ?)"),
                {no, name, classId, status});
        return db.scalar(QStringLiteral("SELECT id FROM students WHERE student_no = ?"), {no})
            .toString();
    }
    QString addTitle(const QString &title, const QString &clc = QStringLiteral("I247.5"))
    {
        BibRecord r;
        r.title = title;
        r.clc = clc;
        return LibraryService(admin).addTitle(r);
    }
    QString addCopy(const QString &titleId,
                    const QString &barcode,
                    const QString &itemType = QStringLiteral("book"))
    {
        LibraryCopy c;
        c.titleId = titleId;
        c.barcode = barcode;
        c.itemType = itemType;
        return LibraryService(admin).addCopy(c);
    }
    int count(const QString &table)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
};

} // namespace SchoolSuite::Test
