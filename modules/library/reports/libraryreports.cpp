#include "libraryreports.h"

#include "core/error.h"
#include "core/people/people.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace SchoolSuite::Library {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::LibraryReports", text);
}

// Copies that stand in the collection: not withdrawn (剔旧) and not lost.
const char *const kInCollection = "c.deleted = 0 AND c.status IN ('active', 'damaged')";

QString utcBound(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

namespace ClcClasses {

QStringList letters()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
            QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"),
            QStringLiteral("I"), QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("N"),
            QStringLiteral("O"), QStringLiteral("P"), QStringLiteral("Q"), QStringLiteral("R"),
            QStringLiteral("S"), QStringLiteral("T"), QStringLiteral("U"), QStringLiteral("V"),
            QStringLiteral("X"), QStringLiteral("Z")};
}

QString name(const QString &letter)
{
    static const char *const kNames[][2] = {
        {"A",
         QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses",
                           "Marxism, Leninism, Mao Zedong Thought, Deng Xiaoping Theory")},
        {"B", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Philosophy, religion")},
        {"C", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Social sciences in general")},
        {"D", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Politics, law")},
        {"E", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Military science")},
        {"F", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Economics")},
        {"G",
         QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses",
                           "Culture, science, education, sports")},
        {"H", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Languages, writing")},
        {"I", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Literature")},
        {"J", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Art")},
        {"K", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "History, geography")},
        {"N", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Natural sciences in general")},
        {"O",
         QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses",
                           "Mathematical sciences and chemistry")},
        {"P", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Astronomy, earth sciences")},
        {"Q", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Biological sciences")},
        {"R", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Medicine, health")},
        {"S", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Agricultural sciences")},
        {"T", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Industrial technology")},
        {"U", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Transportation")},
        {"V", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "Aviation, aerospace")},
        {"X",
         QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses",
                           "Environmental science, safety science")},
        {"Z", QT_TRANSLATE_NOOP("SchoolSuite::Library::ClcClasses", "General works")},
    };
    for (const auto &entry : kNames)
        if (letter == QLatin1String(entry[0]))
            return QCoreApplication::translate("SchoolSuite::Library::ClcClasses", entry[1]);
    return {};
}

} // namespace ClcClasses

LibraryReports::LibraryReports(const Session &session)
    : m_session(session)
    , m_db(session.database())
{
    m_session.require(Permission::LibraryView, tr("view the library's reports"));
}

QString LibraryReports::schoolName() const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_name'"))
        .toString();
}

QList<ClassCount> LibraryReports::collectionByClass() const
{
    QHash<QString, ClassCount> byLetter;
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT upper(substr(trim(c.clc), 1, 1)), count(DISTINCT "
                                   "c.title_id), count(*) FROM library_copies c WHERE %1 "
                                   "GROUP BY 1")
                        .arg(QLatin1String(kInCollection)));
    const QStringList letters = ClcClasses::letters();
    while (q.next()) {
        QString letter = q.value(0).toString();
        if (!letters.contains(letter))
            letter.clear();
        ClassCount &c = byLetter[letter];
        c.titles += q.value(1).toInt();
        c.copies += q.value(2).toInt();
    }
    QList<ClassCount> list;
    for (const QString &letter : letters) {
        ClassCount c = byLetter.value(letter);
        c.letter = letter;
        c.name = ClcClasses::name(letter);
        list << c;
    }
    if (byLetter.contains(QString())) {
        ClassCount c = byLetter.value(QString());
        c.name = tr("Not classified");
        list << c;
    }
    return list;
}

BooksPerStudent LibraryReports::booksPerStudent() const
{
    BooksPerStudent b;
    b.copies = m_db.scalar(QStringLiteral("SELECT count(*) FROM library_copies c WHERE %1")
                               .arg(QLatin1String(kInCollection)))
                   .toInt();
    b.students = m_db.scalar(QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0 AND "
                                            "status = 'enrolled'"))
                     .toInt();
    bool ok = false;
    const double target = m_db.scalar(QStringLiteral("SELECT value FROM library_settings WHERE "
                                                     "key = 'books_per_student_target' AND "
                                                     "deleted = 0"))
                              .toDouble(&ok);
    if (ok && target > 0)
        b.target = target;
    return b;
}

MonthlyLoans LibraryReports::loansPerMonth(const QDate &from,
                                           const QDate &to,
                                           Grouping grouping) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw Error(tr("The period must end on or after the day it starts."), Error::Invalid);
    MonthlyLoans m;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        m.months << month;
    m.totalPerMonth = QList<int>(m.months.size(), 0);
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT l.patron_kind, cl.id, cl.grade, cl.name, strftime('%Y-%m', l.lent_at, "
            "'localtime'), count(*) FROM library_loans l LEFT JOIN students s ON s.id = "
            "l.patron_id AND l.patron_kind = 'student' LEFT JOIN classes cl ON cl.id = s.class_id "
            "WHERE l.deleted = 0 AND l.lent_at >= ? AND l.lent_at < ? GROUP BY 1, 2, 5"),
        {utcBound(from), utcBound(to.addDays(1))});
    QHash<QString, int> rowOf;
    while (q.next()) {
        const bool staff = q.value(0).toString() == QLatin1String("staff");
        MonthlyLoans::Row row;
        if (staff) {
            row.key = QStringLiteral("staff");
            row.label = tr("Staff");
            row.grade = 100;
        } else if (q.value(1).isNull()) {
            row.key = QStringLiteral("noclass");
            row.label = tr("Students without a class");
            row.grade = 99;
        } else {
            row.grade = q.value(2).toInt();
            if (grouping == Grouping::Grade) {
                row.key = QString::number(row.grade);
                row.label = Grades::name(row.grade);
            } else {
                row.key = q.value(1).toString();
                row.label = Grades::className(row.grade, q.value(3).toString());
            }
        }
        auto it = rowOf.constFind(row.key);
        int index = 0;
        if (it == rowOf.cend()) {
            row.perMonth = QList<int>(m.months.size(), 0);
            index = int(m.rows.size());
            rowOf.insert(row.key, index);
            m.rows << row;
        } else {
            index = *it;
        }
        const QDate month
            = QDate::fromString(q.value(4).toString() + QStringLiteral("-01"), Qt::ISODate);
        const int column = int(m.months.indexOf(month));
        if (column < 0)
            continue;
        const int n = q.value(5).toInt();
        MonthlyLoans::Row &r = m.rows[index];
        r.perMonth[column] += n;
        r.total += n;
        m.totalPerMonth[column] += n;
        m.total += n;
    }
    std::sort(
        m.rows.begin(), m.rows.end(), [](const MonthlyLoans::Row &a, const MonthlyLoans::Row &b) {
            return a.grade != b.grade ? a.grade < b.grade : a.label < b.label;
        });
    return m;
}

QList<TopTitle> LibraryReports::mostBorrowed(const QDate &from, const QDate &to, int count) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT t.id, t.title, coalesce(t.responsibility, ''), coalesce(t.clc, ''), "
                       "count(*) AS n FROM library_loans l JOIN library_copies c ON c.id = "
                       "l.copy_id JOIN library_titles t ON t.id = c.title_id WHERE l.deleted = 0 "
                       "AND l.lent_at >= ? AND l.lent_at < ? GROUP BY t.id ORDER BY n DESC, "
                       "t.title, t.id LIMIT ?"),
        {utcBound(from), utcBound(to.addDays(1)), qMax(0, count)});
    QList<TopTitle> list;
    while (q.next())
        list.append({q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toInt()});
    return list;
}

QPair<QDate, QDate> LibraryReports::schoolYearOf(const QDate &day)
{
    const int start = day.month() >= 9 ? day.year() : day.year() - 1;
    return {QDate(start, 9, 1), QDate(start + 1, 8, 31)};
}

} // namespace SchoolSuite::Library
