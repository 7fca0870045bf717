#pragma once

#include "core/auth/session.h"
#include "core/io/table.h"

#include <QDate>
#include <QList>
#include <QString>

namespace SchoolSuite {

// The value of the school's equipment as of a date, and the computers due for replacement.
namespace ValueReport {

struct Row
{
    QString categoryId;
    QString categoryName;
    QString fundingSource; // empty: not recorded
    int count = 0;
    qint64 costFen = 0;
    qint64 accumulatedFen = 0;
    qint64 netFen = 0;
};

// An item the report cannot value: no price, or a price without a purchase date.
struct Unvalued
{
    QString itemId;
    QString tag;
    QString name;
    QString categoryName;
    QString fundingSource;
    QString reason; // translated
};

struct Report
{
    QDate asOf;
    QList<Row> rows; // by category (tree order), then funding source
    Row total;
    QList<Unvalued> unvalued;
};

// Items held on asOf: bought on or before it and not scrapped by then (an item scrapped
// later still counts). Lost items stay on the books until scrapped. Depreciation: see
// Depreciation; the service life comes from the item's category.
Report compute(const Session &session, const QDate &asOf);

struct Replacement
{
    QString itemId;
    QString tag;
    QString name;
    QString categoryName;
    QString roomName;
    QString status; // translated
    QDate purchaseDate;
    int serviceLifeYears = 0;
    QDate endOfLife;       // purchase date + service life
    bool pastLife = false; // end of life already reached today
};

struct ReplacementList
{
    QDate by;
    QList<Replacement> items; // oldest first
    int undated = 0;          // computers without a purchase date (not listed)
};

// Computers (categories of kind "computer" and their children) in stock or use, lent or in
// repair whose service life ends on or before by.
ReplacementList replacement(const Session &session, const QDate &by);

QString money(qint64 fen); // "12,345.67"
QString html(const Report &report, const QString &schoolName);
QString html(const ReplacementList &list, const QString &schoolName);
Table table(const ReplacementList &list); // for the CSV export
void writePdf(const Report &report, const QString &schoolName, const QString &path);
void writePdf(const ReplacementList &list, const QString &schoolName, const QString &path);

} // namespace ValueReport
} // namespace SchoolSuite
