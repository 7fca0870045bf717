#include "labellayout.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LabelLayout", text);
}

// Rounding in the sheets' published sizes (70 × 37 mm × 8 = 296 mm) must not make a sheet
// "not fit".
constexpr double kTolerance = 0.05;

struct SheetSpec
{
    const char *id;
    int columns;
    int rows;
    double width;
    double height;
    double top;
    double left;
    double gapX;
    double gapY;
};

// The A4 sheets most sold in China (the same as Avery/Herma L71xx sizes), by labels per sheet.
constexpr SheetSpec kSheets[] = {
    {"a4-2x7", 2, 7, 99.1, 38.1, 15.15, 4.65, 2.5, 0.0},
    {"a4-3x7", 3, 7, 70.0, 42.3, 0.45, 0.0, 0.0, 0.0},
    {"a4-3x8", 3, 8, 70.0, 37.0, 0.5, 0.0, 0.0, 0.0},
    {"a4-4x10", 4, 10, 52.5, 29.7, 0.0, 0.0, 0.0, 0.0},
    {"a4-5x13", 5, 13, 38.1, 21.2, 10.7, 4.75, 2.5, 0.0},
};

struct ThermalSpec
{
    const char *id;
    double width;
    double height;
};

constexpr ThermalSpec kThermal[] = {
    {"thermal-40x30", 40.0, 30.0},
    {"thermal-50x30", 50.0, 30.0},
    {"thermal-60x40", 60.0, 40.0},
};

QString mm(double value)
{
    return QString::number(value, 'g', 4);
}
} // namespace

QList<LabelLayout::Preset> LabelLayout::presets()
{
    QList<Preset> list;
    for (const SheetSpec &s : kSheets) {
        list.append({QString::fromLatin1(s.id),
                     tr("A4 sheet, %1 labels (%2 × %3), %4 × %5 mm")
                         .arg(s.columns * s.rows)
                         .arg(s.columns)
                         .arg(s.rows)
                         .arg(mm(s.width), mm(s.height)),
                     Kind::Sheet});
    }
    for (const ThermalSpec &s : kThermal) {
        list.append({QString::fromLatin1(s.id),
                     tr("Label printer, %1 × %2 mm").arg(mm(s.width), mm(s.height)),
                     Kind::Thermal});
    }
    return list;
}

LabelLayout LabelLayout::fromPreset(const QString &id)
{
    LabelLayout layout;
    for (const ThermalSpec &s : kThermal) {
        if (id == QLatin1String(s.id)) {
            layout.kind = Kind::Thermal;
            layout.preset = id;
            layout.label = QSizeF(s.width, s.height);
            layout.page = layout.label;
            layout.rows = layout.columns = 1;
            layout.marginTop = layout.marginLeft = layout.gapX = layout.gapY = 0;
            return layout;
        }
    }
    for (const SheetSpec &s : kSheets) {
        if (id == QLatin1String(s.id)) {
            layout.preset = id;
            layout.label = QSizeF(s.width, s.height);
            layout.rows = s.rows;
            layout.columns = s.columns;
            layout.marginTop = s.top;
            layout.marginLeft = s.left;
            layout.gapX = s.gapX;
            layout.gapY = s.gapY;
            return layout;
        }
    }
    layout.preset = QStringLiteral("a4-3x8");
    return layout;
}

QSizeF LabelLayout::pageSize() const
{
    return kind == Kind::Thermal ? label : page;
}

int LabelLayout::labelsPerPage() const
{
    return kind == Kind::Thermal ? 1 : qMax(1, rows) * qMax(1, columns);
}

QRectF LabelLayout::slotRect(int slot) const
{
    if (kind == Kind::Thermal)
        return QRectF(QPointF(0, 0), label);
    const int cols = qMax(1, columns);
    const int row = slot / cols;
    const int column = slot % cols;
    return QRectF(marginLeft + column * (label.width() + gapX),
                  marginTop + row * (label.height() + gapY),
                  label.width(),
                  label.height());
}

int LabelLayout::pageOf(int index) const
{
    const int start = kind == Kind::Thermal ? 0 : startPosition;
    return (start + index) / labelsPerPage();
}

