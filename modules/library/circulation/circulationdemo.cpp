#include "circulationdemo.h"

#include "circulationrules.h"

#include "core/app/localstore.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace SchoolSuite::CirculationDemo {

namespace {

struct DemoCopy
{
    QString id;
    QString titleId;
    QString itemType;
    QDate busyUntil; // on loan until (the return day), invalid when on the shelf
};

struct Reader
{
    QString kind;
    QString id;
    int open = 0;
};

// The holidays of a Chinese school year around year: 元旦, 寒假 with 春节, 清明, 劳动节,
// 暑假, 国庆. Dates are typical, not the year's official ones.
QList<QPair<QDate, QDate>> holidays(int year)
{
    return {{QDate(year, 1, 1), QDate(year, 1, 1)},
            {QDate(year, 1, 20), QDate(year, 2, 18)},
            {QDate(year, 4, 4), QDate(year, 4, 6)},
            {QDate(year, 5, 1), QDate(year, 5, 5)},
            {QDate(year, 7, 10), QDate(year, 8, 31)},
            {QDate(year, 10, 1), QDate(year, 10, 7)}};
}

QString stamp(const QDate &day, int minutes)
{
    return QDateTime(day, QTime(8, 0).addSecs(minutes * 60)).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

void create(LocalStore &store, bool large, quint32 seed)
{
    Database &db = store.db();
    CirculationRules::ensureDefaults(db);
    QRandomGenerator g(seed ^ 0x1b7a3c);
    const QString school = store.schoolCode();
    const QDate today = QDate::currentDate();

    QList<DemoCopy> copies;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, title_id, item_type FROM library_copies "
                                         "WHERE deleted = 0 AND status = 'active' ORDER BY id"));
    while (q.next())
        copies << DemoCopy{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
    QList<Reader> students;
    q = db.exec(QStringLiteral("SELECT id FROM students WHERE deleted = 0 AND status = 'enrolled' "
                               "ORDER BY id"));
    while (q.next())
        students << Reader{QStringLiteral("student"), q.value(0).toString()};
    QList<Reader> staff;
    q = db.exec(
        QStringLiteral("SELECT id FROM staff WHERE deleted = 0 AND active = 1 ORDER BY id"));
    while (q.next())
        staff << Reader{QStringLiteral("staff"), q.value(0).toString()};
    if (copies.isEmpty() || students.isEmpty())
        return;

    QHash<QString, CirculationRule> rules;
    for (const CirculationRule &r : CirculationRules::defaults())
        rules.insert(r.patronKind + QLatin1Char(':') + r.itemType, r);
    QSet<QDate> closed;
    for (int year = today.year() - 1; year <= today.year() + 1; ++year)
        for (const auto &[from, to] : holidays(year))
            for (QDate d = from; d <= to; d = d.addDays(1))
                closed.insert(d);
    const auto isOpen = [&](const QDate &d) { return d.dayOfWeek() <= 5 && !closed.contains(d); };
    const auto nextOpen = [&](QDate d) {
        for (int i = 0; i < 400 && !isOpen(d); ++i)
            d = d.addDays(1);
        return d;
    };

    db.transaction([&] {
        Statement closedDay(db.connection(),
                            QStringLiteral("INSERT INTO library_closed_days (id, day, note) SELECT "
                                           "?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                                           "library_closed_days WHERE id = ?)"));
        const QStringList names{QStringLiteral("元旦"),
                                QStringLiteral("寒假"),
                                QStringLiteral("清明节"),
                                QStringLiteral("劳动节"),
                                QStringLiteral("暑假"),
                                QStringLiteral("国庆节")};
        for (int year = today.year() - 1; year <= today.year() + 1; ++year) {
            const auto periods = holidays(year);
            for (int i = 0; i < periods.size(); ++i)
                for (QDate d = periods.at(i).first; d <= periods.at(i).second; d = d.addDays(1)) {
                    const QString id = CirculationRules::derivedId(
                        QStringLiteral("library_closed_days"), school, d.toString(Qt::ISODate));
                    closedDay.run({id, d.toString(Qt::ISODate), names.at(i), id});
                }
        }

        Statement loan(db.connection(),
                       QStringLiteral("INSERT INTO library_loans (id, copy_id, patron_kind, "
                                      "patron_id, lent_at, due_on, desk, lent_by) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?)"));
        Statement giveBack(db.connection(),
                           QStringLiteral("INSERT INTO library_returns (id, copy_id, loan_id, "
                                          "returned_at, desk, returned_by) VALUES (?, ?, ?, ?, "
                                          "?, ?)"));
        Statement renewal(db.connection(),
                          QStringLiteral("INSERT INTO library_renewals (id, loan_id, renewed_at, "
                                         "due_on, renewed_by) VALUES (?, ?, ?, ?, ?)"));
        const QString desk = QStringLiteral("图书室");
        const QString librarian = QStringLiteral("图书管理员");
        // Returns are written as their day comes, so a copy's facts stay in time order.
        struct PendingReturn
        {
            QDate day;
            int minutes;
            QString copyId;
            QString loanId;
            int copyIndex;
            Reader *reader;
        };
        QList<PendingReturn> pending;
        // A lively school library lends about one copy in sixty a day; the large school's
        // desk is busier, up to ninety a day.
        const int perDay = qBound(3, int(copies.size() / 60), large ? 90 : 20);
        const QDate first = today.addDays(-120);
        for (QDate d = first; d < today; d = d.addDays(1)) {
            if (!isOpen(d))
                continue;
            // The day's returns come in first (the copies go back on the shelf in the morning).
            for (qsizetype i = 0; i < pending.size();) {
                const PendingReturn &r = pending.at(i);
                if (r.day != d) {
                    ++i;
                    continue;
                }
                giveBack.run(
                    {Uuid::v7(), r.copyId, r.loanId, stamp(d, r.minutes), desk, librarian});
                copies[r.copyIndex].busyUntil = {};
                --r.reader->open;
                pending.removeAt(i);
            }
            for (int n = 0; n < perDay; ++n) {
                const int ci = int(g.bounded(copies.size()));
                DemoCopy &c = copies[ci];
                if (c.busyUntil.isValid())
                    continue;
                const bool teacher = !staff.isEmpty() && g.bounded(10) == 0;
                Reader &reader = teacher ? staff[g.bounded(staff.size())]
                                         : students[g.bounded(students.size())];
                const CirculationRule rule
                    = rules.value(reader.kind + QLatin1Char(':') + c.itemType);
                if (rule.loanDays <= 0 || reader.open >= rule.maxItems)
                    continue;
                const QString loanId = Uuid::v7();
                const int minutes = 20 + int(g.bounded(480));
                const QDate due = nextOpen(d.addDays(rule.loanDays));
                loan.run({loanId,
                          c.id,
                          reader.kind,
                          reader.id,
                          stamp(d, minutes),
                          due.toString(Qt::ISODate),
                          desk,
                          librarian});
                ++reader.open;
                // Most come back on time, some late, a few renewed first.
                QDate back = d.addDays(3 + int(g.bounded(qMax(4, rule.loanDays))));
                const int fate = int(g.bounded(100));
                if (fate < 12)
                    back = due.addDays(2 + int(g.bounded(30)));
                else if (fate < 20 && rule.renewals > 0) {
                    const QDate renewedOn = nextOpen(due.addDays(-2));
                    if (renewedOn < today) {
                        const QDate newDue = nextOpen(renewedOn.addDays(rule.loanDays));
                        renewal.run({Uuid::v7(),
                                     loanId,
                                     stamp(renewedOn, 60),
                                     newDue.toString(Qt::ISODate),
                                     librarian});
                        back = renewedOn.addDays(2 + int(g.bounded(rule.loanDays)));
                    }
                }
                back = nextOpen(back);
                c.busyUntil = back;
                if (back < today)
                    pending << PendingReturn{back, int(g.bounded(15)), c.id, loanId, ci, &reader};
            }
        }
        // Returns of the past days not reached (the last open day's returns).
        for (const PendingReturn &r : std::as_const(pending)) {
            giveBack.run(
                {Uuid::v7(), r.copyId, r.loanId, stamp(r.day, r.minutes), desk, librarian});
            copies[r.copyIndex].busyUntil = {};
        }

        // Two desks lent one copy while offline: the double lend the desk shows until a return.
        for (const DemoCopy &c : std::as_const(copies)) {
            if (!c.busyUntil.isValid() || c.busyUntil < today)
                continue;
            const Reader &r = students.at(g.bounded(students.size()));
            const CirculationRule rule = rules.value(QStringLiteral("student:") + c.itemType);
            if (rule.loanDays <= 0)
                continue;
            // After the last open day's returns (8:00–8:15) and loans (to 16:20).
            QDate day = today.addDays(-1);
            while (!isOpen(day) && day > first)
                day = day.addDays(-1);
            loan.run({Uuid::v7(),
                      c.id,
                      r.kind,
                      r.id,
                      stamp(day, 530),
                      nextOpen(day.addDays(rule.loanDays)).toString(Qt::ISODate),
                      QStringLiteral("电子阅览室"),
                      librarian});
            break;
        }

        // Holds: readers waiting for titles whose copies are all out, and one copy set aside.
        QHash<QString, int> onShelf;
        QHash<QString, int> out;
        for (const DemoCopy &c : std::as_const(copies))
            (c.busyUntil.isValid() ? out : onShelf)[c.titleId]++;
        Statement hold(db.connection(),
                       QStringLiteral("INSERT INTO library_holds (id, title_id, patron_kind, "
                                      "patron_id, placed_at, status, copy_id, ready_until) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        int titles = 0;
        const int wanted = large ? 60 : 8;
        for (auto it = out.cbegin(); it != out.cend() && titles < wanted; ++it) {
            if (onShelf.value(it.key()) > 0)
                continue;
            ++titles;
            const int queue = 1 + int(g.bounded(3));
            for (int i = 0; i < queue; ++i) {
                const Reader &r = students.at(g.bounded(students.size()));
                hold.run({Uuid::v7(),
                          it.key(),
                          r.kind,
                          r.id,
                          stamp(today.addDays(-10 + i), 30 + i),
                          QStringLiteral("waiting"),
                          QVariant(),
                          QVariant()});
            }
        }
        // A copy on the shelf set aside for a reader who asked for it.
        for (const DemoCopy &c : std::as_const(copies)) {
            if (c.busyUntil.isValid()
                || rules.value(QStringLiteral("student:") + c.itemType).loanDays <= 0)
                continue;
            const Reader &r = students.at(g.bounded(students.size()));
            hold.run({Uuid::v7(),
                      c.titleId,
                      r.kind,
                      r.id,
                      stamp(today.addDays(-3), 45),
                      QStringLiteral("ready"),
                      c.id,
                      nextOpen(today.addDays(4)).toString(Qt::ISODate)});
            break;
        }
    });
}

} // namespace SchoolSuite::CirculationDemo
