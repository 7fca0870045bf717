#include "marcimport.h"
#include "marcimport_p.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "library/catalog/libraryservice.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace SchoolSuite {

namespace {

// Fills the empty fields of existing from incoming (a merge never overwrites what the
// librarian has).
BibRecord filled(BibRecord existing, const BibRecord &incoming)
{
    auto fill = [](QString &to, const QString &from) {
        if (to.trimmed().isEmpty() && !from.trimmed().isEmpty())
            to = from;
    };
    fill(existing.title, incoming.title);
    fill(existing.responsibility, incoming.responsibility);
    fill(existing.publisher, incoming.publisher);
    fill(existing.place, incoming.place);
    fill(existing.edition, incoming.edition);
    fill(existing.clc, incoming.clc);
    fill(existing.series, incoming.series);
    fill(existing.language, incoming.language);
    fill(existing.summary, incoming.summary);
    fill(existing.note, incoming.note);
    if (existing.year == 0)
        existing.year = incoming.year;
    if (existing.pages == 0)
        existing.pages = incoming.pages;
    if (existing.priceFen < 0)
        existing.priceFen = incoming.priceFen;
    if (existing.subjects.isEmpty())
        existing.subjects = incoming.subjects;
    return existing;
}

} // namespace

QString MarcFileRecord::position() const
{
    MarcReadItem item;
    item.number = number;
    item.offset = offset;
    item.line = line;
    return item.position();
}

QStringList MarcPreview::problems(const MarcFile &file) const
{
    QStringList out;
    for (const Row &row : rows) {
        if (row.kind == Kind::Broken)
            out << file.records.at(row.index).position() + QStringLiteral(": ") + row.problem;
    }
    return out;
}

MarcImport::MarcImport(const Session &session)
    : m_session(session)
{}

