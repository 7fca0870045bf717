#include "stocktakereport.h"

#include "stocktakecounter.h"

#include "equipment/value/reportdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace SchoolSuite::StocktakeReport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::StocktakeReport", text);
}

using ReportDocument::esc;

QString roomName(const Data &data, const QString &id)
{
    if (id.isEmpty())
        return tr("(no room)");
    return data.roomNames.value(id, id);
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString table(const Data &data,
              const QString &title,
              const QList<StocktakeEntry> &entries,
              bool scannedRoom)
{
    QString h = QStringLiteral("<h2>%1 (%2)</h2>").arg(esc(title)).arg(entries.size());
    if (entries.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                        "<thead><tr><th>%1</th><th>%2</th><th>%3</th>")
             .arg(esc(tr("Asset tag")), esc(tr("Name")), esc(tr("Registered room")));
    if (scannedRoom)
        h += QStringLiteral("<th>%1</th><th>%2</th>").arg(esc(tr("Scanned in")), esc(tr("Time")));
    h += QStringLiteral("</tr></thead>");
    for (const StocktakeEntry &e : entries) {
        QString name = e.name;
        if (e.registeredLost)
            name += QStringLiteral(" (%1)").arg(tr("registered as lost"));
        if (e.scrapped)
            name += QStringLiteral(" (%1)").arg(tr("scrapped"));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>")
                 .arg(esc(e.tag),
                      esc(name),
                      esc(e.itemId.isEmpty() ? QString() : roomName(data, e.registeredRoomId)));
        if (scannedRoom)
            h += QStringLiteral("<td>%1</td><td>%2</td>")
                     .arg(esc(roomName(data, e.scannedRoomId)), esc(time(e.scannedAt)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}
} // namespace

Data collect(const StocktakeCounter &counter,
             const QHash<QString, QString> &roomNames,
             const QString &schoolName)
{
    Data data;
    data.schoolName = schoolName;
    data.stocktake = counter.stocktake();
    data.results = counter.results();
    data.roomNames = roomNames;
    data.generatedAt = QDateTime::currentDateTime();
    return data;
}

QString html(const Data &data)
{
    const Stocktake &s = data.stocktake;
    const StocktakeCounts &c = data.results.counts;
    QStringList rooms;
    for (const QString &id : s.roomIds)
        rooms << roomName(data, id);
    QStringList counted;
    for (const QString &id : data.results.countedRoomIds)
        counted << roomName(data, id);

    QString h
        = QStringLiteral("<h1>%1</h1>").arg(esc(tr("%1 — stocktake report").arg(data.schoolName)));
    h += QStringLiteral("<p class=\"meta\">%1: %2<br/>%3: %4<br/>%5: %6 — %7 (%8)<br/>%9: %10<br/>"
                        "%11: %12</p>")
             .arg(esc(tr("Stocktake")), esc(s.name))
             .arg(esc(tr("Rooms")),
                  esc(s.wholeSchool() ? tr("The whole school") : rooms.join(QStringLiteral("、"))))
             .arg(esc(tr("Period")),
                  esc(time(s.startedAt)),
                  esc(s.finishedAt.isValid() ? time(s.finishedAt) : tr("not finished")),
                  esc(StocktakeKeys::statusTitle(s.status)))
             .arg(esc(tr("Rooms counted")),
                  esc(counted.isEmpty() ? tr("none yet") : counted.join(QStringLiteral("、"))))
             .arg(esc(tr("Printed")), esc(time(data.generatedAt)));

    const QList<QPair<QString, int>> rows{{tr("Expected items"), c.expected},
                                          {tr("Scans"), c.scans},
                                          {tr("Found in their room"), c.found},
                                          {tr("Found in the wrong room"), c.wrongRoom},
                                          {tr("Missing"), c.missing},
                                          {tr("Not yet counted"), c.pending},
                                          {tr("Unknown tags"), c.unknown},
                                          {tr("Duplicate scans"), c.duplicates}};
    h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
             .arg(esc(tr("Summary")));
    for (const auto &[label, value] : rows)
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>")
                 .arg(esc(label))
                 .arg(value);
    h += QStringLiteral("</table>");

    h += table(data, tr("Missing"), data.results.missing, false);
    h += table(data, tr("Found in the wrong room"), data.results.wrongRoom, true);
    h += table(data, tr("Unknown tags"), data.results.unknown, true);
    if (!data.results.pending.isEmpty())
        h += table(data, tr("Not yet counted"), data.results.pending, false);
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

} // namespace SchoolSuite::StocktakeReport
