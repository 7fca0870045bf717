// Reading a MARC file for an import: every record decoded and mapped to a book. A large ISO 2709
// file is read in parts, one per core, cut where a record starts.
#include "marcimport.h"

#include "core/error.h"

#include <QFile>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace SchoolSuite {

namespace {

// Below this a file is read in one go: the parts would not pay for the threads.
constexpr qsizetype kPartsFrom = 4 * 1024 * 1024;

std::atomic<int> s_parts{0};

struct Part
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<MarcFileRecord> records;
    bool completed = false;   // read to its end (not cancelled)
    bool readerError = false; // a record of the part is broken in its structure or text
    std::atomic<qsizetype> done{0};
};

MarcFileRecord fileRecord(MarcReadItem &item)
{
    MarcFileRecord r;
    r.number = item.number;
    r.offset = item.offset;
    r.line = item.line;
    r.family = item.family;
    r.encoding = item.encoding;
    r.error = item.error;
    if (r.error.isEmpty()) {
        r.book = MarcMapping::toBook(item.record, item.family);
        if (r.book.bib.title.trimmed().isEmpty())
            r.error = r.family == MarcFamily::Marc21 ? MarcImport::tr("no title (245$a)")
                                                     : MarcImport::tr("no title (200$a)");
    }
    return r;
}

// Reads data[part.begin, part.end) as a file of its own; progress reports the bytes read and
// stops the reading when it returns false.
void readPart(QByteArrayView data,
              MarcEncoding encoding,
              Part &part,
              const std::function<bool(qsizetype)> &progress)
{
    MarcReader reader(encoding);
    part.records.reserve((part.end - part.begin) / 300 + 1);
    part.completed = reader.read(
        data.sliced(part.begin, part.end - part.begin),
        [&part](MarcReadItem &item) {
            part.readerError = part.readerError || !item.error.isEmpty();
            part.records.append(fileRecord(item));
            return true;
        },
        [&part, &progress](qint64 done, qint64) {
            part.done = done;
            return progress(done);
        });
}

} // namespace

MarcFile MarcImport::read(const QString &path, MarcEncoding encoding, const Progress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Could not open %1: %2").arg(path, f.errorString()), Error::NotFound);
    // Mapped rather than read: a file of 100,000 records is read once, straight from the cache.
    MarcFile file;
    const qint64 size = f.size();
    if (size > 0) {
        if (const uchar *mapped = f.map(0, size)) {
            file = readData(QByteArrayView(mapped, size), encoding, progress);
        } else {
            const QByteArray data = f.readAll();
            file = readData(data, encoding, progress);
        }
    }
    file.path = path;
    return file;
}

void MarcImport::setReadParts(int parts)
{
    s_parts = parts;
}

MarcFile MarcImport::readData(QByteArrayView data, MarcEncoding encoding, const Progress &progress)
{
    MarcFile file;
    file.format = MarcReader::detectFormat(data);
    const qsizetype n = data.size();

    // The parts: cut after a record terminator where a leader follows.
    const int cores = s_parts > 0 ? int(s_parts) : qBound(1, QThread::idealThreadCount(), 8);
    std::vector<std::unique_ptr<Part>> parts;
    qsizetype begin = 0;
    const bool inParts = file.format == MarcReader::Format::Iso2709 && n >= kPartsFrom;
    for (int k = 1; inParts && k < cores; ++k) {
        const qsizetype cut = MarcReader::recordStartFrom(data, n / cores * k);
        if (cut <= begin || cut >= n)
            break;
        parts.push_back(std::make_unique<Part>());
        parts.back()->begin = begin;
        parts.back()->end = cut;
        begin = cut;
    }
    parts.push_back(std::make_unique<Part>());
    parts.back()->begin = begin;
    parts.back()->end = n;

    // The first part is read on this thread, which reports the progress of all; a cancel stops
    // every part.
    std::atomic<bool> cancelled{false};
    auto total = [&parts] {
        qsizetype sum = 0;
        for (const auto &p : parts)
            sum += p->done;
        return sum;
    };
    QList<QFuture<void>> others;
    for (size_t i = 1; i < parts.size(); ++i) {
        others << QtConcurrent::run([&, part = parts[i].get()] {
            readPart(data, encoding, *part, [&cancelled](qsizetype) { return !cancelled; });
        });
    }
    readPart(data, encoding, *parts[0], [&](qsizetype) {
        if (progress && !progress(total(), n))
            cancelled = true;
        return !cancelled;
    });
    for (QFuture<void> &f : others)
        f.waitForFinished();

    // The parts are read as the whole file would be only if every part but the last ended
    // with a sound record at its cut (a broken record may run past it): otherwise the file is
    // read again in one go, so a broken file is named exactly as always.
    bool sound = !cancelled;
    for (size_t i = 0; i + 1 < parts.size(); ++i)
        sound = sound && parts[i]->completed && !parts[i]->readerError;
    if (parts.size() > 1 && !sound && !cancelled) {
        parts.resize(1);
        parts[0] = std::make_unique<Part>();
        parts[0]->end = n;
        readPart(data, encoding, *parts[0], [&](qsizetype done) {
            if (progress && !progress(done, n))
                cancelled = true;
            return !cancelled;
        });
    }
    file.cancelled = cancelled || !parts.back()->completed;
    if (!file.cancelled && progress)
        progress(n, n);

    qsizetype count = 0;
    for (const auto &p : parts)
        count += p->records.size();
    file.records.reserve(count);
    int number = 0;
    for (const auto &p : parts) {
        for (MarcFileRecord &r : p->records) {
            r.number += number;
            r.offset += p->begin;
            file.records.append(std::move(r));
        }
        number += int(p->records.size());
    }
    return file;
}

} // namespace SchoolSuite