MarcPreview MarcImport::preview(const MarcFile &file, const MarcImportOptions &options) const
{
    m_session.require(Permission::LibraryEdit, tr("import MARC records"));
    Database &db = m_session.database();
    struct Existing
    {
        QString id;
        QString title;
    };
    QHash<QString, Existing> byIsbn;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT isbn, id, title FROM library_titles "
                                             "WHERE deleted = 0 AND isbn IS NOT NULL"));
        while (q.next())
            byIsbn.insert(q.value(0).toString(),
                          Existing{q.value(1).toString(), q.value(2).toString()});
    }
    QSet<QString> catalogBarcodes;
    {
        QSqlQuery q
            = db.exec(QStringLiteral("SELECT barcode FROM library_copies WHERE deleted = 0"));
        while (q.next())
            catalogBarcodes.insert(q.value(0).toString());
    }
    QHash<QString, int> fileIsbnRow;       // ISBN → the row of the file that adds it
    QHash<QString, int> fileBarcodeRecord; // barcode → the record number that adds it
    fileIsbnRow.reserve(file.records.size());
    fileBarcodeRecord.reserve(file.records.size());
    const bool merge = options.duplicates == MarcImportOptions::Duplicates::Merge;

    MarcPreview p;
    std::tie(p.dataVersion, p.totalChanges) = storeState();
    p.merge = merge;
    p.rows.reserve(file.records.size());
    for (int i = 0; i < file.records.size(); ++i) {
        const MarcFileRecord &r = file.records.at(i);
        MarcPreview::Row row;
        row.index = i;
        auto broken = [&row](const QString &why) {
            row.kind = MarcPreview::Kind::Broken;
            row.problem = why;
        };
        if (!r.error.isEmpty()) {
            broken(r.error);
        } else if (const QStringList problems = LibraryService::problems(r.book.bib);
                   !problems.isEmpty()) {
            broken(problems.join(QStringLiteral("; ")));
        } else {
            const QString &isbn = r.book.bib.isbn;
            if (!isbn.isEmpty()) {
                if (const auto it = byIsbn.constFind(isbn); it != byIsbn.cend()) {
                    row.kind = MarcPreview::Kind::Duplicate;
                    row.existingId = it->id;
                    row.existingTitle = it->title;
                } else if (const auto f = fileIsbnRow.constFind(isbn); f != fileIsbnRow.cend()) {
                    row.kind = MarcPreview::Kind::Duplicate;
                    row.existingRow = f.value();
                    row.existingTitle = file.records.at(f.value()).book.bib.title;
                }
            }
            const bool adds = row.kind == MarcPreview::Kind::New || merge;
            QStringList seen;
            for (const LibraryCopy &c : r.book.copies) {
                if (!adds || row.kind == MarcPreview::Kind::Broken)
                    break;
                const QString barcode = c.barcode.trimmed();
                if (c.callNo.trimmed().isEmpty() && c.clc.trimmed().isEmpty())
                    broken(tr("a copy%1 has no call number and the record no class number")
                               .arg(barcode.isEmpty() ? QString() : QLatin1Char(' ') + barcode));
                else if (barcode.isEmpty())
                    continue;
                else if (catalogBarcodes.contains(barcode))
                    broken(tr("barcode %1 is already in the catalog").arg(barcode));
                else if (const auto b = fileBarcodeRecord.constFind(barcode);
                         b != fileBarcodeRecord.cend())
                    broken(tr("barcode %1 is also in record %2").arg(barcode).arg(b.value()));
                else if (seen.contains(barcode))
                    broken(tr("barcode %1 is on two copies of the record").arg(barcode));
                else if (const QStringList problems = LibraryService::problems(c);
                         !problems.isEmpty())
                    broken(problems.join(QStringLiteral("; ")));
                seen << barcode;
            }
            if (row.kind != MarcPreview::Kind::Broken) {
                if (row.kind == MarcPreview::Kind::New && !isbn.isEmpty())
                    fileIsbnRow.insert(isbn, i);
                if (adds) {
                    row.copies = int(r.book.copies.size());
                    for (const QString &b : seen)
                        fileBarcodeRecord.insert(b, r.number);
                }
            }
        }
        switch (row.kind) {
        case MarcPreview::Kind::New:
            ++p.newTitles;
            break;
        case MarcPreview::Kind::Duplicate:
            ++p.duplicates;
            break;
        case MarcPreview::Kind::Broken:
            ++p.broken;
            break;
        }
        p.copies += row.copies;
        p.rows.append(row);
    }
    return p;
}

std::pair<qint64, qint64> MarcImport::storeState() const
{
    const Database &db = m_session.database();
    if (!db.isOwnerThread())
        return {-1, -1};
    // data_version moves with every commit of another connection, total_changes() with every
    // row this one changed.
    return {db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong(),
            db.scalar(QStringLiteral("SELECT total_changes()")).toLongLong()};
}

MarcImportResult MarcImport::commit(const MarcFile &file,
                                    const MarcImportOptions &options,
                                    const Progress &progress)
{
    return commit(file, MarcPreview(), options, progress);
}

