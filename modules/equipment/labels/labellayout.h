#pragma once

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace SchoolSuite {

// Which codes a label carries: a QR code, a Code 128 bar code, or both.
enum class LabelCodes { Qr, Code128, Both };

// Where labels go: a grid on A4 label sheets (不干胶标签纸) or one label per page on a thermal
// label printer. Lengths in millimetres.
struct LabelLayout
{
    enum class Kind { Sheet, Thermal };

    Kind kind = Kind::Sheet;
    QString preset;            // the preset it came from ("a4-3x8"), empty when changed by hand
    QSizeF page{210.0, 297.0}; // Sheet: the sheet; Thermal: ignored (the page is the label)
    QSizeF label{70.0, 37.0};
    int rows = 8;
    int columns = 3;
    double marginTop = 0.5;  // to the first row
    double marginLeft = 0.0; // to the first column
    double gapX = 0.0;       // between columns
    double gapY = 0.0;       // between rows
    LabelCodes codes = LabelCodes::Both;
    // Sheet: the first free label of a partly used sheet (0 = top left, row by row).
    int startPosition = 0;

    struct Preset
    {
        QString id;
        QString title; // translated
        Kind kind;
    };
    // Common A4 sheets sold in China (3×8, 4×10, 2×7, ...) and thermal label sizes.
    static QList<Preset> presets();
    // The layout of a preset (codes Both, start 0); the default sheet for an unknown id.
    static LabelLayout fromPreset(const QString &id);

    QSizeF pageSize() const; // the paper: the sheet, or the label for a thermal printer
    int labelsPerPage() const;
    // The rectangle of the label at slot (0-based, row by row) on its page.
    QRectF slotRect(int slot) const;
    // Where the index-th label of a print run goes (after startPosition on the first sheet).
    int pageOf(int index) const;
    int slotOf(int index) const;
    int pageCount(int labels) const;

    // Empty when the layout can be printed; else a translated sentence of what is wrong (the grid
    // does not fit the page, a size is not positive, the start is past the last label).
    QString problem() const;

    QJsonObject toJson() const;
    // Missing or wrong values keep the default.
    static LabelLayout fromJson(const QJsonObject &json);

    static QString codesKey(LabelCodes codes); // "qr", "code128", "both"
    static LabelCodes codesFromKey(const QString &key);
};

} // namespace SchoolSuite
