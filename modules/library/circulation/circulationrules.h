#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace SchoolSuite {

class Database;
class Session;

// One cell of the rules matrix (library_rules): for a patron kind and an item type, the loan
// period (0: not for loan, reference only), the most items a patron of the kind may hold of all
// types, and how many times a loan may be renewed.
struct CirculationRule
{
    QString patronKind; // student, staff
    QString itemType;   // book, reference, periodical, av
    int loanDays = 0;
    int maxItems = 0;
    int renewals = 0;
    bool operator==(const CirculationRule &) const = default;
};

// The rules matrix, the library's calendar (closed days, open weekdays) and its settings. Rows
// that every device seeds get ids derived from the school and their key, so two desks that seed
// before they ever synced write the same rows.
// Reading needs no permission (the desk and the CLI read the rules); changing them needs
// LibraryEdit.
class CirculationRules
{
public:
    explicit CirculationRules(const Session &session);

    // The built-in matrix every school starts with.
    static QList<CirculationRule> defaults();
    // Adds the built-in rules and settings the store lacks once its school is set up (meta
    // school_code); cheap when they are there.
    static void ensureDefaults(Database &db);
    // "library_rules:DC0001:student:book" shaped like a version-7 UUID with a fixed timestamp.
    static QString derivedId(const QString &table, const QString &schoolCode, const QString &key);

    CirculationRule rule(const QString &patronKind, const QString &itemType) const;
    QList<CirculationRule> rules() const;      // patron kinds × item types, defaults where missing
    void setRule(const CirculationRule &rule); // checks the values; throws Error

    // Open weekdays as Qt numbers them (1 Monday … 7 Sunday); default Monday to Friday.
    QSet<int> openWeekdays() const;
    void setOpenWeekdays(const QSet<int> &days);
    int holdDays() const; // how long a returned copy waits for the patron who held it
    void setHoldDays(int days);
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

    // Closed days (holidays, 寒暑假) between from and to, inclusive.
    QList<QDate> closedDays(const QDate &from, const QDate &to) const;
    void addClosedDays(const QDate &from, const QDate &to, const QString &note = {});
    void removeClosedDay(const QDate &day);
    bool isOpen(const QDate &day) const;
    // The first open day on or after day (day itself when the library opens then). A calendar
    // with no open day at all gives day back.
    QDate nextOpenDay(const QDate &day) const;
    // today + days, moved past closed days and closed weekdays.
    QDate dueDate(const QDate &today, int days) const;

private:
    QString schoolCode() const;
    void requireEdit() const;
    const Session &m_session;
    Database &m_db;
};

} // namespace SchoolSuite
