#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <memory>
#include <variant>

namespace SchoolSuite {

// One sample of a pen or finger as the device reported it: page units (points), pressure
// 0..1 (1 where the device has none), milliseconds since the stroke began.
struct InkSample
{
    float x = 0;
    float y = 0;
    float pressure = 1;
    quint32 t = 0;

    friend bool operator==(const InkSample &a, const InkSample &b)
    {
        return a.x == b.x && a.y == b.y && a.pressure == b.pressure && a.t == b.t;
    }
};

enum class PenKind : quint8 { Pen, Highlighter };

// A finished stroke keeps its raw samples; smoothing is applied when it is drawn, so a better
// smoother later improves old ink too. The drawn outline is cached (strokes never change
// after they are finished: an edit makes a new stroke).
struct Stroke
{
    QList<InkSample> samples;
    QColor color = Qt::black;
    float width = 2; // page units at full pressure
    PenKind pen = PenKind::Pen;
    bool pressure = false; // the samples carry a real pressure

    // The shape to fill (pressure) or to stroke (constant width), built on first use.
    struct Geometry
    {
        QPainterPath path;
        QPolygonF
            outline; // a pressure stroke's outline as a polygon (the raster engine's fast path)
        bool filled = false;
        bool dot = false; // a single sample: a filled circle
        QRectF bounds;
        // What it was made from: a copy of the stroke given other samples or another width
        // makes its own.
        const InkSample *source = nullptr;
        qsizetype count = 0;
        float width = 0;
        bool pressure = false;
        PenKind pen = PenKind::Pen;
    };
    const Geometry &geometry() const;

    friend bool operator==(const Stroke &a, const Stroke &b)
    {
        return a.samples == b.samples && a.color == b.color && a.width == b.width && a.pen == b.pen
               && a.pressure == b.pressure;
    }

private:
    mutable std::shared_ptr<const Geometry> m_geometry;
};

enum class ShapeKind : quint8 { Line, Arrow, Rectangle, Ellipse, Polygon };

// Line and arrow: two points (from, to); rectangle and ellipse: two opposite corners;
// polygon: its corners in order (closed).
struct Shape
{
    ShapeKind kind = ShapeKind::Line;
    QPolygonF points;
    QColor stroke = Qt::black;
    QColor fill; // invalid: not filled
    float width = 2;

    friend bool operator==(const Shape &, const Shape &) = default;
};

// Rich text (a QTextDocument's HTML), so any input method's text and its formatting survive.
struct TextBox
{
    QRectF rect;
    QString html;
    friend bool operator==(const TextBox &, const TextBox &) = default;
};

// An embedded image, audio or video clip: the bytes live in the document's assets.
struct Picture
{
    QRectF rect;
    QString asset;
    friend bool operator==(const Picture &, const Picture &) = default;
};

struct MediaClip
{
    QRectF rect;
    QString asset;
    bool video = true;
    friend bool operator==(const MediaClip &, const MediaClip &) = default;
};

// A link to a file, a web address or a resource of the school's library of resources.
struct Link
{
    QRectF rect;
    QString target;
    QString label;
    friend bool operator==(const Link &, const Link &) = default;
};

struct BoardItem
{
    QString id;
    QTransform transform; // moves, scales and turns made after the item was placed
    std::variant<Stroke, Shape, TextBox, Picture, MediaClip, Link> data;

    // In page units, pen width included, transform applied.
    QRectF bounds() const;
    bool isStroke() const { return std::holds_alternative<Stroke>(data); }
    const Stroke *stroke() const { return std::get_if<Stroke>(&data); }

    friend bool operator==(const BoardItem &a, const BoardItem &b)
    {
        return a.id == b.id && a.transform == b.transform && a.data == b.data;
    }
};

} // namespace SchoolSuite
