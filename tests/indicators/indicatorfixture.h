#pragma once

// A hand-made school whose every indicator is known (raw SQL into the register, as a clerk's
// import or the sync would leave it). The expected figures are worked out in the comments.
#include "core/store/database.h"
#include "equipment/equipmentmodule.h"
#include "indicators/indicatorsmodule.h"
#include "sync/syncmodule.h"
#include "testutil.h"

#include <QHash>

namespace SchoolSuite::Test {

inline void registerIndicatorTestModules()
{
    initTestEnvironment();
    registerSyncModule();
    registerEquipmentModule();
    registerIndicatorsModule();
}

struct IndicatorFixture
{
    QHash<QString, QString> ids; // fixture name -> row id

    QString insert(Database &db, const QString &name, const QString &sql, const QVariantList &args)
    {
        db.exec(sql, args);
        const QString id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE rowid = "
                                                    "last_insert_rowid()")
                                         .arg(sql.section(QLatin1Char(' '), 2, 2)))
                               .toString();
        ids.insert(name, id);
        return id;
    }

    QString room(Database &db, const QString &name, const QString &type, bool flagged)
    {
        return insert(db,
                      name,
                      QStringLiteral("INSERT INTO rooms (name, type, has_multimedia) VALUES (?, ?, "
                                     "?)"),
                      {name, type, flagged ? 1 : 0});
    }

    QString category(Database &db,
                     const QString &name,
                     const QString &kind,
                     const QVariant &life,
                     const QString &parent = {})
    {
        return insert(db,
                      name,
                      QStringLiteral("INSERT INTO equipment_categories (name, kind, "
                                     "service_life_years, parent_id) VALUES (?, ?, ?, ?)"),
                      {name, kind, life, parent.isEmpty() ? QVariant() : QVariant(parent)});
    }

    QString item(Database &db,
                 const QString &tag,
                 const QString &category,
                 const QVariant &use,
                 const QString &room,
                 const QVariant &purchased,
                 const QVariant &priceFen = {},
                 const QVariant &funding = {},
                 const QString &status = QStringLiteral("in_use"))
    {
        return insert(db,
                      tag,
                      QStringLiteral("INSERT INTO equipment_items (asset_tag, name, category_id, "
                                     "use, room_id, purchase_date, price_fen, funding_source, "
                                     "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {tag,
                       QStringLiteral("设备 ") + tag,
                       ids.value(category),
                       use,
                       room.isEmpty() ? QVariant() : QVariant(ids.value(room)),
                       purchased,
                       priceFen,
                       funding,
                       status});
    }

    void movement(Database &db, const QString &tag, const QString &kind, const QString &at)
    {
        db.exec(QStringLiteral("INSERT INTO equipment_movements (item_id, kind, at) VALUES (?, ?, "
                               "?)"),
                {ids.value(tag), kind, at});
    }

    QString staff(Database &db,
                  const QString &number,
                  const QString &role,
                  const QVariant &subject,
                  bool trained,
                  const QVariant &trainedOn,
                  bool active = true)
    {
        return insert(db,
                      number,
                      QStringLiteral("INSERT INTO staff (staff_no, name, role, subject, "
                                     "et_trained, et_trained_on, active) VALUES (?, ?, ?, ?, ?, "
                                     "?, ?)"),
                      {number,
                       QStringLiteral("教师") + number,
                       role,
                       subject,
                       trained ? 1 : 0,
                       trainedOn,
                       active ? 1 : 0});
    }

    // Teaching staff: T01-T06 (a subject each) and T09 (班主任, no subject) = 7; T07 has left
    // (inactive), T08 is the head (校长, no subject). Trained: T01-T03 on 2015-06-01, T04 on
    // 2018-03-01, T05 without a date; T06 and T09 not: 2017 4 of 7, 2018 on 5 of 7.
    // Students: 10 + 14 enrolled, 1 transferred: 24.
    // Computers for teachers: TC1 2014 (desktop: life 6 inherited, ends 2020-05-01), TC2 2016,
    // TC3 2018, TC4 bought 2017-01-05 and lost 2017-06-01, TC5 bought 2012 and scrapped
    // 2019-03-01, TC6 scrapped without a movement, TC7 without a purchase date (registered
    // today); OFF1 is an office laptop. 2017: TC1, TC2, TC5 = 3, 7/3 teachers per computer.
    // Computers for students: SC1-SC3 2015 (财政专项资金 3,000 yuan each), SC4 2017 (学校公用经费
    // 2,500 yuan): 2017 24/4 = 6.
    // Classrooms C1-C5: C1 a whiteboard from 2016-08-01; C2 marked, nothing on record (counts);
    // C3 marked but only a desk on record (does not); C4 unmarked, a podium from 2017-09-01; C5 a
    // projector 2014 scrapped 2016-05-01. 2015: C2 C5; 2016: C1 C2; 2017: C1 C2 C4 = 60 %.
    // Functional rooms: LAB (projector 2015), EPREP (marked, nothing on record), LIB (unmarked,
    // nothing) = 2 of 3; OFFICE (marked) is not a functional room.
    // Past service life: 2017 none (TC5 ends 2018-01-01); 2018 TC5; 2020 TC1.
    // Spending 2017: TC4 4,000 yuan 上级项目资金, SC4 2,500 yuan 学校公用经费; 2015 9,000 yuan.
    void build(Database &db)
    {
        db.transaction([&] {
            for (const QString &c : {QStringLiteral("C1"),
                                     QStringLiteral("C2"),
                                     QStringLiteral("C3"),
                                     QStringLiteral("C4"),
                                     QStringLiteral("C5")})
                room(db,
                     c,
                     QStringLiteral("classroom"),
                     c == QLatin1String("C2") || c == QLatin1String("C3"));
            room(db, QStringLiteral("LAB"), QStringLiteral("computer_lab"), false);
            room(db, QStringLiteral("EPREP"), QStringLiteral("eprep"), true);
            room(db, QStringLiteral("LIB"), QStringLiteral("library"), false);
            room(db, QStringLiteral("OFFICE"), QStringLiteral("office"), true);

            const QString computer
                = category(db, QStringLiteral("计算机"), QStringLiteral("computer"), 6);
            category(db, QStringLiteral("台式机"), QStringLiteral("other"), QVariant(), computer);
            category(db, QStringLiteral("白板"), QStringLiteral("whiteboard"), 8);
            category(db, QStringLiteral("投影仪"), QStringLiteral("projector"), 6);
            category(db, QStringLiteral("讲台"), QStringLiteral("podium"), 8);
            category(db, QStringLiteral("交换机"), QStringLiteral("network"), 8);
            category(db, QStringLiteral("课桌"), QStringLiteral("furniture"), 10);

            const QString t = QStringLiteral("teacher");
            const QString s = QStringLiteral("student");
            item(db,
                 QStringLiteral("TC1"),
                 QStringLiteral("台式机"),
                 t,
                 QStringLiteral("OFFICE"),
                 QStringLiteral("2014-05-01"));
            item(db,
                 QStringLiteral("TC2"),
                 QStringLiteral("计算机"),
                 t,
                 {},
                 QStringLiteral("2016-09-01"));
            item(db,
                 QStringLiteral("TC3"),
                 QStringLiteral("计算机"),
                 t,
                 {},
                 QStringLiteral("2018-01-10"));
            item(db,
                 QStringLiteral("TC4"),
                 QStringLiteral("计算机"),
                 t,
                 {},
                 QStringLiteral("2017-01-05"),
                 400000,
                 QStringLiteral("上级项目资金"),
                 QStringLiteral("lost"));
            movement(db,
                     QStringLiteral("TC4"),
                     QStringLiteral("lost"),
                     QStringLiteral("2017-06-01T02:00:00.000Z"));
            item(db,
                 QStringLiteral("TC5"),
                 QStringLiteral("计算机"),
                 t,
                 {},
                 QStringLiteral("2012-01-01"),
                 {},
                 {},
                 QStringLiteral("scrapped"));
            movement(db,
                     QStringLiteral("TC5"),
                     QStringLiteral("scrap"),
                     QStringLiteral("2019-03-01T02:00:00.000Z"));
            item(db,
                 QStringLiteral("TC6"),
                 QStringLiteral("计算机"),
                 t,
                 {},
                 QStringLiteral("2015-01-01"),
                 {},
                 {},
                 QStringLiteral("scrapped"));
            item(db, QStringLiteral("TC7"), QStringLiteral("计算机"), t, {}, QVariant());
            item(db,
                 QStringLiteral("OFF1"),
                 QStringLiteral("计算机"),
                 QStringLiteral("office"),
                 QStringLiteral("OFFICE"),
                 QStringLiteral("2015-01-01"));
            for (const QString &tag :
                 {QStringLiteral("SC1"), QStringLiteral("SC2"), QStringLiteral("SC3")})
                item(db,
                     tag,
                     QStringLiteral("计算机"),
                     s,
                     QStringLiteral("LAB"),
                     QStringLiteral("2015-03-01"),
                     300000,
                     QStringLiteral("财政专项资金"));
            item(db,
                 QStringLiteral("SC4"),
                 QStringLiteral("计算机"),
                 s,
                 QStringLiteral("LAB"),
                 QStringLiteral("2017-02-01"),
                 250000,
                 QStringLiteral("学校公用经费"));

            item(db,
                 QStringLiteral("W1"),
                 QStringLiteral("白板"),
                 QStringLiteral("classroom"),
                 QStringLiteral("C1"),
                 QStringLiteral("2016-08-01"));
            item(db,
                 QStringLiteral("F1"),
                 QStringLiteral("课桌"),
                 QStringLiteral("classroom"),
                 QStringLiteral("C3"),
                 QStringLiteral("2013-08-01"));
            item(db,
                 QStringLiteral("D1"),
                 QStringLiteral("讲台"),
                 QStringLiteral("classroom"),
                 QStringLiteral("C4"),
                 QStringLiteral("2017-09-01"));
            item(db,
                 QStringLiteral("P1"),
                 QStringLiteral("投影仪"),
                 QStringLiteral("classroom"),
                 QStringLiteral("C5"),
                 QStringLiteral("2014-01-01"),
                 {},
                 {},
                 QStringLiteral("scrapped"));
            movement(db,
                     QStringLiteral("P1"),
                     QStringLiteral("scrap"),
                     QStringLiteral("2016-05-01T02:00:00.000Z"));
            item(db,
                 QStringLiteral("P2"),
                 QStringLiteral("投影仪"),
                 QStringLiteral("classroom"),
                 QStringLiteral("LAB"),
                 QStringLiteral("2015-01-01"));
            item(db,
                 QStringLiteral("N1"),
                 QStringLiteral("交换机"),
                 QVariant(),
                 QStringLiteral("OFFICE"),
                 QStringLiteral("2014-09-01"));

            const QString teacher = QStringLiteral("教师");
            staff(db,
                  QStringLiteral("T01"),
                  teacher,
                  QStringLiteral("语文"),
                  true,
                  QStringLiteral("2015-06-01"));
            staff(db,
                  QStringLiteral("T02"),
                  teacher,
                  QStringLiteral("数学"),
                  true,
                  QStringLiteral("2015-06-01"));
            staff(db,
                  QStringLiteral("T03"),
                  teacher,
                  QStringLiteral("英语"),
                  true,
                  QStringLiteral("2015-06-01"));
            staff(db,
                  QStringLiteral("T04"),
                  teacher,
                  QStringLiteral("科学"),
                  true,
                  QStringLiteral("2018-03-01"));
            staff(db, QStringLiteral("T05"), teacher, QStringLiteral("音乐"), true, QVariant());
            staff(db, QStringLiteral("T06"), teacher, QStringLiteral("美术"), false, QVariant());
            staff(db,
                  QStringLiteral("T07"),
                  teacher,
                  QStringLiteral("体育"),
                  true,
                  QStringLiteral("2015-06-01"),
                  false);
            staff(db,
                  QStringLiteral("T08"),
                  QStringLiteral("校长"),
                  QVariant(),
                  true,
                  QStringLiteral("2015-06-01"));
            staff(
                db, QStringLiteral("T09"), QStringLiteral("班主任"), QVariant(), false, QVariant());

            const QString a
                = insert(db,
                         QStringLiteral("classA"),
                         QStringLiteral("INSERT INTO classes (grade, name) VALUES (?, ?)"),
                         {1, QStringLiteral("1")});
            const QString b
                = insert(db,
                         QStringLiteral("classB"),
                         QStringLiteral("INSERT INTO classes (grade, name) VALUES (?, ?)"),
                         {2, QStringLiteral("1")});
            for (int i = 0; i < 25; ++i)
                db.exec(QStringLiteral("INSERT INTO students (student_no, name, class_id, status) "
                                       "VALUES (?, ?, ?, ?)"),
                        {QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0')),
                         QStringLiteral("学生%1").arg(i),
                         i < 11 ? a : b,
                         i == 10 ? QStringLiteral("transferred") : QStringLiteral("enrolled")});
        });
    }

    // A district row as the sync applies it (district tables refuse local writes).
    static void districtTarget(Database &db,
                               int year,
                               const QVariant &classroomRate,
                               const QVariant &teacherRatio,
                               const QVariant &studentRatio)
    {
        db.exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
        db.exec(QStringLiteral("INSERT INTO district_targets (year, classroom_multimedia_rate, "
                               "teacher_computer_ratio, student_computer_ratio, updated_at) "
                               "VALUES (?, ?, ?, ?, '2017-01-01T00:00:00.000Z')"),
                {year, classroomRate, teacherRatio, studentRatio});
        db.exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
    }
};

} // namespace SchoolSuite::Test
