#include "targetsearch.h"

#include "library/catalog/isbn.h"
#include "library/marc/marcmapping.h"
#include "library/marc/marcreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaz/zoom.h>

#include <memory>

namespace SchoolSuite::TargetSearch {

namespace {

struct ZoomDeleter
{
    void operator()(ZOOM_options o) const { ZOOM_options_destroy(o); }
    void operator()(ZOOM_connection c) const { ZOOM_connection_destroy(c); }
    void operator()(ZOOM_resultset r) const { ZOOM_resultset_destroy(r); }
    void operator()(ZOOM_query q) const { ZOOM_query_destroy(q); }
};
template<typename T>
using ZoomPtr = std::unique_ptr<std::remove_pointer_t<T>, ZoomDeleter>;

// The message for a ZOOM error of the connection, or "" when there is none.
QString zoomProblem(ZOOM_connection c, const LibraryTarget &target, int timeoutSeconds)
{
    const char *message = nullptr;
    const char *addinfo = nullptr;
    const int code = ZOOM_connection_error(c, &message, &addinfo);
    if (code == ZOOM_ERROR_NONE)
        return {};
    const QString name = target.displayName();
    const QString detail
        = QString::fromUtf8(message ? message : "")
          + (addinfo && *addinfo ? QStringLiteral(": ") + QString::fromUtf8(addinfo) : QString());
    switch (code) {
    case ZOOM_ERROR_CONNECT:
        return QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                           "The target %1 cannot be reached (%2).")
            .arg(name, target.url);
    case ZOOM_ERROR_TIMEOUT:
        return QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                           "The target %1 did not answer within %n second(s).",
                                           nullptr,
                                           timeoutSeconds)
            .arg(name);
    case ZOOM_ERROR_CONNECTION_LOST:
        return QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                           "The target %1 closed the connection.")
            .arg(name);
    case ZOOM_ERROR_INIT:
        return QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                           "The target %1 refused the connection (%2).")
            .arg(name, detail);
    case ZOOM_ERROR_DECODE:
        return QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                           "The target %1 answered something that is not "
                                           "Z39.50 or SRU.")
            .arg(name);
    default:
        return QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                           "The target %1 reported an error: %2 (%3).")
            .arg(name, detail)
            .arg(code);
    }
}

MarcEncoding encodingOf(const LibraryTarget &target)
{
    MarcEncoding encoding = MarcEncoding::Auto;
    if (!target.encoding.isEmpty())
        parseMarcEncoding(target.encoding, &encoding);
    return encoding;
}

// The records of one ZOOM record: ISO 2709 bytes (Z39.50) or MARCXML (SRU, or a Z39.50 target
// that answers XML).
QList<MarcReadItem> decode(ZOOM_record record, const LibraryTarget &target)
{
    QList<MarcReadItem> items;
    int length = 0;
    const char *syntax = ZOOM_record_get(record, "syntax", &length);
    const bool xml
        = target.isSru() || (syntax && QByteArray(syntax).compare("xml", Qt::CaseInsensitive) == 0);
    const char *raw = ZOOM_record_get(record, xml ? "xml" : "raw", &length);
    if (!raw || length <= 0)
        return items;
    const QByteArrayView bytes(raw, length);
    MarcEncoding encoding = xml ? MarcEncoding::Utf8 : encodingOf(target);
    // A MARC 21 record says UTF-8 in leader/09 whatever the target's usual encoding is.
    if (!xml && length > 9 && raw[9] == 'a' && target.syntax == QLatin1String("usmarc"))
        encoding = MarcEncoding::Utf8;
    MarcReader reader(encoding);
    reader.read(bytes, [&items](MarcReadItem &item) {
        items.append(item);
        return true;
    });
    return items;
}

