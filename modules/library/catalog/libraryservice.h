#pragma once

#include "bibrecord.h"
#include "core/auth/session.h"
#include "core/store/statement.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace SchoolSuite {

class Database;
class BulkCapture;

// A copy on the shelf (library_copies). Whether it is on loan comes from the circulation facts
// (Circulation), not from here.
struct LibraryCopy
{
    QString id;
    QString titleId;
    QString barcode;
    QString callNo; // "I247.5/12" (clc "/" 种次号), ":2" after it for a volume
    QString clc;
    int seq = 0; // 种次号; 0: none
    QString volume;
    QString itemType = QStringLiteral("book"); // book, reference, periodical, av
    QString location;                          // a room name or a collection (阅览室, 书库)
    QString shelf;                             // the shelf or bay
    QDate acquiredOn;
    QString acquisitionSource;                 // purchase, donation, transfer, other; "" unknown
    qint64 priceFen = -1;                      // -1: unknown
    QString status = QStringLiteral("active"); // active, withdrawn, lost, damaged
    QString note;
};

namespace LibraryKeys {
QStringList itemTypes();                   // book, reference, periodical, av
QString itemTypeTitle(const QString &key); // translated: 普通图书, 工具书, 期刊, 音像资料
QStringList copyStatuses();                // active, withdrawn, lost, damaged
QString copyStatusTitle(const QString &key);
QStringList acquisitionSources();
QString acquisitionSourceTitle(const QString &key);
QStringList patronKinds(); // student, staff
QString patronKindTitle(const QString &key);
} // namespace LibraryKeys

// Call numbers (索书号) of the Chinese Library Classification: the class number, "/" and the
// 种次号, the order of titles within the class.
namespace CallNumber {
// Whether text is a CLC class number: one of the 22 main class letters (A–K, N–V, X, Z; T with a
// second letter: TP), digits with "." after every three, and the auxiliary notations (-, =, ( ), " ",
// < >, :) — "I247.5", "TP311.1", "G624.23", "K82=7", "I561.45(2)". Lower case is accepted.
bool isClassNumber(const QString &text);
QString normalizeClass(const QString &text); // trimmed, upper-case letters
QString mainClass(const QString &clc);       // "I247.5" -> "I"; "TP311" -> "T"; "" if none
QString make(const QString &clc, int seq, const QString &volume = {});
// Splits "I247.5/12:2" into its parts; false when it is not of that form.
bool split(const QString &callNo, QString *clc, int *seq, QString *volume);
// Shelf order: class numbers compared as the classification orders them (I247 < I247.5 <
// I248; digits after the point compared as decimals), then 种次号 numerically, then volume.
int compare(const QString &a, const QString &b);
// The sequence name of a class's 种次号 in NumberLeases: "clc:I247.5".
QString sequence(const QString &clc);
} // namespace CallNumber

// The catalog on behalf of a session: LibraryView to read, LibraryEdit to write. Every write is
// one transaction; errors (Error naming the field or barcode) leave the data as it was.
class LibraryService
{
public:
    explicit LibraryService(const Session &session);
    ~LibraryService();

    BibRecord title(const QString &id) const; // throws NotFound
    // Records with this ISBN (any form; normalized first): none, or more than one when the same
    // ISBN was catalogued twice (two editions sharing an ISBN).
    QList<BibRecord> titlesByIsbn(const QString &isbn) const;
    int titleCount() const;
    int copyCount() const;

    // Checks and writes a record; returns the id. The ISBN is normalized to ISBN-13 (an
    // invalid one is refused naming the check digit), the class number checked.
    QString addTitle(const BibRecord &record);
    void updateTitle(const BibRecord &record);
    // Refused while the title has copies that are not withdrawn.
    void deleteTitle(const QString &id);

    LibraryCopy copy(const QString &idOrBarcode) const;                     // throws NotFound
    std::optional<LibraryCopy> findByBarcode(const QString &barcode) const; // trimmed
    QList<LibraryCopy> copies(const QString &titleId) const;                // in call-number order
    // Adds a copy of a title: an empty barcode takes the next from this device's leased block;
    // an empty clc takes the title's; seq 0 takes the class's next 种次号 — unless another
    // copy of the same title already has a call number, which the new copy shares (copies of
    // one title stand together). Returns the id.
    QString addCopy(const LibraryCopy &copy);
    // count copies alike (barcodes and, for the first, the call number given out as above).
    QStringList addCopies(const LibraryCopy &copy, int count);
    void updateCopy(const LibraryCopy &copy);
    void setCopyStatus(const QString &copyId, const QString &status, const QString &note = {});

