#include "peoplesearch.h"

#include "core/store/database.h"
#include "people.h"

#include <QCoreApplication>

namespace SchoolSuite::PeopleSearch {

namespace {

QStringList ids(const QSqlDatabase &db, const QString &table)
{
    QStringList list;
    QSqlQuery q
        = Database::execOn(db, QStringLiteral("SELECT id FROM %1 WHERE deleted = 0").arg(table));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

class StudentProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("students"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        QSqlQuery q
            = Database::execOn(db,
                               QStringLiteral("SELECT s.name, s.student_no, c.grade, c.name "
                                              "FROM students s LEFT JOIN classes c ON "
                                              "c.id = s.class_id WHERE s.id = ? AND "
                                              "s.deleted = 0"),
                               {id});
        if (!q.next())
            return std::nullopt;
        const QString cls = q.value(2).isNull()
                                ? QString()
                                : Grades::className(q.value(2).toInt(), q.value(3).toString());
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("student");
        d.id = id;
        d.title = q.value(0).toString();
        // The 学籍号 holds the ID number, so hits show the class only; the number still finds it.
        d.subtitle = cls;
        d.names = {d.title};
        d.texts = {q.value(1).toString(), cls};
        return d;
    }
};

class StaffProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("staff"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        QSqlQuery q = Database::execOn(db,
                                       QStringLiteral("SELECT name, staff_no, role, subject FROM "
                                                      "staff WHERE id = ? AND deleted = 0"),
                                       {id});
        if (!q.next())
            return std::nullopt;
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("staff");
        d.id = id;
        d.title = q.value(0).toString();
        QStringList sub{q.value(2).toString(), q.value(3).toString(), q.value(1).toString()};
        sub.removeAll(QString());
        d.subtitle = sub.join(QStringLiteral(" · "));
        d.names = {d.title};
        d.texts = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        return d;
    }
};

class ClassProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("classes"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        QSqlQuery q = Database::execOn(db,
                                       QStringLiteral("SELECT c.grade, c.name, t.name FROM classes "
                                                      "c LEFT JOIN staff t ON t.id = "
                                                      "c.homeroom_staff_id WHERE c.id = ? AND "
                                                      "c.deleted = 0"),
                                       {id});
        if (!q.next())
            return std::nullopt;
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("class");
        d.id = id;
        d.title = Grades::className(q.value(0).toInt(), q.value(1).toString());
        d.subtitle = q.value(2).toString();
        d.names = {d.title};
        d.personNames = false;
        return d;
    }
};

class RoomProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("rooms"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        QSqlQuery q
            = Database::execOn(db,
                               QStringLiteral("SELECT name, type, building FROM rooms WHERE "
                                              "id = ? AND deleted = 0"),
                               {id});
        if (!q.next())
            return std::nullopt;
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("room");
        d.id = id;
        d.title = q.value(0).toString();
        d.subtitle = RoomTypes::title(q.value(1).toString());
        d.names = {d.title};
        d.texts = {q.value(2).toString()};
        d.personNames = false;
        return d;
    }
};

} // namespace

QList<std::shared_ptr<SearchProvider>> providers()
{
    return {std::make_shared<StudentProvider>(),
            std::make_shared<StaffProvider>(),
            std::make_shared<ClassProvider>(),
            std::make_shared<RoomProvider>()};
}

} // namespace SchoolSuite::PeopleSearch
