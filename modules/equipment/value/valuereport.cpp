#include "valuereport.h"

#include "depreciation.h"
#include "reportdocument.h"

#include "equipment/register/equipmentservice.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace SchoolSuite::ValueReport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::ValueReport", text);
}

using ReportDocument::esc;

// Categories in tree order with their inherited service life.
struct Categories
{
    QHash<QString, int> order;
    QHash<QString, QString> names;
    QHash<QString, int> life;
    QHash<QString, bool> computer;

    explicit Categories(const Session &session)
    {
        EquipmentService register_(session);
        const QList<AssetCategory> list = register_.categories();
        QHash<QString, AssetCategory> byId;
        for (const AssetCategory &c : list)
            byId.insert(c.id, c);
        for (const AssetCategory &c : list) {
            order.insert(c.id, int(order.size()));
            names.insert(c.id, c.name);
            life.insert(c.id, register_.serviceLifeYears(c.id));
            bool isComputer = false;
            QString at = c.id;
            for (int depth = 0; !at.isEmpty() && depth < 32 && !isComputer; ++depth) {
                const AssetCategory &node = byId[at];
                isComputer = node.kind == QLatin1String("computer");
                at = node.parentId;
            }
            computer.insert(c.id, isComputer);
        }
    }
};
} // namespace

Report compute(const Session &session, const QDate &asOf)
{
    session.require(Permission::EquipmentView, tr("view the value report"));
    const Categories categories(session);
    Report report;
    report.asOf = asOf;
    const QString day = asOf.toString(Qt::ISODate);
    // A scrapping after the date leaves the item on the books of that date.
    QSqlQuery q = session.database().exec(
        QStringLiteral(
            "SELECT i.id, i.asset_tag, i.name, i.category_id, i.price_fen, i.purchase_date, "
            "coalesce(i.funding_source, ''), i.status, (SELECT min(m.at) FROM "
            "equipment_movements m WHERE m.item_id = i.id AND m.kind = 'scrap' AND m.deleted = "
            "0) FROM equipment_items i WHERE i.deleted = 0 AND (i.purchase_date IS NULL OR "
            "i.purchase_date <= ?)"),
        {day});
    QHash<QPair<QString, QString>, int> rowOf;
    while (q.next()) {
        const QString status = q.value(7).toString();
        if (status == QLatin1String("scrapped")) {
            // Movements are stamped in UTC; the school's books go by its local date.
            QDateTime scrappedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
            scrappedAt.setTimeSpec(Qt::UTC);
            if (!scrappedAt.isValid() || scrappedAt.toLocalTime().date() <= asOf)
                continue;
        }
        const QString categoryId = q.value(3).toString();
        const QDate purchased = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const QString funding = q.value(6).toString().trimmed();
        if (q.value(4).isNull() || !purchased.isValid()) {
            Unvalued u;
            u.itemId = q.value(0).toString();
            u.tag = q.value(1).toString();
            u.name = q.value(2).toString();
            u.categoryName = categories.names.value(categoryId);
            u.fundingSource = funding;
            u.reason = q.value(4).isNull() ? tr("No price") : tr("No purchase date");
            report.unvalued << u;
            continue;
        }
        const auto f = Depreciation::compute(
            q.value(4).toLongLong(), purchased, categories.life.value(categoryId), asOf);
        const auto key = qMakePair(categoryId, funding);
        auto it = rowOf.constFind(key);
        if (it == rowOf.cend()) {
            Row row;
            row.categoryId = categoryId;
            row.categoryName = categories.names.value(categoryId);
            row.fundingSource = funding;
            it = rowOf.insert(key, int(report.rows.size()));
            report.rows << row;
        }
        Row &row = report.rows[*it];
        ++row.count;
        row.costFen += f.costFen;
        row.accumulatedFen += f.accumulatedFen;
        row.netFen += f.netFen;
        ++report.total.count;
        report.total.costFen += f.costFen;
        report.total.accumulatedFen += f.accumulatedFen;
        report.total.netFen += f.netFen;
    }
    std::sort(report.rows.begin(), report.rows.end(), [&](const Row &a, const Row &b) {
        const int oa = categories.order.value(a.categoryId, INT_MAX);
        const int ob = categories.order.value(b.categoryId, INT_MAX);
        return oa != ob ? oa < ob : a.fundingSource < b.fundingSource;
    });
    std::sort(report.unvalued.begin(), report.unvalued.end(), [](const auto &a, const auto &b) {
        return a.tag < b.tag;
    });
    return report;
}

ReplacementList replacement(const Session &session, const QDate &by)
{
    session.require(Permission::EquipmentView, tr("view the replacement list"));
    const Categories categories(session);
    ReplacementList list;
    list.by = by;
    const QDate today = QDate::currentDate();
    QSqlQuery q = session.database().exec(QStringLiteral(
        "SELECT i.id, i.asset_tag, i.name, i.category_id, i.purchase_date, i.status, r.name "
        "FROM equipment_items i LEFT JOIN rooms r ON r.id = i.room_id WHERE i.deleted = 0 AND "
        "i.status IN ('in_stock', 'in_use', 'lent', 'repair')"));
    while (q.next()) {
        const QString categoryId = q.value(3).toString();
        if (!categories.computer.value(categoryId))
            continue;
        const QDate purchased = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const int life = categories.life.value(categoryId);
        if (!purchased.isValid()) {
            ++list.undated;
            continue;
        }
        if (life <= 0)
            continue;
        const QDate end = Depreciation::endOfLife(purchased, life);
        if (end > by)
            continue;
        Replacement r;
        r.itemId = q.value(0).toString();
        r.tag = q.value(1).toString();
        r.name = q.value(2).toString();
        r.categoryName = categories.names.value(categoryId);
        r.roomName = q.value(6).toString();
        r.status = AssetKeys::statusTitle(AssetKeys::statusFromKey(q.value(5).toString()));
        r.purchaseDate = purchased;
        r.serviceLifeYears = life;
        r.endOfLife = end;
        r.pastLife = end <= today;
        list.items << r;
    }
    std::sort(list.items.begin(), list.items.end(), [](const auto &a, const auto &b) {
        return a.purchaseDate != b.purchaseDate ? a.purchaseDate < b.purchaseDate : a.tag < b.tag;
    });
    return list;
}