// A record without a statement of responsibility (245$c, 200$f) still names its main entry:
// the author the librarian would otherwise type.
QString mainEntry(const MarcRecord &record, MarcFamily family)
{
    const QStringList tags
        = family == MarcFamily::Unimarc
              ? QStringList{QStringLiteral("700"),
                            QStringLiteral("701"),
                            QStringLiteral("710"),
                            QStringLiteral("711")}
              : QStringList{QStringLiteral("100"), QStringLiteral("110"), QStringLiteral("111")};
    for (const QString &tag : tags) {
        const MarcField *field = record.field(tag);
        if (!field)
            continue;
        QString name = field->value(QLatin1Char('a'));
        // UNIMARC splits a Chinese name's part of entry ($a) and the rest ($b).
        if (family == MarcFamily::Unimarc && !field->value(QLatin1Char('b')).isEmpty())
            name += field->value(QLatin1Char('b'));
        name = MarcMapping::stripIsbdPunctuation(name);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

QStringList recordIsbns(const MarcRecord &record, MarcFamily family)
{
    static const QRegularExpression leading(QStringLiteral("^[\\s]*([0-9Xx][0-9Xx\\- ]{8,16})"));
    QStringList list;
    const QString tag
        = family == MarcFamily::Unimarc ? QStringLiteral("010") : QStringLiteral("020");
    for (const MarcField *field : record.fieldsWith(tag)) {
        for (const MarcSubfield &sub : field->subfields) {
            if (sub.code != QLatin1Char('a') && sub.code != QLatin1Char('z'))
                continue;
            const QRegularExpressionMatch m = leading.match(sub.value);
            if (!m.hasMatch())
                continue;
            const QString isbn = Isbn::normalize(m.captured(1).trimmed());
            if (!isbn.isEmpty() && !list.contains(isbn))
                list.append(isbn);
        }
    }
    return list;
}

CopyCatStep search(const LibraryTarget &target,
                   const QString &isbn13,
                   QList<CopyCatRecord> *found,
                   const Options &options)
{
    CopyCatStep step;
    step.source = target.isSru() ? QStringLiteral("sru") : QStringLiteral("z3950");
    step.where = target.displayName();
    step.outcome = CopyCatStep::Outcome::Failed;

    ZoomPtr<ZOOM_options> zoomOptions(ZOOM_options_create());
    const QByteArray timeout = QByteArray::number(qMax(1, options.timeoutSeconds));
    ZOOM_options_set(zoomOptions.get(), "timeout", timeout.constData());
    ZOOM_options_set(zoomOptions.get(), "implementationName", "SchoolSuite");
    ZOOM_options_set(zoomOptions.get(), "elementSetName", "F");
    if (target.isSru()) {
        ZOOM_options_set(zoomOptions.get(), "sru", "get");
        if (target.syntax == QLatin1String("usmarc"))
            ZOOM_options_set(zoomOptions.get(), "schema", "marcxml");
    } else {
        const QByteArray syntax = target.syntax.toLatin1();
        ZOOM_options_set(zoomOptions.get(), "preferredRecordSyntax", syntax.constData());
    }
    ZoomPtr<ZOOM_connection> connection(ZOOM_connection_create(zoomOptions.get()));
    QString url = target.url.trimmed();
    if (!target.isSru() && url.startsWith(QLatin1String("tcp:"), Qt::CaseInsensitive))
        url = url.mid(4);
    const QByteArray host = (target.isSru() ? url : QStringLiteral("tcp:") + url).toUtf8();
    ZOOM_connection_connect(connection.get(), host.constData(), 0);
    QString problem = zoomProblem(connection.get(), target, options.timeoutSeconds);
    if (!problem.isEmpty()) {
        step.message = problem;
        return step;
    }

    QStringList terms{isbn13};
    if (!Isbn::to10(isbn13).isEmpty())
        terms.append(Isbn::to10(isbn13));
    ZoomPtr<ZOOM_resultset> results;
    size_t hits = 0;
    for (const QString &term : std::as_const(terms)) {
        ZoomPtr<ZOOM_query> query(ZOOM_query_create());
        const QByteArray text = (target.isSru() ? QStringLiteral("bath.isbn=") + term
                                                : QStringLiteral("@attr 1=7 ") + term)
                                    .toLatin1();
        const int bad = target.isSru() ? ZOOM_query_cql(query.get(), text.constData())
                                       : ZOOM_query_prefix(query.get(), text.constData());
        if (bad != 0)
            continue;
        results.reset(ZOOM_connection_search(connection.get(), query.get()));
        problem = zoomProblem(connection.get(), target, options.timeoutSeconds);
        if (!problem.isEmpty()) {
            step.message = problem;
            return step;
        }
        hits = ZOOM_resultset_size(results.get());
        if (hits > 0)
            break;
    }
    if (hits == 0) {
        step.outcome = CopyCatStep::Outcome::NotFound;
        step.message = QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                   "The target has no record with this ISBN.");
        return step;
    }

    const size_t wanted = qMin<size_t>(hits, size_t(qMax(1, options.maxRecords)));
    std::vector<ZOOM_record> records(wanted, nullptr);
    ZOOM_resultset_records(results.get(), records.data(), 0, wanted);
    problem = zoomProblem(connection.get(), target, options.timeoutSeconds);
    if (!problem.isEmpty()) {
        step.message = problem;
        return step;
    }

    QList<CopyCatRecord> exact;
    QList<CopyCatRecord> withoutIsbn;
    int broken = 0;
    QString diagnostic;
    for (ZOOM_record record : records) {
        if (!record)
            continue;
        const char *message = nullptr;
        const char *addinfo = nullptr;
        const char *set = nullptr;
        if (ZOOM_record_error(record, &message, &addinfo, &set) != 0) {
            diagnostic = QString::fromUtf8(message ? message : "");
            ++broken;
            continue;
        }
        for (const MarcReadItem &item : decode(record, target)) {
            if (!item.error.isEmpty()) {
                diagnostic = item.error;
                ++broken;
                continue;
            }
            const QStringList isbns = recordIsbns(item.record, item.family);
            if (!isbns.isEmpty() && !isbns.contains(isbn13))
                continue; // another book the target's index matched
            CopyCatRecord r;
            r.record = MarcMapping::toBook(item.record, item.family).bib;
            if (r.record.title.isEmpty())
                continue;
            if (r.record.responsibility.isEmpty())
                r.record.responsibility = mainEntry(item.record, item.family);
            // The book in the librarian's hand has the ISBN asked for, whichever of the
            // record's ISBNs matched it.
            r.record.isbn = isbn13;
            r.record.source = step.source;
            r.from = step.source;
            r.origin = (target.isSru() ? QStringLiteral("SRU: ") : QStringLiteral("Z39.50: "))
                       + target.displayName();
            (isbns.isEmpty() ? withoutIsbn : exact).append(r);
        }
    }
    const QList<CopyCatRecord> all = exact + withoutIsbn;
    step.count = int(all.size());
    if (all.isEmpty()) {
        step.outcome = broken > 0 ? CopyCatStep::Outcome::Failed : CopyCatStep::Outcome::NotFound;
        step.message
            = broken > 0 ? QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                       "The target's records could not be "
                                                       "read (%1).")
                               .arg(diagnostic)
                         : QCoreApplication::translate("SchoolSuite::CopyCataloguing",
                                                       "The target has no record with this ISBN.");
        return step;
    }
    step.outcome = CopyCatStep::Outcome::Found;
    step.message = QCoreApplication::translate(
        "SchoolSuite::CopyCataloguing", "%n record(s) found.", nullptr, step.count);
    if (found)
        found->append(all);
    return step;
}

} // namespace SchoolSuite::TargetSearch
