#include "reportsdocument.h"

#include "reportmodels.h"

#include "equipment/value/reportdocument.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QtMath>

namespace SchoolSuite::Library::ReportsDocument {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::ReportsDocument", text);
}

using ReportDocument::esc;

// Charts go into the document as images this many times the screen size, so print is sharp.
constexpr double kImageScale = 3.0;
constexpr int kChartWidth = 560; // document pixels: within the A4 text width as print() lays it out

QImage render(const BarChart &chart, int height)
{
    QImage image(int(kChartWidth * kImageScale), int(height * kImageScale), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paint(painter, QRectF(0, 0, image.width(), image.height()), kImageScale);
    return image;
}

int chartHeight(const BarChart &chart, BarChart::Orientation o)
{
    return BarChart::preferredHeight(int(chart.categories().size()), o);
}

QString monthlyTable(const QString &title, const MonthlyLoans &loans)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    if (loans.rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No loans in the period.")));
    h += QStringLiteral(
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr><th>%1</th>")
             .arg(esc(tr("Readers")));
    for (const QDate &m : loans.months)
        h += QStringLiteral("<th class=\"num\">%1</th>").arg(esc(monthTitle(m)));
    h += QStringLiteral("<th class=\"num\">%1</th></tr></thead>").arg(esc(tr("Total")));
    for (const MonthlyLoans::Row &row : loans.rows) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(row.label));
        for (int n : row.perMonth)
            h += QStringLiteral("<td class=\"num\">%1</td>").arg(n);
        h += QStringLiteral("<td class=\"num\"><b>%1</b></td></tr>").arg(row.total);
    }
    h += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(tr("Total")));
    for (int n : loans.totalPerMonth)
        h += QStringLiteral("<td class=\"num\"><b>%1</b></td>").arg(n);
    return h + QStringLiteral("<td class=\"num\"><b>%1</b></td></tr></table>").arg(loans.total);
}

void fill(QTextDocument &doc, const Data &data)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(ReportDocument::styleSheet());
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Library reports"));
    const BarChart collection = collectionChart(data.collection);
    const BarChart monthly = monthlyChart(data.loansByGrade);
    const BarChart top = topChart(data.mostBorrowed);
    doc.addResource(QTextDocument::ImageResource,
                    QUrl(QStringLiteral("chart://collection")),
                    render(collection, chartHeight(collection, BarChart::Orientation::Horizontal)));
    doc.addResource(QTextDocument::ImageResource,
                    QUrl(QStringLiteral("chart://monthly")),
                    render(monthly, 300));
    doc.addResource(QTextDocument::ImageResource,
                    QUrl(QStringLiteral("chart://top")),
                    render(top, chartHeight(top, BarChart::Orientation::Horizontal)));
    doc.setHtml(html(data));
}
} // namespace

BarChart collectionChart(const QList<ClassCount> &collection)
{
    QStringList categories;
    BarChart::Series copies{tr("Copies"), {}, BarChart::paletteColor(0)};
    for (const ClassCount &c : collection) {
        categories << (c.letter.isEmpty() ? c.name : QStringLiteral("%1 %2").arg(c.letter, c.name));
        copies.values << c.copies;
    }
    BarChart chart(tr("Copies by CLC main class"), categories, {copies});
    chart.setOrientation(BarChart::Orientation::Horizontal);
    return chart;
}

BarChart monthlyChart(const MonthlyLoans &loans)
{
    QStringList categories;
    for (const QDate &m : loans.months)
        categories << monthTitle(m);
    QList<BarChart::Series> series;
    for (const MonthlyLoans::Row &row : loans.rows) {
        BarChart::Series s{row.label, {}, {}};
        for (int n : row.perMonth)
            s.values << n;
        series << s;
    }
    BarChart chart(tr("Loans per month"), categories, series);
    chart.setStacked(true);
    return chart;
}

BarChart topChart(const QList<TopTitle> &titles)
{
    QStringList categories;
    BarChart::Series loans{tr("Loans"), {}, BarChart::paletteColor(2)};
    for (const TopTitle &t : titles) {
        categories << t.title;
        loans.values << t.loans;
    }
    BarChart chart(tr("Most borrowed"), categories, {loans});
    chart.setOrientation(BarChart::Orientation::Horizontal);
    return chart;
}

