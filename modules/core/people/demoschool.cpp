#include "demoschool.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/auth/accounts.h"
#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/uuid.h"
#include "people.h"
#include "validators.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>

namespace SchoolSuite {

namespace {

// Frequent surnames, with some compound and polyphonic ones that search must read right.
const QStringList kSurnames = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 "
                                             "高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 "
                                             "肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 "
                                             "沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 "
                                             "韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 "
                                             "史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 单 欧阳 "
                                             "司马 诸葛 解 仇 查 翟")
                                  .split(QLatin1Char(' '));
const QString kGivenMale
    = QStringLiteral("伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林"
                     "豪博文轩睿泽昊然子涵一鸣思远嘉懿晨阳");
const QString kGivenFemale = QStringLiteral("芳娜敏静丽艳娟霞秀燕玲桂丹萍红玉兰梅琳雪婷倩颖"
                                            "欣怡梓涵诗雨佳琪思彤紫萱语嫣可馨若曦");
const QStringList kSubjects = QStringLiteral("语文 数学 英语 物理 化学 生物 历史 地理 道德与法治 "
                                             "音乐 美术 体育 信息技术 科学")
                                  .split(QLatin1Char(' '));

struct Generator
{
    QRandomGenerator rng;
    explicit Generator(quint32 seed)
        : rng(seed)
    {}
    int pick(int n) { return int(rng.bounded(n)); }
    QString name(bool male)
    {
        const QString &given = male ? kGivenMale : kGivenFemale;
        QString n = kSurnames.at(pick(int(kSurnames.size())));
        const int len = pick(10) < 6 ? 2 : 1;
        for (int i = 0; i < len; ++i)
            n += given.at(pick(int(given.size())));
        return n;
    }
    QString phone()
    {
        static const char *prefixes[] = {"138",
                                         "139",
                                         "135",
                                         "137",
                                         "150",
                                         "151",
                                         "158",
                                         "186",
                                         "187",
                                         "133",
                                         "153",
                                         "177",
                                         "189",
                                         "199"};
        QString p = QString::fromLatin1(prefixes[pick(14)]);
        for (int i = 0; i < 8; ++i)
            p += QChar(u'0' + pick(10));
        return p;
    }
    // 220502 is 通化市东昌区.
    // The sequence digits are odd for men and even for women; two students born on the same
    // day get different sequences, as the registration office would give them.
    QString idNumber(const QDate &birth, bool male, int serial)
    {
        int seq = (serial % 499) * 2 + (male ? 1 : 2);
        for (;;) {
            const QString first17 = QStringLiteral("220502")
                                    + birth.toString(QStringLiteral("yyyyMMdd"))
                                    + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString id = first17 + Validators::idCheckCharacter(first17);
            if (!usedIds.contains(id)) {
                usedIds.insert(id);
                return id;
            }
            seq = seq + 2 > 999 ? (male ? 1 : 2) : seq + 2;
        }
    }
    QSet<QString> usedIds;
};

} // namespace

QString DemoSchool::schoolName()
{
    return QStringLiteral("通化市东昌区实验学校");
}

