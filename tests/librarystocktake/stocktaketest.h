#pragma once

// A small library for the stocktake tests: copies with call numbers on shelves of 图书馆, a
// student who borrows, written through LibraryService and Circulation.
#include "testutil.h"

#include "core/store/database.h"
#include "library/catalog/libraryservice.h"
#include "library/circulation/circulation.h"
#include "library/librarymodule.h"
#include "sync/syncmodule.h"

namespace SchoolSuite::Test {

inline void initStocktakeTests()
{
    initTestEnvironment();
    registerSyncModule();
    registerLibraryModule();
}

struct Shelves
{
    Database &db;
    const Session &admin;
    QHash<QString, QString> titles; // clc -> title id

    QString addCopy(const QString &barcode,
                    const QString &callNo,
                    const QString &shelf,
                    const QString &status = QStringLiteral("active"))
    {
        LibraryService service(admin);
        QString clc;
        CallNumber::split(callNo, &clc, nullptr, nullptr);
        // A title per copy, so copies of one class keep the call numbers they are given.
        BibRecord r;
        r.title = QStringLiteral("书 %1").arg(callNo);
        r.clc = clc;
        const QString titleId = service.addTitle(r);
        LibraryCopy c;
        c.titleId = titleId;
        c.barcode = barcode;
        c.callNo = callNo;
        c.location = QStringLiteral("图书馆");
        c.shelf = shelf;
        const QString id = service.addCopy(c);
        if (status != QLatin1String("active"))
            service.setCopyStatus(id, status);
        return id;
    }

    // A student of 七年级(2)班 borrows the copy.
    void lend(const QString &barcode)
    {
        if (db.scalar(QStringLiteral("SELECT count(*) FROM students WHERE student_no = 'S001'"))
                .toInt()
            == 0) {
            db.exec(QStringLiteral("INSERT INTO classes (grade, name) VALUES (7, '2')"));
            db.exec(QStringLiteral("INSERT INTO students (student_no, name, class_id) SELECT "
                                   "'S001', '李明', id FROM classes WHERE grade = 7"));
        }
        Circulation desk(admin);
        desk.setNow(QDateTime(QDate(2025, 3, 7), QTime(10, 0)));
        desk.checkout(QStringLiteral("S001"), barcode);
    }
};

} // namespace SchoolSuite::Test