QString booksPerStudentText(const BooksPerStudent &b)
{
    if (b.students <= 0)
        return tr("%1 copies; no enrolled students, so no figure per student.").arg(b.copies);
    QString text = tr("%1 copies per student (%2 copies, %3 enrolled students)")
                       .arg(QLocale().toString(b.value(), 'f', 1))
                       .arg(b.copies)
                       .arg(b.students);
    if (b.target)
        text += QStringLiteral("; ")
                + (b.value() >= *b.target
                       ? tr("target %1: met").arg(QLocale().toString(*b.target, 'f', 1))
                       : tr("target %1: %2 copies short")
                             .arg(QLocale().toString(*b.target, 'f', 1))
                             .arg(qCeil(*b.target * b.students) - b.copies));
    return text;
}

Data collect(const LibraryReports &reports, const QDate &from, const QDate &to, int top)
{
    Data d;
    d.schoolName = reports.schoolName();
    d.from = from;
    d.to = to;
    d.collection = reports.collectionByClass();
    d.booksPerStudent = reports.booksPerStudent();
    d.loansByClass = reports.loansPerMonth(from, to, LibraryReports::Grouping::Class);
    d.loansByGrade = reports.loansPerMonth(from, to, LibraryReports::Grouping::Grade);
    d.mostBorrowed = reports.mostBorrowed(from, to, top);
    d.generatedAt = QDateTime::currentDateTime();
    return d;
}

QString html(const Data &data)
{
    QString h
        = QStringLiteral("<h1>%1</h1>").arg(esc(tr("%1 — library reports").arg(data.schoolName)));
    h += QStringLiteral("<p class=\"meta\">%1: %2 – %3<br/>%4: %5</p>")
             .arg(esc(tr("Loans from")),
                  data.from.toString(Qt::ISODate),
                  data.to.toString(Qt::ISODate),
                  esc(tr("Printed")),
                  data.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    h += QStringLiteral("<h2>%1</h2><p>%2: %3</p>")
             .arg(esc(tr("Collection")),
                  esc(tr("Books per student")),
                  esc(booksPerStudentText(data.booksPerStudent)));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr><th>%1"
                        "</th><th>%2</th><th class=\"num\">%3</th><th class=\"num\">%4</th></tr>"
                        "</thead>")
             .arg(esc(tr("Class")), esc(tr("Name")), esc(tr("Titles")), esc(tr("Copies")));
    int titles = 0;
    int copies = 0;
    for (const ClassCount &c : data.collection) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td "
                            "class=\"num\">%4</td></tr>")
                 .arg(esc(c.letter), esc(c.name))
                 .arg(c.titles)
                 .arg(c.copies);
        titles += c.titles;
        copies += c.copies;
    }
    h += QStringLiteral("<tr><td></td><td><b>%1</b></td><td class=\"num\"><b>%2</b></td><td "
                        "class=\"num\"><b>%3</b></td></tr></table>")
             .arg(esc(tr("Total")))
             .arg(titles)
             .arg(copies);
    h += QStringLiteral("<p><img src=\"chart://collection\" width=\"%1\"/></p>").arg(kChartWidth);

    h += monthlyTable(tr("Loans per grade per month"), data.loansByGrade);
    h += QStringLiteral("<p><img src=\"chart://monthly\" width=\"%1\"/></p>").arg(kChartWidth);
    h += monthlyTable(tr("Loans per class per month"), data.loansByClass);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Most borrowed titles")));
    if (data.mostBorrowed.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No loans in the period.")));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr>"
                            "<th class=\"num\">%1</th><th>%2</th><th>%3</th><th>%4</th><th "
                            "class=\"num\">%5</th></tr></thead>")
                 .arg(esc(tr("Rank")),
                      esc(tr("Title")),
                      esc(tr("Author")),
                      esc(tr("Class number")),
                      esc(tr("Loans")));
        for (int i = 0; i < data.mostBorrowed.size(); ++i) {
            const TopTitle &t = data.mostBorrowed.at(i);
            h += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td><td "
                                "class=\"num\">%5</td></tr>")
                     .arg(i + 1)
                     .arg(esc(t.title), esc(t.responsibility), esc(t.clc))
                     .arg(t.loans);
        }
        h += QStringLiteral("</table><p><img src=\"chart://top\" width=\"%1\"/></p>")
                 .arg(kChartWidth);
    }
    return h;
}

void print(const Data &data, QPagedPaintDevice *device)
{
    QTextDocument doc;
    fill(doc, data);
    doc.print(device);
}

void writePdf(const Data &data, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(
                tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Library reports"));
    writer.setCreator(QStringLiteral("SchoolSuite"));
    print(data, &writer);
}

} // namespace SchoolSuite::Library::ReportsDocument
