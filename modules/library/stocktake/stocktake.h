#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite::Library {

// A part of a stocktake (馆藏清点) that is counted as a whole: a shelf of a location, or a range
// of call numbers. Copies of a section are reported missing only once it is marked counted.
struct StocktakeSection
{
    QString location; // shelf sections: the room or collection (图书馆); may be empty
    QString shelf;    // shelf sections: "I-03"
    QString from;     // range sections: the first call number or class ("I206")
    QString to;       // range sections: the last one; a bare class takes its subdivisions

    bool isRange() const { return shelf.isEmpty(); }
    // Stable key stored in library_stocktakes.counted: "shelf:图书馆/I-03", "range:I206~I247.9".
    QString key() const;
    QString title() const; // "图书馆 I-03", "I206 – I247.9"
    // Whether a copy with this shelf, location and call number belongs to the section.
    bool contains(const QString &copyLocation,
                  const QString &copyShelf,
                  const QString &copyCallNo) const;
    QJsonObject toJson() const;
    static StocktakeSection fromJson(const QJsonObject &json);
    static StocktakeSection ofShelf(const QString &location, const QString &shelf);
    static StocktakeSection ofRange(const QString &from, const QString &to);
};

enum class StocktakeStatus { Open, Paused, Finished };

// A stocktake session (library_stocktakes): the sections it covers and those counted so far.
struct Stocktake
{
    QString id;
    QString name;
    QList<StocktakeSection> sections;
    QStringList counted; // section keys
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    StocktakeStatus status = StocktakeStatus::Open;
    QString note;

    bool byRange() const { return !sections.isEmpty() && sections.first().isRange(); }
    bool isCounted(const QString &sectionKey) const { return counted.contains(sectionKey); }
};

namespace StocktakeKeys {
QString status(StocktakeStatus status); // open, paused, finished
StocktakeStatus statusFromKey(const QString &key);
QString statusTitle(StocktakeStatus status); // translated
// library_stocktakes.scope as JSON: {"shelves":[{"location","shelf"}…]} or
// {"ranges":[{"from","to"}…]} (a single {"from","to"} object is read as one range).
QString scopeJson(const QList<StocktakeSection> &sections);
QList<StocktakeSection> sectionsFromJson(const QString &json);
} // namespace StocktakeKeys

// What one scan means, told at once.
enum class ScanKind {
    OnShelf,    // a copy of the section, on its own shelf
    WrongShelf, // a copy whose shelf is another one, or outside the stocktake's scope
    OutOfOrder, // on its shelf, but before a copy it should follow (a hint; see results)
    Duplicate,  // the copy (or unknown barcode) was scanned before in this stocktake
    Unknown,    // no copy has this barcode (or the copy was withdrawn 剔旧)
};

struct ScanOutcome
{
    ScanKind kind = ScanKind::Unknown;
    QString barcode;
    QString copyId;
    QString title;
    QString callNo;
    QString homeShelf;      // the copy's shelf in the catalog
    QString shelf;          // where it was scanned
    QString previousCallNo; // OutOfOrder: the call number scanned before it on the shelf
    bool onLoan = false;    // the circulation facts have it lent: it should be returned
    bool withdrawn = false;
    bool registeredLost = false;
    ScanKind firstKind = ScanKind::Unknown; // Duplicate: what the first scan found
    QString firstShelf;
    QDateTime at;
};

// Why a copy is reported misshelved.
enum class MisshelvedReason { None, WrongShelf, OutOfScope, OutOfOrder };

// One line of a result list.
struct StocktakeEntry
{
    QString barcode;
    QString copyId;
    QString title;
    QString callNo;
    QString location;
    QString homeShelf;    // the catalog's shelf
    QString scannedShelf; // empty when not scanned
    QDateTime scannedAt;  // the first scan
    int scans = 0;
    MisshelvedReason reason = MisshelvedReason::None;
    QString afterCallNo; // OutOfOrder: the call number of the copy it stands after
    QString status;      // the copy's catalog status (active, lost, damaged, withdrawn)
    bool onLoan = false; // an open loan in the circulation facts
    QString borrower;    // on loan: "张三 七年级(2)班"
    QDate dueOn;
};

struct StocktakeCounts
{
    int scans = 0;        // every scan recorded
    int expected = 0;     // copies of the scope (not withdrawn or lost)
    int onShelf = 0;      // scanned and in their place
    int misshelved = 0;   // scanned, on a wrong shelf, outside the scope or out of order
    int onLoan = 0;       // expected, not scanned, lent
    int missing = 0;      // expected in a counted section, not scanned, not lent
    int notCounted = 0;   // expected in a section not marked counted yet, not scanned
    int unknown = 0;      // distinct barcodes that are no copy (or a withdrawn one)
    int duplicates = 0;   // scans after the first of the same barcode
    int lentButFound = 0; // scanned although the facts have them lent
};

struct StocktakeResults
{
    StocktakeCounts counts;
    QList<StocktakeEntry> onShelf;
    QList<StocktakeEntry> onLoan;
    QList<StocktakeEntry> missing;
    QList<StocktakeEntry> misshelved;
    QList<StocktakeEntry> notCounted;
    QList<StocktakeEntry> unknown;
    QList<StocktakeEntry> duplicates; // one entry per barcode scanned more than once
};

} // namespace SchoolSuite::Library
