#include "equipmentdemo.h"

#include "core/app/localstore.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipmentdefaults.h"
#include "sync/numberleases.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

#include <optional>

namespace SchoolSuite {

namespace {

struct RoomInfo
{
    QString id;
    QString name;
    QString type;
    bool multimedia = false;
};

// One purchase: several identical items bought together, as schools buy them.
struct Batch
{
    QString categoryCode;
    QString name;
    QString modelKey; // into the models table below, or empty
    int count = 1;
    QDate purchased;
    qint64 unitFen = 0;
    QString funding;
    QString supplier;
    QString use;
    QList<QString> rooms;      // one per item (cycled), may be empty
    QList<QString> custodians; // one per item (cycled), may be empty
};

struct ModelDef
{
    const char *key;
    const char *category;
    const char *maker;
    const char *model;
    const char *specs;
};

const ModelDef kModels[] = {
    {"m428", "computer.desktop", "联想", "启天M428", "i5-9500/8GB/256GB SSD"},
    {"m455", "computer.desktop", "联想", "启天M455", "i5-12500/16GB/512GB SSD"},
    {"d3900", "computer.desktop", "清华同方", "超越E500", "i3-4160/4GB/500GB"},
    {"e14", "computer.laptop", "联想", "昭阳E4-ITL", "i5-1135G7/16GB/512GB"},
    {"tablet", "computer.tablet", "华为", "MatePad 11", "8GB/128GB"},
    {"seewo", "whiteboard", "希沃", "F86EA", "86英寸 交互式智能平板"},
    {"honghe", "whiteboard", "鸿合", "HD-I7080E", "80英寸 电子白板"},
    {"epson", "projector", "爱普生", "CB-X06", "3600流明 XGA"},
    {"podium", "podium", "鸿合", "HK-K16", "钢木多媒体讲台"},
    {"core", "network", "华为", "S5735-L48T4X", "48口千兆三层交换机"},
    {"access", "network", "H3C", "S1850V2-28P", "24口千兆接入交换机"},
    {"ap", "network", "华为", "AirEngine 5761-11", "Wi-Fi 6 无线接入点"},
};

const QString kFinance = QStringLiteral("财政专项资金");
const QString kSchoolFunds = QStringLiteral("学校公用经费");
const QString kProject = QStringLiteral("上级项目资金");
const QString kDonation = QStringLiteral("社会捐赠");

} // namespace

void EquipmentDemo::create(LocalStore &store, bool large, quint32 seed)
{
    Database &db = store.db();
    // The demo is one transaction: once its pages outgrow SQLite's default cache every insert
    // spills pages to the WAL, five times slower. A larger cache while it runs avoids that.
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    struct RestoreCache
    {
        Database &db;
        QVariant size;
        ~RestoreCache()
        {
            try {
                db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong()));
            } catch (...) {
            }
        }
    } restoreCache{db, cacheSize};
    EquipmentDefaults::ensure(db);
    const QString school = store.schoolCode();
    QRandomGenerator rng(seed ^ 0x45515549u); // "EQUI": independent of the people's draws
    const auto pick = [&](int n) { return int(rng.bounded(n)); };
    const auto category
        = [&](const QString &code) { return EquipmentDefaults::categoryId(school, code); };

    QList<RoomInfo> rooms;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name, type, has_multimedia FROM rooms WHERE "
                                         "deleted = 0 ORDER BY name"));
    while (q.next())
        rooms << RoomInfo{q.value(0).toString(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          q.value(3).toBool()};
    const auto roomsOf = [&](const QString &type) {
        QList<RoomInfo> list;
        for (const RoomInfo &r : std::as_const(rooms)) {
            if (r.type == type)
                list << r;
        }
        return list;
    };
    const auto roomNamed = [&](const QString &name) {
        for (const RoomInfo &r : std::as_const(rooms)) {
            if (r.name == name)
                return r.id;
        }
        return QString();
    };
    QStringList staff;
    QStringList teachers;
    QStringList teacherNames; // borrowers
    q = db.exec(
        QStringLiteral("SELECT id, role, name FROM staff WHERE deleted = 0 ORDER BY staff_no"));
    while (q.next()) {
        staff << q.value(0).toString();
        if (q.value(1).toString() == QStringLiteral("教师")) {
            teachers << q.value(0).toString();
            teacherNames << q.value(2).toString();
        }
    }
    if (teacherNames.isEmpty())
        teacherNames << QStringLiteral("教务处");
    if (staff.isEmpty() || rooms.isEmpty())
        return;
    const QString clerk = db.scalar(QStringLiteral("SELECT name FROM staff WHERE deleted = 0 "
                                                   "ORDER BY staff_no LIMIT 1 OFFSET 2"))
                              .toString();

    QHash<QString, QString> modelIds;
    for (const ModelDef &m : kModels) {
        const QString id = Uuid::v7();
        db.exec(QStringLiteral("INSERT INTO equipment_models (id, category_id, maker, model, "
                               "specs) VALUES (?, ?, ?, ?, ?)"),
                {id,
                 category(QLatin1String(m.category)),
                 QString::fromUtf8(m.maker),
                 QString::fromUtf8(m.model),
                 QString::fromUtf8(m.specs)});
        modelIds.insert(QLatin1String(m.key), id);
    }

    const auto day = [&](int fromYear, int toYear) {
        return QDate(fromYear + pick(toYear - fromYear + 1), 3 + pick(6), 1 + pick(28));
    };
    const auto ids = [](const QList<RoomInfo> &list) {
        QList<QString> out;
        for (const RoomInfo &r : list)
            out << r.id;
        return out;
    };

    // --- what the school bought, batch by batch
    QList<Batch> batches;
    const QList<RoomInfo> classrooms = roomsOf(QStringLiteral("classroom"));
    {
        // 班班通: most classrooms got a board, a podium and its computer from the 薄改 project;
        // the newest boards replaced them in some rooms.
        QList<QString> equipped;
        for (const RoomInfo &r : classrooms) {
            if (r.multimedia)
                equipped << r.id;
        }
        const qsizetype half = equipped.size() / 2;
        batches << Batch{QStringLiteral("whiteboard"),
                         QStringLiteral("交互式电子白板"),
                         QStringLiteral("honghe"),
                         int(half),
                         QDate(2014, 8, 20),
                         1280000,
                         kProject,
                         QStringLiteral("通化市鸿达科技有限公司"),
                         QStringLiteral("classroom"),
                         equipped.mid(0, half),
                         {}};
        batches << Batch{QStringLiteral("whiteboard"),
                         QStringLiteral("交互式智能平板"),
                         QStringLiteral("seewo"),
                         int(equipped.size() - half),
                         QDate(2021, 7, 15),
                         1698000,
                         kFinance,
                         QStringLiteral("吉林省希沃教育科技有限公司"),
                         QStringLiteral("classroom"),
                         equipped.mid(half),
                         {}};
        batches << Batch{QStringLiteral("podium"),
                         QStringLiteral("多媒体讲台"),
                         QStringLiteral("podium"),
                         int(equipped.size()),
                         QDate(2014, 8, 20),
                         380000,
                         kProject,
                         QStringLiteral("通化市鸿达科技有限公司"),
                         QStringLiteral("classroom"),
                         equipped,
                         {}};
        batches << Batch{QStringLiteral("computer.desktop"),
                         QStringLiteral("讲台计算机"),
                         QStringLiteral("d3900"),
                         int(half),
                         QDate(2014, 8, 20),
                         399900,
                         kProject,
                         QStringLiteral("通化市鸿达科技有限公司"),
                         QStringLiteral("classroom"),
                         equipped.mid(0, half),
                         {}};
        batches << Batch{QStringLiteral("computer.desktop"),
                         QStringLiteral("讲台计算机"),
                         QStringLiteral("m455"),
                         int(equipped.size() - half),
                         QDate(2021, 7, 15),
                         468000,
                         kFinance,
                         QStringLiteral("吉林省希沃教育科技有限公司"),
                         QStringLiteral("classroom"),
                         equipped.mid(half),
                         {}};
        batches << Batch{QStringLiteral("network"),
                         QStringLiteral("无线接入点"),
                         QStringLiteral("ap"),
                         int(classrooms.size()),
                         QDate(2023, 6, 10),
                         98000,
                         kFinance,
                         QStringLiteral("吉林省联通系统集成有限公司"),
                         {},
                         ids(classrooms),
                         {}};
    }
    for (const RoomInfo &lab : roomsOf(QStringLiteral("computer_lab"))) {
        const bool old = lab.name.endsWith(QLatin1Char('1'));
        const int seats = large ? 50 : 30;
        batches << Batch{QStringLiteral("computer.desktop"),
                         QStringLiteral("学生计算机"),
                         old ? QStringLiteral("m428") : QStringLiteral("m455"),
                         seats,
                         old ? QDate(2016, 9, 1) : QDate(2022, 8, 25),
                         old ? 389900 : 455000,
                         kFinance,
                         QStringLiteral("联想（北京）有限公司吉林分公司"),
                         QStringLiteral("student"),
                         {lab.id},
                         {}};
        batches << Batch{QStringLiteral("computer.desktop"),
                         QStringLiteral("教师机"),
                         QStringLiteral("m455"),
                         1,
                         QDate(2022, 8, 25),
                         520000,
                         kFinance,
                         QStringLiteral("联想（北京）有限公司吉林分公司"),
                         QStringLiteral("teacher"),
                         {lab.id},
                         {}};
        batches << Batch{QStringLiteral("network"),
                         QStringLiteral("接入交换机"),
                         QStringLiteral("access"),
                         2,
                         QDate(2016, 9, 1),
                         129900,
                         kFinance,
                         QStringLiteral("吉林省联通系统集成有限公司"),
                         {},
                         {lab.id},
                         {}};
        batches << Batch{QStringLiteral("projector"),
                         QStringLiteral("投影仪"),
                         QStringLiteral("epson"),
                         1,
                         day(2015, 2020),
                         459900,
                         kSchoolFunds,
                         {},
                         QStringLiteral("student"),
                         {lab.id},
                         {}};
    }
    const int prepSeats = large ? 30 : 12;
    batches << Batch{QStringLiteral("computer.desktop"),
                     QStringLiteral("教师备课计算机"),
                     QStringLiteral("m428"),
                     prepSeats,
                     QDate(2018, 10, 12),
                     429900,
                     kFinance,
                     QStringLiteral("联想（北京）有限公司吉林分公司"),
                     QStringLiteral("teacher"),
                     {roomNamed(QStringLiteral("电子备课室"))},
                     {}};
    batches << Batch{QStringLiteral("computer.desktop"),
                     QStringLiteral("电子阅览计算机"),
                     QStringLiteral("d3900"),
                     large ? 40 : 16,
                     QDate(2013, 5, 6),
                     350000,
                     kProject,
                     {},
                     QStringLiteral("student"),
                     {roomNamed(QStringLiteral("电子阅览室"))},
                     {}};
    for (const RoomInfo &office : roomsOf(QStringLiteral("office"))) {
        const int n = large ? (office.name.contains(QStringLiteral("校长")) ? 2 : 8) : 2;
        batches << Batch{QStringLiteral("computer.desktop"),
                         QStringLiteral("办公计算机"),
                         QStringLiteral("m428"),
                         n,
                         day(2015, 2024),
                         439900,
                         kSchoolFunds,
                         {},
                         QStringLiteral("office"),
                         {office.id},
                         staff.mid(0, 5)};
    }
    // Laptops for teachers, bought in three rounds; a donated tablet cart.
    const int laptops = large ? 120 : 12;
    for (int round = 0; round < 3; ++round) {
        batches << Batch{QStringLiteral("computer.laptop"),
                         QStringLiteral("教师笔记本计算机"),
                         QStringLiteral("e14"),
                         laptops / 3,
                         QDate(2017 + 3 * round, 9, 5),
                         559900 - 30000 * round,
                         round == 1 ? kDonation : kFinance,
                         {},
                         QStringLiteral("teacher"),
                         {},
                         teachers.mid((laptops / 3) * round % qMax<qsizetype>(1, teachers.size()))};
    }
    batches << Batch{QStringLiteral("computer.tablet"),
                     QStringLiteral("学生平板电脑"),
                     QStringLiteral("tablet"),
                     large ? 100 : 20,
                     QDate(2024, 4, 18),
                     259900,
                     kDonation,
                     QStringLiteral("华为技术有限公司"),
                     QStringLiteral("student"),
                     {roomNamed(QStringLiteral("录播教室"))},
                     {}};
    for (const QString &hall : {QStringLiteral("多功能厅"), QStringLiteral("录播教室")})
        batches << Batch{QStringLiteral("projector"),
                         QStringLiteral("投影仪"),
                         QStringLiteral("epson"),
                         1,
                         day(2012, 2019),
                         459900,
                         kSchoolFunds,
                         {},
                         QStringLiteral("classroom"),
                         {roomNamed(hall)},
                         {}};
    batches << Batch{QStringLiteral("network"),
                     QStringLiteral("核心交换机"),
                     QStringLiteral("core"),
                     1,
                     QDate(2016, 9, 1),
                     2580000,
                     kFinance,
                     QStringLiteral("吉林省联通系统集成有限公司"),
                     {},
                     {roomNamed(QStringLiteral("计算机网络教室1"))},
                     {}};
    batches << Batch{QStringLiteral("network"),
                     QStringLiteral("楼层交换机"),
                     QStringLiteral("access"),
                     large ? 10 : 3,
                     QDate(2016, 9, 1),
                     129900,
                     kFinance,
                     QStringLiteral("吉林省联通系统集成有限公司"),
                     {},
                     ids(classrooms),
                     {}};
    // Lab instruments: sets for group experiments, bought over the years.
    struct Instrument
    {
        const char *name;
        qint64 fen;
        int perLab;
    };
    const Instrument physics[] = {{"学生电源", 28000, 30},
                                  {"电流表", 4500, 50},
                                  {"电压表", 4500, 50},
                                  {"滑动变阻器", 3800, 50},
                                  {"托盘天平", 16000, 30},
                                  {"弹簧测力计", 1200, 60},
                                  {"示波器", 320000, 6},
                                  {"光具座", 26000, 25},
                                  {"数字计时器", 42000, 15},
                                  {"演示电表", 68000, 4}};
    const Instrument chemistry[] = {{"电子天平", 98000, 25},
                                    {"酒精灯", 800, 60},
                                    {"铁架台", 3500, 60},
                                    {"通风橱", 860000, 4},
                                    {"pH计", 65000, 20},
                                    {"恒温水浴锅", 52000, 8},
                                    {"离心机", 150000, 4},
                                    {"显微镜", 68000, 50}};
    const int scale = large ? 2 : 1;
    const auto addInstruments = [&](const QString &room, const auto &list) {
        for (const Instrument &i : list)
            batches << Batch{QStringLiteral("lab"),
                             QString::fromUtf8(i.name),
                             {},
                             qMax(1, i.perLab * scale / (large ? 1 : 6)),
                             day(2012, 2024),
                             i.fen,
                             pick(3) ? kFinance : kSchoolFunds,
                             {},
                             QStringLiteral("student"),
                             {room},
                             {}};
    };
    addInstruments(roomNamed(QStringLiteral("物理实验室")), physics);
    addInstruments(roomNamed(QStringLiteral("化学实验室")), chemistry);
    const QString library = roomNamed(QStringLiteral("图书室"));
    batches << Batch{QStringLiteral("library"),
                     QStringLiteral("双面钢制书架"),
                     {},
                     large ? 60 : 12,
                     QDate(2013, 5, 6),
                     98000,
                     kProject,
                     {},
                     {},
                     {library},
                     {}};
    batches << Batch{QStringLiteral("library"),
                     QStringLiteral("自助借还机"),
                     {},
                     1,
                     QDate(2023, 11, 2),
                     3800000,
                     kFinance,
                     {},
                     QStringLiteral("student"),
                     {library},
                     {}};
    batches << Batch{QStringLiteral("library"),
                     QStringLiteral("图书扫描枪"),
                     {},
                     large ? 4 : 2,
                     QDate(2019, 4, 1),
                     35000,
                     kSchoolFunds,
                     {},
                     QStringLiteral("office"),
                     {library},
                     staff.mid(3, 1)};
    batches << Batch{QStringLiteral("library"),
                     QStringLiteral("阅览桌椅（套）"),
                     {},
                     large ? 20 : 6,
                     QDate(2013, 5, 6),
                     120000,
                     kProject,
                     {},
                     {},
                     {library},
                     {}};
    // Furniture: a desk and a chair for every staff member, cabinets for the offices.
    batches << Batch{QStringLiteral("furniture"),
                     QStringLiteral("办公桌"),
                     {},
                     int(staff.size()),
                     QDate(2011 + 1 + pick(2), 8, 1),
                     85000,
                     kSchoolFunds,
                     {},
                     QStringLiteral("office"),
                     {},
                     staff};
    if (large)
        batches << Batch{QStringLiteral("furniture"),
                         QStringLiteral("办公椅"),
                         {},
                         int(staff.size()),
                         QDate(2019, 8, 1),
                         32000,
                         kSchoolFunds,
                         {},
                         QStringLiteral("office"),
                         {},
                         staff};
    batches << Batch{QStringLiteral("furniture"),
                     QStringLiteral("文件柜"),
                     {},
                     large ? 40 : 6,
                     day(2012, 2020),
                     76000,
                     kSchoolFunds,
                     {},
                     QStringLiteral("office"),
                     ids(roomsOf(QStringLiteral("office"))),
                     {}};

    // --- writing them, with their history
    NumberLeases leases(db);
    const QString sequence = QStringLiteral("asset_tag:") + school;
    Statement item(db.connection(),
                   QStringLiteral("INSERT INTO equipment_items (id, asset_tag, name, category_id, "
                                  "model_id, serial, purchase_date, price_fen, funding_source, "
                                  "supplier, warranty_end, room_id, custodian_id, use, status) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement movement(db.connection(),
                       QStringLiteral("INSERT INTO equipment_movements (id, item_id, kind, at, "
                                      "room_id, custodian_id, borrower, due_on, status, actor, "
                                      "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const auto at = [](const QDate &d, int hour) {
        return QDateTime(d, QTime(hour, 30), Qt::UTC).toString(Qt::ISODateWithMs);
    };
    int serial = 100000 + pick(800000);
    for (const Batch &b : std::as_const(batches)) {
        const QString categoryId = category(b.categoryCode);
        for (int n = 0; n < b.count; ++n) {
            const QString id = Uuid::v7();
            const QString tag
                = school
                  + QStringLiteral("-%1").arg(leases.next(sequence), 6, 10, QLatin1Char('0'));
            const QString room = b.rooms.isEmpty() ? QString() : b.rooms.at(n % b.rooms.size());
            const QString custodian
                = b.custodians.isEmpty() ? QString() : b.custodians.at(n % b.custodians.size());
            // Most things are in use; a few are lent, in repair, lost, or were scrapped.
            const int roll = pick(1000);
            QString status = room.isEmpty() && custodian.isEmpty() ? QStringLiteral("in_stock")
                                                                   : QStringLiteral("in_use");
            if (b.purchased.year() <= 2014 && roll < 60)
                status = QStringLiteral("scrapped");
            else if (b.categoryCode.startsWith(QLatin1String("computer.")) && roll >= 960)
                status = QStringLiteral("lent");
            else if (roll >= 985)
                status = QStringLiteral("repair");
            else if (roll >= 982)
                status = QStringLiteral("lost");
            const QDate purchased = b.purchased.addDays(n / 40);
            const qint64 price = b.unitFen + (b.unitFen > 100000 ? pick(3) * 5000 : 0);
            item.run({id,
                      tag,
                      b.name,
                      categoryId,
                      b.modelKey.isEmpty() ? QVariant() : QVariant(modelIds.value(b.modelKey)),
                      b.categoryCode.startsWith(QLatin1String("computer"))
                              || b.categoryCode == QLatin1String("whiteboard")
                          ? QVariant(QStringLiteral("SN%1").arg(serial++))
                          : QVariant(),
                      purchased.toString(Qt::ISODate),
                      price,
                      b.funding,
                      orNull(b.supplier),
                      b.categoryCode.startsWith(QLatin1String("computer"))
                          ? QVariant(purchased.addYears(3).toString(Qt::ISODate))
                          : QVariant(),
                      orNull(room),
                      orNull(custodian),
                      orNull(b.use),
                      status});
            // register (in stock on arrival), then installed where it stands.
            movement.run({Uuid::v7(),
                          id,
                          QStringLiteral("register"),
                          at(purchased, 1),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QStringLiteral("in_stock"),
                          clerk,
                          QVariant()});
            if (!room.isEmpty())
                movement.run({Uuid::v7(),
                              id,
                              QStringLiteral("move"),
                              at(purchased.addDays(3), 2),
                              room,
                              QVariant(),
                              QVariant(),
                              QVariant(),
                              QStringLiteral("in_use"),
                              clerk,
                              QVariant()});
            if (!custodian.isEmpty())
                movement.run({Uuid::v7(),
                              id,
                              QStringLiteral("assign"),
                              at(purchased.addDays(4), 3),
                              orNull(room),
                              custodian,
                              QVariant(),
                              QVariant(),
                              QStringLiteral("in_use"),
                              clerk,
                              QVariant()});
            if (status == QLatin1String("lent")) {
                const QDate lent(2025, 10 + pick(3), 1 + pick(28));
                movement.run({Uuid::v7(),
                              id,
                              QStringLiteral("lend"),
                              at(lent, 4),
                              orNull(room),
                              orNull(custodian),
                              teacherNames.at(pick(int(teacherNames.size()))),
                              lent.addDays(30 + pick(60)).toString(Qt::ISODate),
                              status,
                              clerk,
                              QStringLiteral("公开课")});
            } else if (status == QLatin1String("repair") || status == QLatin1String("lost")
                       || status == QLatin1String("scrapped")) {
                const QDate when(2025, 3 + pick(9), 1 + pick(28));
                const QString kind = status == QLatin1String("repair") ? QStringLiteral("repair")
                                     : status == QLatin1String("lost") ? QStringLiteral("lost")
                                                                       : QStringLiteral("scrap");
                static const QHash<QString, QString> notes{
                    {QStringLiteral("repair"), QStringLiteral("无法开机，送厂家维修")},
                    {QStringLiteral("lost"), QStringLiteral("盘点未找到")},
                    {QStringLiteral("scrap"), QStringLiteral("超过使用年限，经审批报废")}};
                movement.run({Uuid::v7(),
                              id,
                              kind,
                              at(when, 5),
                              orNull(room),
                              orNull(custodian),
                              QVariant(),
                              QVariant(),
                              status,
                              clerk,
                              notes.value(kind)});
            } else if (roll < 40 && !room.isEmpty()) {
                // A loan that came back.
                const QDate lent(2024, 3 + pick(6), 1 + pick(28));
                movement.run({Uuid::v7(),
                              id,
                              QStringLiteral("lend"),
                              at(lent, 4),
                              room,
                              orNull(custodian),
                              teacherNames.at(pick(int(teacherNames.size()))),
                              lent.addDays(14).toString(Qt::ISODate),
                              QStringLiteral("lent"),
                              clerk,
                              QVariant()});
                movement.run({Uuid::v7(),
                              id,
                              QStringLiteral("return"),
                              at(lent.addDays(10 + pick(5)), 4),
                              room,
                              orNull(custodian),
                              QVariant(),
                              QVariant(),
                              status,
                              clerk,
                              QVariant()});
            }
        }
    }
}

} // namespace SchoolSuite
