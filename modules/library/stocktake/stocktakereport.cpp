#include "stocktakereport.h"

#include "stocktakecounter.h"

#include "equipment/value/reportdocument.h"

#include "core/store/database.h"

#include <QCoreApplication>

namespace SchoolSuite::Library::StocktakeReport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::StocktakeReport", text);
}

using ReportDocument::esc;

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

enum class Columns { Place, Found, Loan, Unknown };

QString table(const QString &title, const QList<StocktakeEntry> &entries, Columns columns)
{
    QString h = QStringLiteral("<h2>%1 (%2)</h2>").arg(esc(title)).arg(entries.size());
    if (entries.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                        "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>")
             .arg(esc(tr("Barcode")), esc(tr("Call number")), esc(tr("Title")), esc(tr("Shelf")));
    switch (columns) {
    case Columns::Place:
        break;
    case Columns::Found:
        h += QStringLiteral("<th>%1</th><th>%2</th>").arg(esc(tr("Found")), esc(tr("Time")));
        break;
    case Columns::Loan:
        h += QStringLiteral("<th>%1</th><th>%2</th>").arg(esc(tr("Borrower")), esc(tr("Due")));
        break;
    case Columns::Unknown:
        h += QStringLiteral("<th>%1</th><th>%2</th>").arg(esc(tr("Scanned on")), esc(tr("Time")));
        break;
    }
    h += QStringLiteral("</tr></thead>");
    for (const StocktakeEntry &e : entries) {
        QString title = e.copyId.isEmpty() ? tr("No copy has this barcode") : e.title;
        if (e.status == QLatin1String("withdrawn"))
            title += QStringLiteral(" (%1)").arg(tr("withdrawn"));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>")
                 .arg(esc(e.barcode), esc(e.callNo), esc(title), esc(e.homeShelf));
        switch (columns) {
        case Columns::Place:
            break;
        case Columns::Found:
            h += QStringLiteral("<td>%1</td><td>%2</td>")
                     .arg(esc(reasonText(e)), esc(time(e.scannedAt)));
            break;
        case Columns::Loan:
            h += QStringLiteral("<td>%1</td><td>%2</td>")
                     .arg(esc(e.borrower), esc(e.dueOn.toString(Qt::ISODate)));
            break;
        case Columns::Unknown:
            h += QStringLiteral("<td>%1</td><td>%2</td>")
                     .arg(esc(e.scannedShelf), esc(time(e.scannedAt)));
            break;
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}
} // namespace

QString reasonText(const StocktakeEntry &e)
{
    switch (e.reason) {
    case MisshelvedReason::None:
        return e.scannedShelf.isEmpty() ? QString() : tr("On %1").arg(e.scannedShelf);
    case MisshelvedReason::WrongShelf:
        return tr("Wrong shelf (on %1)").arg(e.scannedShelf);
    case MisshelvedReason::OutOfScope:
        return e.scannedShelf.isEmpty() ? tr("Not of this stocktake")
                                        : tr("Not of this stocktake (on %1)").arg(e.scannedShelf);
    case MisshelvedReason::OutOfOrder:
        return e.afterCallNo.isEmpty() ? tr("Out of order (first on %1)").arg(e.scannedShelf)
                                       : tr("Out of order (after %1)").arg(e.afterCallNo);
    }
    return {};
}

Data collect(const StocktakeCounter &counter, Database &db)
{
    Data data;
    data.schoolName
        = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_name'")).toString();
    data.stocktake = counter.stocktake();
    data.results = counter.results();
    data.generatedAt = QDateTime::currentDateTime();
    return data;
}

QString html(const Data &data)
{
    const Stocktake &s = data.stocktake;
    const StocktakeCounts &c = data.results.counts;
    QStringList sections;
    QStringList counted;
    for (const StocktakeSection &section : s.sections) {
        sections << section.title();
        if (s.isCounted(section.key()))
            counted << section.title();
    }
    QString h = QStringLiteral("<h1>%1</h1>")
                    .arg(esc(tr("%1 — library stocktake report").arg(data.schoolName)));
    h += QStringLiteral("<p class=\"meta\">%1: %2<br/>%3: %4<br/>%5: %6 — %7 (%8)<br/>%9: %10<br/>"
                        "%11: %12</p>")
             .arg(esc(tr("Stocktake")), esc(s.name))
             .arg(esc(s.byRange() ? tr("Call-number ranges") : tr("Shelves")),
                  esc(sections.join(QStringLiteral("、"))))
             .arg(esc(tr("Period")),
                  esc(time(s.startedAt)),
                  esc(s.finishedAt.isValid() ? time(s.finishedAt) : tr("not finished")),
                  esc(StocktakeKeys::statusTitle(s.status)))
             .arg(esc(tr("Counted")),
                  esc(counted.isEmpty() ? tr("none yet") : counted.join(QStringLiteral("、"))))
             .arg(esc(tr("Printed")), esc(time(data.generatedAt)));

    const QList<QPair<QString, int>> rows{{tr("Copies expected"), c.expected},
                                          {tr("Scans"), c.scans},
                                          {tr("On the shelf"), c.onShelf},
                                          {tr("Misshelved"), c.misshelved},
                                          {tr("On loan"), c.onLoan},
                                          {tr("Missing"), c.missing},
                                          {tr("Not counted"), c.notCounted},
                                          {tr("Unknown barcodes"), c.unknown},
                                          {tr("Scanned twice"), c.duplicates},
                                          {tr("Found though on loan"), c.lentButFound}};
    h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
             .arg(esc(tr("Summary")));
    for (const auto &[label, value] : rows)
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>")
                 .arg(esc(label))
                 .arg(value);
    h += QStringLiteral("</table>");

    h += table(tr("Missing"), data.results.missing, Columns::Place);
    h += table(tr("Misshelved"), data.results.misshelved, Columns::Found);
    h += table(tr("Unknown barcodes"), data.results.unknown, Columns::Unknown);
    QList<StocktakeEntry> lent;
    for (const QList<StocktakeEntry> *list : {&data.results.onShelf, &data.results.misshelved})
        for (const StocktakeEntry &e : *list)
            if (e.onLoan)
                lent << e;
    if (!lent.isEmpty())
        h += table(tr("Found though on loan (return them at the desk)"), lent, Columns::Loan);
    h += table(tr("On loan"), data.results.onLoan, Columns::Loan);
    if (!data.results.notCounted.isEmpty())
        h += table(tr("Not counted"), data.results.notCounted, Columns::Place);
    h += QStringLiteral("<p><br/>%1 ____________ &nbsp;&nbsp; %2 ____________</p>")
             .arg(esc(tr("Counted by:")), esc(tr("Checked by:")));
    return h;
}

void print(const Data &data, QPagedPaintDevice *device)
{
    ReportDocument::print(html(data), data.stocktake.name, device);
}

void writePdf(const Data &data, const QString &path)
{
    ReportDocument::writePdf(html(data), data.stocktake.name, path);
}

} // namespace SchoolSuite::Library::StocktakeReport
