#pragma once

#include "people.h"
#include "peopleservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

class Session;

// The people directory as table models for the pages, loaded through PeopleService for one
// session, so they hold only what that session may see (masked ID numbers, no phone numbers for
// roles without PeopleContact). The session must outlive the model.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        // Sorts as users expect: names by pinyin (Pinyin::sortKey), classes by grade and number,
        // counts as numbers; other columns by their text.
        SortRole = Qt::UserRole + 1,
        // One lowercase string per row (same in every column) holding every column's text plus
        // the full pinyin and pinyin initials of the row's name, for ListFilterProxy.
        FilterRole,
        IdRole, // the record id
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the records again. A session without PeopleView gets an empty model and lastError().
    void reload();
    QString lastError() const { return m_lastError; }

    QString idAt(int row) const;
    int rowOfId(const QString &id) const; // -1 if absent
    int nameColumn() const { return m_nameColumn; }

protected:
    PeopleTableModel(const Session &session, int nameColumn, bool personNames, QObject *parent);

    virtual QStringList headers() const = 0;
    virtual void load() = 0; // fills the record list; may throw Error
    virtual void clear() = 0;
    virtual int recordCount() const = 0;
    virtual QString recordId(int row) const = 0;
    virtual QString text(int row, int column) const = 0;
    // The sort key of a cell when plain text order is wrong; an invalid QVariant otherwise.
    virtual QVariant sortValue(int row, int column) const;
    virtual bool isNumeric(int column) const;

    const Session &m_session;

private:
    void buildFilterTexts();

    int m_nameColumn;
    bool m_personNames;
    QStringList m_filterTexts;
    QList<QString> m_nameKeys;
    QString m_lastError;
};

class StudentsModel : public PeopleTableModel
{
    Q_OBJECT

public:
    enum Column {
        StudentNo,
        Name,
        Gender,
        Class,
        BirthDate,
        Guardian,
        Phone,
        IdNumber,
        ColumnCount
    };
    explicit StudentsModel(const Session &session, QObject *parent = nullptr);
    const Student &student(int row) const { return m_rows.at(row); }

protected:
    QStringList headers() const override;
    void load() override;
    void clear() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    QString recordId(int row) const override { return m_rows.at(row).id; }
    QString text(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;

private:
    QList<Student> m_rows;
};

class StaffModel : public PeopleTableModel
{
    Q_OBJECT

public:
    enum Column { StaffNo, Name, Gender, Position, Subject, Phone, EtTrained, ColumnCount };
    explicit StaffModel(const Session &session, QObject *parent = nullptr);
    const StaffMember &member(int row) const { return m_rows.at(row); }

protected:
    QStringList headers() const override;
    void load() override;
    void clear() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    QString recordId(int row) const override { return m_rows.at(row).id; }
    QString text(int row, int column) const override;

private:
    QList<StaffMember> m_rows;
};

class ClassesModel : public PeopleTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Homeroom, Room, Students, ColumnCount };
    explicit ClassesModel(const Session &session, QObject *parent = nullptr);
    const SchoolClass &schoolClass(int row) const { return m_rows.at(row); }

protected:
    QStringList headers() const override;
    void load() override;
    void clear() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    QString recordId(int row) const override { return m_rows.at(row).id; }
    QString text(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override { return column == Students; }

private:
    QList<SchoolClass> m_rows;
};

class RoomsModel : public PeopleTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Building, Floor, Capacity, Multimedia, ColumnCount };
    explicit RoomsModel(const Session &session, QObject *parent = nullptr);
    const Room &room(int row) const { return m_rows.at(row); }

protected:
    QStringList headers() const override;
    void load() override;
    void clear() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    QString recordId(int row) const override { return m_rows.at(row).id; }
    QString text(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override { return column == Floor || column == Capacity; }

private:
    QList<Room> m_rows;
};

class SchoolYearsModel : public PeopleTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Start, End, Current, ColumnCount };
    explicit SchoolYearsModel(const Session &session, QObject *parent = nullptr);
    const SchoolYear &schoolYear(int row) const { return m_rows.at(row); }

protected:
    QStringList headers() const override;
    void load() override;
    void clear() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    QString recordId(int row) const override { return m_rows.at(row).id; }
    QString text(int row, int column) const override;

private:
    QList<SchoolYear> m_rows;
};

namespace PeopleText {
QString gender(const QString &code); // M/F -> translated Male/Female
QString yesNo(bool value);
QString status(const QString &code); // enrolled -> translated Enrolled
} // namespace PeopleText

} // namespace SchoolSuite