MarcImportResult MarcImport::commit(const MarcFile &file,
                                    const MarcPreview &previewed,
                                    const MarcImportOptions &options,
                                    const Progress &progress)
{
    if (file.cancelled)
        throw Error(tr("The reading of %1 was cancelled; nothing was imported.").arg(file.path));
    const bool current
        = previewed.dataVersion >= 0
          && previewed.merge == (options.duplicates == MarcImportOptions::Duplicates::Merge)
          && previewed.rows.size() == file.records.size()
          && std::make_pair(previewed.dataVersion, previewed.totalChanges) == storeState();
    const MarcPreview p = current ? previewed : preview(file, options);
    MarcImportResult result;
    if (p.broken > 0 && !options.skipBad) {
        throw Error(tr("Nothing was imported: %n record(s) of the file are broken "
                       "(import the others with skip-bad):",
                       nullptr,
                       p.broken)
                        + QLatin1Char('\n') + p.problems(file).join(QLatin1Char('\n')),
                    Error::Invalid);
    }
    result.skipped = p.problems(file);
    const bool merge = options.duplicates == MarcImportOptions::Duplicates::Merge;
    LibraryService service(m_session);
    Database &db = m_session.database();
    std::optional<LargeWriteScope> large; // a big file: cache and journals sized for it
    if (file.records.size() > 1000)
        large.emplace(db);
    // Records of the file that repeat an earlier one's ISBN are merged into it before it is
    // written: rows written in bulk are written once (BulkCapture).
    QHash<int, BibRecord> mergedInFile; // row of the first record -> the merged record
    if (merge) {
        for (const MarcPreview::Row &row : p.rows) {
            if (row.kind != MarcPreview::Kind::Duplicate || row.existingRow < 0)
                continue;
            const auto it = mergedInFile.constFind(row.existingRow);
            const BibRecord &current
                = it != mergedInFile.cend() ? *it : file.records.at(row.existingRow).book.bib;
            mergedInFile.insert(row.existingRow,
                                filled(current, file.records.at(row.index).book.bib));
        }
    }
    // Copies without a barcode get theirs as they are written, each looked up in the copies:
    // their indexes stay then.
    bool barcoded = true;
    for (const MarcPreview::Row &row : p.rows) {
        if (row.copies == 0)
            continue;
        for (const LibraryCopy &c : file.records.at(row.index).book.copies)
            barcoded = barcoded && !c.barcode.trimmed().isEmpty();
    }
    db.transaction([&] {
        CatalogWriter writer(service, p.newTitles, barcoded ? p.copies : 0);
        MarcImportPrivate::PreparedRows prepared(
            file, p, mergedInFile, merge, writer.barcodePrefix());
        QHash<int, QString> titleOfRow; // rows other records of the file are merged into
        for (int i = 0; i < p.rows.size(); ++i) {
            const MarcPreview::Row &row = p.rows.at(i);
            const MarcFileRecord &r = file.records.at(row.index);
            if (progress && i % 256 == 0 && !progress(i, p.rows.size()))
                throw Error(tr("The import was cancelled; nothing was imported."));
            if (row.kind == MarcPreview::Kind::Broken)
                continue;
            if (row.kind == MarcPreview::Kind::Duplicate && !merge) {
                ++result.duplicatesSkipped;
                continue;
            }
            try {
                const MarcImportPrivate::PreparedRecord &ready = prepared.at(i);
                QString titleId;
                if (row.kind == MarcPreview::Kind::New) {
                    titleId = writer.addTitle(*ready.title);
                    ++result.titlesAdded;
                    if (mergedInFile.contains(i))
                        titleOfRow.insert(i, titleId);
                } else if (row.existingRow >= 0) {
                    titleId = titleOfRow.value(row.existingRow);
                    ++result.titlesMerged;
                } else {
                    const BibRecord current = service.title(row.existingId);
                    titleId = current.id;
                    const BibRecord merged = filled(current, r.book.bib);
                    if (!(merged == current))
                        writer.updateTitle(merged);
                    ++result.titlesMerged;
                }
                for (const CatalogWriter::PreparedCopy &c : ready.copies) {
                    writer.addCopy(c, titleId);
                    ++result.copiesAdded;
                }
            } catch (const Error &e) {
                throw Error(tr("Nothing was imported: %1: %2").arg(r.position(), e.message()),
                            e.kind());
            }
        }
        writer.finish();
        if (progress)
            progress(p.rows.size(), p.rows.size());
    });
    m_session.audit(QStringLiteral("library.import-marc"),
                    QStringLiteral("library_titles"),
                    QString(),
                    QStringLiteral("%1: %2 added, %3 merged, %4 copies")
                        .arg(file.path)
                        .arg(result.titlesAdded)
                        .arg(result.titlesMerged)
                        .arg(result.copiesAdded));
    return result;
}

} // namespace SchoolSuite
