#pragma once

#include "stocktake.h"

#include "core/auth/session.h"

#include <QHash>

#include <memory>

namespace SchoolSuite {
class Database;
class Statement;
} // namespace SchoolSuite

namespace SchoolSuite::Library {

// The counting of one library stocktake, in memory so a scan is answered at once: the catalog's
// copies by barcode, the open loans (Circulation), and what every scan so far found. Each scan
// is written as its own small fact (library_stocktake_scans, one autocommitted INSERT), so a
// crash loses at most the scan being made and the scans of two PCs merge when they sync;
// reload() reads them all again.
//
// Rules (docs/user-guide/*/library.md, "Stocktake"):
// - expected: copies of the scope's sections that are not withdrawn or lost;
// - the first scan of a barcode counts; later ones are duplicates;
// - on shelf: scanned on its own shelf (any shelf for copies without one) and in call-number
//   order; misshelved: scanned on another shelf, outside the scope, or out of order — the scans
//   of a shelf not in the longest non-decreasing run of call numbers (scanning goes along the
//   shelf in shelf order);
// - an expected copy not scanned is on loan when the circulation facts have it lent, missing
//   when its section is marked counted, and not counted otherwise (a partial count marks
//   nothing it did not cover as missing);
// - unknown: no copy has the barcode, or the copy was withdrawn (剔旧).
class StocktakeCounter
{
public:
    StocktakeCounter(const Session &session, const QString &stocktakeId);
    ~StocktakeCounter();
    StocktakeCounter(const StocktakeCounter &) = delete;
    StocktakeCounter &operator=(const StocktakeCounter &) = delete;

    // Reads the session, the catalog, the loans and every scan again (after a sync).
    void reload();
    const Stocktake &stocktake() const { return m_stocktake; }

    // Records a scan on shelf and says what it means. Throws Invalid (nothing written) for an
    // empty barcode, a session that is not open, or — counting by shelves — a shelf that is not
    // one of the stocktake's. Counting by ranges the shelf may be empty.
    ScanOutcome scan(const QString &barcode, const QString &shelf, const QDateTime &at = {});

    StocktakeCounts counts() const;
    StocktakeResults results() const;
    // The shelves the scanner may stand at: the scope's, or the shelves of the ranges' copies.
    QStringList shelves() const;
    // Copies expected in a section and how many of them were scanned.
    int expectedIn(const QString &sectionKey) const;
    int scannedIn(const QString &sectionKey) const;

    // Marks a section counted through StocktakeService and keeps the counting in step.
    void setCounted(const QString &sectionKey, bool counted = true);

private:
    struct Copy
    {
        QString id;
        QString barcode;
        QString title;
        QString callNo;
        QString location;
        QString shelf;
        QString status;
        int section = -1; // index into the stocktake's sections; -1 outside the scope
        bool expected = false;
    };
    struct Seen
    {
        QString shelf;
        QDateTime at;
        int scans = 0;
        ScanKind kind = ScanKind::OnShelf;
    };

    int indexOf(const QString &barcode) const;
    ScanOutcome classify(const QString &barcode, const QString &shelf, const QDateTime &at) const;
    void apply(const ScanOutcome &outcome);
    bool inPlace(const Copy &copy, const QString &shelf) const;
    StocktakeEntry entryFor(int index) const;
    // Indexes of the copies of each shelf's run that are out of call-number order, each with
    // the index of the copy scanned before it.
    QHash<int, int> outOfOrder() const;

    Session m_session;
    Database &m_db;
    Stocktake m_stocktake;
    QList<Copy> m_copies;
    QHash<QString, int> m_byBarcode;
    QHash<QString, int> m_byFolded;
    struct Loan
    {
        QString borrower;
        QDate dueOn;
    };
    QHash<QString, Loan> m_loans; // copy id -> open loan
    QHash<int, Seen> m_seen;
    QList<int> m_seenOrder;
    // The copies scanned in place on a shelf, in scan order, with the longest non-decreasing
    // subsequence by call number kept up to date as scans arrive (patience sorting): tails[k]
    // is the position in copies of the smallest last element of such a subsequence of length
    // k + 1, previous[i] the element before copies[i] in its subsequence.
    struct Run
    {
        QList<int> copies;
        QList<int> tails;
        QList<int> previous;
    };
    void extend(Run &run, int index) const;
    QHash<QString, Run> m_runs;         // shelf -> run
    QHash<QString, int> m_nextPos;      // shelf -> next pos
    QHash<QString, int> m_unknownIndex; // folded barcode -> m_unknown
    QList<StocktakeEntry> m_unknown;
    int m_scans = 0;
    int m_duplicates = 0;
    std::unique_ptr<Statement> m_insert;
};

} // namespace SchoolSuite::Library