int LabelLayout::slotOf(int index) const
{
    const int start = kind == Kind::Thermal ? 0 : startPosition;
    return (start + index) % labelsPerPage();
}

int LabelLayout::pageCount(int labels) const
{
    return labels <= 0 ? 0 : pageOf(labels - 1) + 1;
}

QString LabelLayout::problem() const
{
    if (label.width() <= 0 || label.height() <= 0)
        return tr("The label needs a width and a height.");
    if (kind == Kind::Thermal)
        return {};
    if (page.width() <= 0 || page.height() <= 0)
        return tr("The sheet needs a width and a height.");
    if (rows < 1 || columns < 1)
        return tr("The sheet needs at least one row and one column.");
    if (marginTop < 0 || marginLeft < 0 || gapX < 0 || gapY < 0)
        return tr("Margins and gaps cannot be negative.");
    const double width = marginLeft + columns * label.width() + (columns - 1) * gapX;
    const double height = marginTop + rows * label.height() + (rows - 1) * gapY;
    if (width > page.width() + kTolerance)
        return tr("%1 columns of %2 mm labels need %3 mm, but the sheet is %4 mm wide.")
            .arg(columns)
            .arg(mm(label.width()), mm(width), mm(page.width()));
    if (height > page.height() + kTolerance)
        return tr("%1 rows of %2 mm labels need %3 mm, but the sheet is %4 mm high.")
            .arg(rows)
            .arg(mm(label.height()), mm(height), mm(page.height()));
    if (startPosition < 0 || startPosition >= labelsPerPage())
        return tr("The first free label must be between 1 and %1.").arg(labelsPerPage());
    return {};
}

QString LabelLayout::codesKey(LabelCodes codes)
{
    switch (codes) {
    case LabelCodes::Qr:
        return QStringLiteral("qr");
    case LabelCodes::Code128:
        return QStringLiteral("code128");
    case LabelCodes::Both:
        break;
    }
    return QStringLiteral("both");
}

LabelCodes LabelLayout::codesFromKey(const QString &key)
{
    if (key == QLatin1String("qr"))
        return LabelCodes::Qr;
    if (key == QLatin1String("code128"))
        return LabelCodes::Code128;
    return LabelCodes::Both;
}

QJsonObject LabelLayout::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"),
         kind == Kind::Thermal ? QStringLiteral("thermal") : QStringLiteral("sheet")},
        {QStringLiteral("preset"), preset},
        {QStringLiteral("page_width"), page.width()},
        {QStringLiteral("page_height"), page.height()},
        {QStringLiteral("label_width"), label.width()},
        {QStringLiteral("label_height"), label.height()},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("margin_top"), marginTop},
        {QStringLiteral("margin_left"), marginLeft},
        {QStringLiteral("gap_x"), gapX},
        {QStringLiteral("gap_y"), gapY},
        {QStringLiteral("codes"), codesKey(codes)},
        {QStringLiteral("start"), startPosition}};
}

LabelLayout LabelLayout::fromJson(const QJsonObject &json)
{
    LabelLayout l;
    auto number = [&](const char *key, double fallback) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    l.kind = json.value(QLatin1String("kind")).toString() == QLatin1String("thermal")
                 ? Kind::Thermal
                 : Kind::Sheet;
    l.preset = json.value(QLatin1String("preset")).toString();
    l.page = QSizeF(number("page_width", l.page.width()), number("page_height", l.page.height()));
    l.label
        = QSizeF(number("label_width", l.label.width()), number("label_height", l.label.height()));
    l.rows = int(number("rows", l.rows));
    l.columns = int(number("columns", l.columns));
    l.marginTop = number("margin_top", l.marginTop);
    l.marginLeft = number("margin_left", l.marginLeft);
    l.gapX = number("gap_x", l.gapX);
    l.gapY = number("gap_y", l.gapY);
    l.codes = codesFromKey(json.value(QLatin1String("codes")).toString());
    l.startPosition = int(number("start", 0));
    if (l.kind == Kind::Thermal) {
        l.rows = l.columns = 1;
        l.page = l.label;
    }
    return l;
}

} // namespace SchoolSuite