QString money(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 v = negative ? -fen : fen;
    QString yuan = QString::number(v / 100);
    for (qsizetype i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, QLatin1Char(','));
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), yuan)
        .arg(v % 100, 2, 10, QLatin1Char('0'));
}

QString html(const Report &report, const QString &schoolName)
{
    QString h = QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                    .arg(esc(tr("%1 — equipment value").arg(schoolName)),
                         esc(tr("As of %1. Straight-line depreciation by month over the category's "
                                "service life, no residual value; amounts in yuan.")
                                 .arg(report.asOf.toString(Qt::ISODate))));
    h += QStringLiteral(
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
             "<thead><tr><th>%1</th><th>%2</th><th class=\"num\">%3</th><th class=\"num\">%4"
             "</th><th class=\"num\">%5</th><th class=\"num\">%6</th></tr></thead>")
             .arg(esc(tr("Category")),
                  esc(tr("Funding source")),
                  esc(tr("Items")),
                  esc(tr("Original cost")),
                  esc(tr("Accumulated depreciation")),
                  esc(tr("Net value")));
    const auto row = [](const QString &a, const QString &b, const Row &r, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        return QStringLiteral("<tr><td>%1%2%3</td><td>%4</td><td class=\"num\">%1%5%3</td>"
                              "<td class=\"num\">%1%6%3</td><td class=\"num\">%1%7%3</td>"
                              "<td class=\"num\">%1%8%3</td></tr>")
            .arg(open, esc(a), close, esc(b))
            .arg(r.count)
            .arg(money(r.costFen), money(r.accumulatedFen), money(r.netFen));
    };
    for (const Row &r : report.rows)
        h += row(r.categoryName,
                 r.fundingSource.isEmpty() ? tr("(not recorded)") : r.fundingSource,
                 r,
                 false);
    h += row(tr("Total"), QString(), report.total, true);
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1 (%2)</h2>")
             .arg(esc(tr("Items without price or purchase date")))
             .arg(report.unvalued.size());
    if (report.unvalued.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    h += QStringLiteral(
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
             "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
             .arg(esc(tr("Asset tag")),
                  esc(tr("Name")),
                  esc(tr("Category")),
                  esc(tr("Funding source")),
                  esc(tr("Missing")));
    for (const Unvalued &u : report.unvalued)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(u.tag),
                      esc(u.name),
                      esc(u.categoryName),
                      esc(u.fundingSource),
                      esc(u.reason));
    return h + QStringLiteral("</table>");
}

Table table(const ReplacementList &list)
{
    Table t;
    t.header = QStringList{tr("Asset tag"),
                           tr("Name"),
                           tr("Category"),
                           tr("Room"),
                           tr("Status"),
                           tr("Purchase date"),
                           tr("Service life (years)"),
                           tr("End of service life"),
                           tr("Past its service life")};
    for (const Replacement &r : list.items)
        t.rows << QStringList{r.tag,
                              r.name,
                              r.categoryName,
                              r.roomName,
                              r.status,
                              r.purchaseDate.toString(Qt::ISODate),
                              QString::number(r.serviceLifeYears),
                              r.endOfLife.toString(Qt::ISODate),
                              r.pastLife ? tr("yes") : tr("no")};
    return t;
}

QString html(const ReplacementList &list, const QString &schoolName)
{
    QString h = QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                    .arg(esc(tr("%1 — computers due for replacement").arg(schoolName)),
                         esc(tr("Computers whose service life ends by %1, oldest first: %2.")
                                 .arg(list.by.toString(Qt::ISODate))
                                 .arg(list.items.size())));
    if (list.undated > 0)
        h += QStringLiteral("<p class=\"meta\">%1</p>")
                 .arg(esc(QCoreApplication::translate(
                     "SchoolSuite::ValueReport",
                     "%n computer(s) without a purchase date are not listed.",
                     nullptr,
                     list.undated)));
    const Table t = table(list);
    h += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString &head : t.header)
        h += QStringLiteral("<th>%1</th>").arg(esc(head));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList &cells : t.rows) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            h += QStringLiteral("<td>%1</td>").arg(esc(cell));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

void writePdf(const Report &report, const QString &schoolName, const QString &path)
{
    ReportDocument::writePdf(html(report, schoolName), tr("Equipment value"), path);
}

void writePdf(const ReplacementList &list, const QString &schoolName, const QString &path)
{
    ReportDocument::writePdf(html(list, schoolName), tr("Computers due for replacement"), path);
}

} // namespace SchoolSuite::ValueReport