DemoSchool::Result DemoSchool::create(LocalStore &store,
                                      Size size,
                                      quint32 seed,
                                      const QString &password)
{
    if (store.isInitialized())
        throw Error(QCoreApplication::translate("SchoolSuite::DemoSchool",
                                                "This store already holds a school; use an empty "
                                                "data folder for the demo."));
    Accounts::checkPasswordStrength(password);
    Generator g(seed);
    Database &db = store.db();
    Result result;
    const bool large = size == Size::Large;
    // Classes per grade: a nine-year school (九年一贯制), grades 1 to 9.
    QList<int> classesPerGrade
        = large ? QList<int>{7, 7, 7, 7, 7, 7, 6, 6, 6} : QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 1};
    const int studentCount = large ? 3000 : 300;
    const int staffCount = large ? 200 : 30;
    const QDate schoolYearStart(2025, 9, 1);

    db.transaction([&] {
        store.initializeSchool(schoolCode(), schoolName());
        const QString yearId = Uuid::v7();
        db.exec(
            QStringLiteral("INSERT INTO school_years (id, name, starts_on, ends_on, is_current) "
                           "VALUES (?, '2025-2026', '2025-09-01', '2026-07-15', 1)"),
            {yearId});
        db.exec(
            QStringLiteral("INSERT INTO school_years (id, name, starts_on, ends_on, is_current) "
                           "VALUES (?, '2024-2025', '2024-09-01', '2025-07-15', 0)"),
            {Uuid::v7()});

        auto addRoom = [&](const QString &name,
                           const QString &type,
                           const QString &building,
                           int floor,
                           int capacity,
                           bool multimedia) {
            const QString id = Uuid::v7();
            db.exec(QStringLiteral("INSERT INTO rooms (id, name, type, building, floor, capacity, "
                                   "has_multimedia) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id, name, type, building, floor, capacity, multimedia ? 1 : 0});
            ++result.rooms;
            return id;
        };
        const QString teaching = QStringLiteral("教学楼");
        const QString complex = QStringLiteral("综合楼");
        addRoom(QStringLiteral("计算机网络教室1"),
                QStringLiteral("computer_lab"),
                complex,
                3,
                50,
                true);
        if (large)
            addRoom(QStringLiteral("计算机网络教室2"),
                    QStringLiteral("computer_lab"),
                    complex,
                    3,
                    50,
                    true);
        addRoom(QStringLiteral("电子备课室"), QStringLiteral("eprep"), complex, 2, 30, true);
        addRoom(QStringLiteral("电子阅览室"), QStringLiteral("ereading"), complex, 2, 40, true);
        addRoom(QStringLiteral("图书室"), QStringLiteral("library"), complex, 1, 60, false);
        addRoom(QStringLiteral("物理实验室"), QStringLiteral("lab"), complex, 4, 50, true);
        addRoom(QStringLiteral("化学实验室"), QStringLiteral("lab"), complex, 4, 50, true);
        addRoom(QStringLiteral("校长办公室"), QStringLiteral("office"), complex, 1, 4, false);
        addRoom(QStringLiteral("教务处"), QStringLiteral("office"), complex, 1, 8, false);
        addRoom(QStringLiteral("多功能厅"), QStringLiteral("multimedia"), complex, 1, 200, true);
        addRoom(QStringLiteral("录播教室"), QStringLiteral("multimedia"), complex, 5, 50, true);

        // Staff: a head, leaders, class teachers and subject teachers, a librarian, a clerk.
        QStringList staffIds;
        QStringList staffNames;
        for (int i = 0; i < staffCount; ++i) {
            const bool male = g.pick(100) < 35;
            const QString name = g.name(male);
            QString role = QStringLiteral("教师");
            if (i == 0)
                role = QStringLiteral("校长");
            else if (i == 1)
                role = QStringLiteral("副校长");
            else if (i == 2)
                role = QStringLiteral("教导主任");
            else if (i == 3)
                role = QStringLiteral("图书管理员");
            else if (i == 4)
                role = QStringLiteral("会计");
            const bool teaches = role == QStringLiteral("教师");
            const bool trained = g.pick(100) < 82;
            const QString id = Uuid::v7();
            db.exec(
                QStringLiteral("INSERT INTO staff (id, staff_no, name, gender, role, subject, "
                               "phone, et_trained, et_trained_on) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, ?)"),
                {id,
                 QStringLiteral("T%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                 name,
                 male ? QStringLiteral("M") : QStringLiteral("F"),
                 role,
                 teaches ? kSubjects.at(g.pick(int(kSubjects.size()))) : QVariant(),
                 g.phone(),
                 trained ? 1 : 0,
                 trained
                     ? QDate(2016 + g.pick(9), 1 + g.pick(12), 1 + g.pick(28)).toString(Qt::ISODate)
                     : QVariant()});
            staffIds << id;
            staffNames << name;
        }
        result.staff = staffCount;

        // Classes, each with a classroom and a homeroom teacher from the teachers.
        QList<QPair<QString, int>> classes; // id, grade
        int teacher = 5;
        for (int grade = 1; grade <= 9; ++grade) {
            for (int n = 1; n <= classesPerGrade.at(grade - 1); ++n) {
                const QString roomId
                    = addRoom(QStringLiteral("%1(%2)班教室").arg(Grades::name(grade)).arg(n),
                              QStringLiteral("classroom"),
                              teaching,
                              1 + (grade - 1) / 3,
                              55,
                              g.pick(100) < 88);
                const QString id = Uuid::v7();
                db.exec(QStringLiteral("INSERT INTO classes (id, grade, name, homeroom_staff_id, "
                                       "room_id, school_year_id) VALUES (?, ?, ?, ?, ?, ?)"),
                        {id,
                         grade,
                         QString::number(n),
                         staffIds.at(teacher % staffCount),
                         roomId,
                         yearId});
                ++teacher;
                classes << qMakePair(id, grade);
            }
        }
        result.classes = int(classes.size());

        for (int i = 0; i < studentCount; ++i) {
            const auto &cls = classes.at(i % classes.size());
            const bool male = g.pick(2) == 0;
            const int birthYear
                = schoolYearStart.year() - 6 - cls.second + (g.pick(10) < 8 ? 0 : 1);
            const QDate birth(birthYear, 1 + g.pick(12), 1 + g.pick(28));
            const QString idNumber = g.idNumber(birth, male, i);
            const QString name = g.name(male);
            const QString guardian
                = name.left(name.size() > 3 ? 2 : 1) + g.name(g.pick(2) == 0).mid(1);
            db.exec(
                QStringLiteral("INSERT INTO students (id, student_no, name, gender, birth_date, "
                               "class_id, id_number, guardian, phone) VALUES (?, ?, ?, ?, ?, ?, "
                               "?, ?, ?)"),
                {Uuid::v7(),
                 QStringLiteral("G") + idNumber,
                 name,
                 male ? QStringLiteral("M") : QStringLiteral("F"),
                 birth.toString(Qt::ISODate),
                 cls.first,
                 idNumber,
                 guardian,
                 g.phone()});
        }
        result.students = studentCount;

        // One account per role; the homeroom teacher is the first class's.
        Accounts accounts(db);
        accounts.createUser(nullptr,
                            QStringLiteral("admin"),
                            QStringLiteral("系统管理员"),
                            Role::Administrator,
                            password);
        Session admin(
            db, {}, QStringLiteral("admin"), QStringLiteral("admin"), Role::Administrator);
        accounts.createUser(&admin,
                            QStringLiteral("principal"),
                            staffNames.at(0),
                            Role::Principal,
                            password,
                            staffIds.at(0));
        accounts.createUser(&admin,
                            QStringLiteral("clerk"),
                            staffNames.at(2),
                            Role::Clerk,
                            password,
                            staffIds.at(2));
        accounts.createUser(&admin,
                            QStringLiteral("librarian"),
                            staffNames.at(3),
                            Role::Librarian,
                            password,
                            staffIds.at(3));
        accounts.createUser(&admin,
                            QStringLiteral("teacher"),
                            staffNames.at(staffCount - 1),
                            Role::Teacher,
                            password,
                            staffIds.at(staffCount - 1));
        accounts.createUser(&admin,
                            QStringLiteral("homeroom"),
                            staffNames.at(5),
                            Role::HomeroomTeacher,
                            password,
                            staffIds.at(5));
        // The other modules' part: equipment, library, ...
        for (const auto &module : ModuleRegistry::instance().modules())
            module->createDemo(store, large, seed);
    });
    store.search().update();
    return result;
}

} // namespace SchoolSuite