    // Barcodes: the school code, "-B" and seven digits (DC0001-B0000123) from leased blocks.
    QString barcodePrefix() const;
    QString nextBarcode();
    void noteBarcodeUsed(const QString &barcode); // of our pattern; others are left alone
    int nextSeq(const QString &clc);              // the class's next 种次号
    void noteSeqUsed(const QString &clc, int seq);
    // A barcode's (sequence, number) when it has this school's pattern (prefix).
    static std::optional<std::pair<QString, qint64>> barcodeNumber(const QString &prefix,
                                                                   const QString &barcode);
    // Copies catalogued on an enrolled device that held no 种次号 of their class get the class
    // alone as call number; once a sync has leased numbers this gives them their 种次号 (copies
    // of one title share one). Returns how many copies got a call number.
    int assignPendingCallNumbers();
    int pendingCallNumberCount() const;
    // Asks the first sync of an enrolled device to lease barcodes before the first copy is
    // catalogued (the module's initialize()). Quietly does nothing on a store that is not set
    // up or not writable.
    static void declareBarcodes(Database &db);
    // The call number a new copy of the title gets (shown before it is saved); "" when the
    // title has no class number.
    QString proposedCallNumber(const QString &titleId) const;
    // The call number a first copy of a new title of the class would get, without taking the
    // 种次号; the class alone when this computer holds no number of it yet, "" without a
    // valid class.
    QString proposedCallNumberFor(const QString &clc) const;

    // Checks a record as addTitle would, without writing: the problems, translated, each
    // naming the field ("ISBN: the check digit should be 5").
    static QStringList problems(const BibRecord &record);
    static QStringList problems(const LibraryCopy &copy);

    const Session &session() const { return m_session; }

private:
    void requireEdit(const QString &what) const;
    QString insertCopy(LibraryCopy c);

    const Session &m_session;
};

// Writes many records fast in the caller's transaction (MARC import): prepared statements, rows
// stamped and queued for the district in bulk (BulkCapture), no per-record look-ups beyond the
// barcode and ISBN checks the caller asks for. Checks as LibraryService does; throws Error
// naming the field.
//
// The work that needs no database — checking, cleaning, ids, call numbers, the row's values as
// UTF-8 — can be done ahead, on another thread: prepare() is thread-safe, and add() of what it
// made only binds the values and inserts.
class CatalogWriter
{
public:
    // A title made ready for addTitle(), or why it cannot be written.
    struct PreparedTitle
    {
        QString id;
        QStringList problems;
        EncodedRow row; // titleColumns()
    };
    // A copy made ready for addCopy(); one that needs a number from the store (no barcode, or a
    // class without 种次号) gets the rest at addCopy().
    struct PreparedCopy
    {
        QStringList problems;
        LibraryCopy copy;     // checked and cleaned, with its id
        bool numbered = true; // its barcode and call number are complete: details is its row
        EncodedRow details;   // the columns after id and title_id
        std::optional<std::pair<QString, qint64>> barcodeNumber; // of the leased block's series
        std::optional<std::pair<QString, qint64>> classNumber;   // (sequence, 种次号)
    };

    // Inside a transaction. expectedTitles and expectedCopies: how many rows are coming, when
    // known. A table that gets many beside what it holds has its indexes built once, at the end
    // (BulkCapture::deferIndexes); a caller expecting copies without barcodes passes 0 copies,
    // since each such copy looks its new barcode up.
    explicit CatalogWriter(LibraryService &service, int expectedTitles = 0, int expectedCopies = 0);
    ~CatalogWriter();

    static PreparedTitle prepare(const BibRecord &record);
    // barcodePrefix: barcodePrefix() of the writer that adds it.
    static PreparedCopy prepare(const LibraryCopy &copy, const QString &barcodePrefix);
    const QString &barcodePrefix() const { return m_barcodePrefix; }

    QString addTitle(const BibRecord &record); // returns the id
    QString addTitle(const PreparedTitle &title);
    // A title that was in the catalog before this writer (record.id set).
    void updateTitle(const BibRecord &record);
    // The barcode and call number as given; an empty barcode from the leased block; an empty
    // call number from the class and the title's 种次号 in this batch or the next one.
    QString addCopy(const LibraryCopy &copy);
    QString addCopy(const PreparedCopy &copy, const QString &titleId);
    // Queues the rows written for the district and the search indexes (BulkCapture). Done by the
    // commit at the latest; called earlier, its errors arise where it is called.
    void finish();

private:
    LibraryService &m_service;
    std::unique_ptr<BulkCapture> m_bulk;
    std::unique_ptr<Statement> m_insertTitle;
    std::unique_ptr<Statement> m_insertCopy;
    QHash<QString, int> m_seqOfTitle;       // title id + class -> 种次号 given in this batch
    std::pair<QString, qint64> m_lastNoted; // (sequence, 种次号) noted last
    // To note as used at the end (shared with the work BulkCapture does before the commit).
    std::shared_ptr<QList<std::pair<QString, qint64>>> m_usedNumbers;
    QString m_barcodePrefix;
};

} // namespace SchoolSuite
