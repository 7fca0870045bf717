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
        const std::optional<QVariantList> row = m_query.row(db, id);
        if (!row)
            return std::nullopt;
        const QVariantList &v = *row;
        const QString cls
            = v.at(2).isNull() ? QString() : Grades::className(v.at(2).toInt(), v.at(3).toString());
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("student");
        d.id = id;
        d.title = v.at(0).toString();
        // The 学籍号 holds the ID number, so hits show the class only; the number still finds it.
        d.subtitle = cls;
        d.names = {d.title};
        d.texts = {v.at(1).toString(), cls};
        return d;
    }

private:
    mutable DocumentQuery m_query{QStringLiteral("SELECT s.name, s.student_no, c.grade, c.name "
                                                 "FROM students s LEFT JOIN classes c ON "
                                                 "c.id = s.class_id WHERE s.id = ? AND "
                                                 "s.deleted = 0")};
};

class StaffProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("staff"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        const std::optional<QVariantList> row = m_query.row(db, id);
        if (!row)
            return std::nullopt;
        const QVariantList &v = *row;
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("staff");
        d.id = id;
        d.title = v.at(0).toString();
        QStringList sub{v.at(2).toString(), v.at(3).toString(), v.at(1).toString()};
        sub.removeAll(QString());
        d.subtitle = sub.join(QStringLiteral(" · "));
        d.names = {d.title};
        d.texts = {v.at(1).toString(), v.at(2).toString(), v.at(3).toString()};
        return d;
    }

private:
    mutable DocumentQuery m_query{QStringLiteral("SELECT name, staff_no, role, subject FROM "
                                                 "staff WHERE id = ? AND deleted = 0")};
};

class ClassProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("classes"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        const std::optional<QVariantList> row = m_query.row(db, id);
        if (!row)
            return std::nullopt;
        const QVariantList &v = *row;
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("class");
        d.id = id;
        d.title = Grades::className(v.at(0).toInt(), v.at(1).toString());
        d.subtitle = v.at(2).toString();
        d.names = {d.title};
        d.personNames = false;
        return d;
    }

private:
    mutable DocumentQuery m_query{QStringLiteral("SELECT c.grade, c.name, t.name FROM classes "
                                                 "c LEFT JOIN staff t ON t.id = "
                                                 "c.homeroom_staff_id WHERE c.id = ? AND "
                                                 "c.deleted = 0")};
};

class RoomProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("rooms"); }
    QStringList allIds(const QSqlDatabase &db) const override { return ids(db, table()); }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        const std::optional<QVariantList> row = m_query.row(db, id);
        if (!row)
            return std::nullopt;
        const QVariantList &v = *row;
        SearchDocument d;
        d.module = QStringLiteral("people");
        d.kind = QStringLiteral("room");
        d.id = id;
        d.title = v.at(0).toString();
        d.subtitle = RoomTypes::title(v.at(1).toString());
        d.names = {d.title};
        d.texts = {v.at(2).toString()};
        d.personNames = false;
        return d;
    }

private:
    mutable DocumentQuery m_query{QStringLiteral("SELECT name, type, building FROM rooms WHERE "
                                                 "id = ? AND deleted = 0")};
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
