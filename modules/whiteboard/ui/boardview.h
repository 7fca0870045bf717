#pragma once

#include "whiteboard/document/boarditems.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QTabletEvent;
class QTimer;
class QPainter;
class QTouchEvent;

namespace SchoolSuite {

class BoardEditor;
class BoardRenderer;
struct BoardPage;

// The board: one page of the editor's document, drawn to fit (or zoomed and panned), written on
// with a pen (pressure from QTabletEvent), a mouse or fingers. Several fingers far apart write
// several strokes at once (students at the board together); two fingers put down together pinch
// to zoom and pan; a palm (a large contact) is ignored.
//
// Finished ink is kept in a cached image of the page; a stroke being drawn is painted segment by
// segment onto a transparent layer above it, so adding a point repaints only that segment.
class BoardView : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Pen, Highlighter, Eraser, Pan, Select, Laser, Text };
    enum class FingerMode { Draw, Pan };
    // The eraser takes whole strokes, the part of strokes it passes over, or everything in a
    // rectangle dragged across the page (boarderase.cpp).
    enum class EraserMode { Strokes, Partial, Area };

    explicit BoardView(BoardEditor &editor, QWidget *parent = nullptr);
    ~BoardView() override;

    int page() const { return m_page; }
    void setPage(int page);
    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    // The colour of the pen, or of the highlighter while it is the tool (each keeps its own).
    QColor penColor() const { return m_tool == Tool::Highlighter ? m_highlight : m_color; }
    void setPenColor(const QColor &color);
    float penWidth() const { return m_width; }
    void setPenWidth(float width);
    EraserMode eraserMode() const { return m_eraserMode; }
    void setEraserMode(EraserMode mode) { m_eraserMode = mode; }
    void setFingerMode(FingerMode mode) { m_fingerMode = mode; }
    FingerMode fingerMode() const { return m_fingerMode; }

    // 1 = the page fits the view; zoom multiplies that. pan is in view pixels.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom, QPointF anchor = QPointF(-1, -1));
    void resetView();
    // Page units to view pixels and back.
    QTransform pageToView() const;

    // The lasso's choice: items of the page's visible layers. Dragging inside the frame moves
    // them, its corner square scales, the round handle above turns them.
    QStringList selection() const { return m_selection; }
    void selectItems(const QStringList &ids);
    void deleteSelection();
    void duplicateSelection();

    // The text tool (boardtext.cpp): a text box opened where the board was touched (or on the
    // text box there), typed into with any input method, put on the page when it loses the
    // focus or on Esc.
    void beginText(QPointF viewPos);
    void finishText();
    QWidget *textEditor() const;

    // The ruler and the protractor (boardinstruments.cpp): shown in the middle of the board,
    // moved by their body, turned by their round handle; the pen follows their edge.
    enum class Instrument { Ruler, Protractor };
    void showInstrument(Instrument which, bool shown);
    bool instrumentShown(Instrument which) const;
    qreal rulerAngle() const { return m_instruments.rulerAngle; }
    qreal protractorReading() const { return m_instruments.arm; }
    // Where they are, in page units: the ruler's drawing edge and its turning handle; the
    // protractor's centre, radius, arm handle and turning handle.
    QLineF rulerEdge() const;
    QPointF rulerHandle() const;
    QPointF protractorCentre() const { return m_instruments.protractorCentre; }
    static qreal protractorRadius();
    QPointF protractorArmHandle() const;

    // A contact this large (view pixels) is a hand resting on the board, not a finger.
    static bool isPalm(QSizeF contactDiameters);

    // Strokes being drawn right now (one per pen, mouse or finger).
    int liveStrokeCount() const { return int(m_live.size()); }

    // The live items over the page: a player for each clip, a spot for each link
    // (boardoverlays.cpp).
    void layoutOverlays();
    QList<QWidget *> overlays() const;

signals:
    void pageShown(int page);
    // A link of the board was touched: a web address, a file, or "board:<id>" (a board of the
    // store).
    void linkActivated(const QString &target);
    void selectionChanged(bool any);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    static constexpr qint64 LaserTrailMs = 600; // how long the laser pointer's trail stays
    static constexpr quint64 HoldMs
        = 600; // a pen held this long at the end of a stroke straightens it
    static constexpr qreal HoldSlack = 4; // view pixels a resting pen may still drift
    enum class InstrumentGrab {
        None,
        RulerMove,
        RulerTurn,
        ProtractorMove,
        ProtractorTurn,
        ProtractorArm
    };
    enum class Snap { None, RulerEdge, ProtractorArc };

    struct Live
    {
        Stroke stroke;
        Tool tool = Tool::Pen;
        quint64 started = 0; // ms, for sample times
        QPointF lastView;    // pan: the last position in view pixels
        QStringList erased;  // eraser: ids of strokes wiped in this sweep
        // Partial and area eraser: the strokes cut, their samples made dense, which stay.
        QHash<QString, QList<InkSample>> dense;
        QHash<QString, QList<bool>> keep;
        QHash<QString, QList<bool>> original; // which dense samples the pen made
        QList<QPointF> area;                  // area eraser: the corners dragged (page units)
        QPointF holdAnchor;                   // pen: where it came to rest
        quint64 holdSince = 0;
        std::optional<Shape> shape; // pen held still at the end: the shape it becomes
        InstrumentGrab grab = InstrumentGrab::None; // dragging the ruler or the protractor
        QPointF grabLast;                           // ...from here (page units)
        Snap snap = Snap::None;                     // the pen follows an instrument's edge
    };

    // Pointer ids: the mouse, the tablet pen, and touch points (their own ids + 16).
    static constexpr int MouseId = 0;
    static constexpr int TabletId = 1;

    void begin(int id, QPointF viewPos, float pressure, Tool tool);
    void extend(int id, QPointF viewPos, float pressure);
    void finish(int id);
    void cancel(int id);
    void eraseAt(Live &live, QPointF pagePos);
    qreal eraserRadius() const; // page units
    static QList<BoardItem> piecesOf(const BoardItem &item,
                                     const QList<InkSample> &dense,
                                     const QList<bool> &keep,
                                     const QList<bool> &original);
    void finishErase(Live &live);
    void paintErasePreview(QPainter &painter, const Live &live) const;
    void touch(QTouchEvent *event);

    struct Instruments
    {
        bool ruler = false;
        bool protractor = false;
        QPointF rulerPos; // the drawing edge's left end, page units
        qreal rulerAngle = 0;
        QPointF protractorCentre;
        qreal protractorAngle = 0;
        qreal arm = 60; // the arm's angle on the scale
    } m_instruments;
    QTransform rulerTransform() const;
    QTransform protractorTransform() const;
    qreal rulerLength() const;
    qreal snapReach() const; // page units
    InstrumentGrab instrumentAt(QPointF pagePos) const;
    Snap snapFor(QPointF pagePos) const;
    QPointF snapped(Snap snap, QPointF pagePos, qreal penWidth) const;
    void dragInstrument(Live &live, QPointF pagePos);
    void paintInstruments(QPainter &painter) const;
    bool onOverlay(QPointF viewPos) const;

    // The selection tool (boardselect.cpp).
    enum class Grab { None, Lasso, Move, Scale, Rotate };
    void selectBegin(QPointF viewPos);
    void selectMove(QPointF viewPos);
    void selectEnd();
    QRectF selectionBounds() const;   // page units
    QPolygonF selectionFrame() const; // view pixels, with the drag applied
    void paintSelection(QPainter &painter) const;
    void paintSelectionPreview(QPainter &painter) const;
    void checkHolds();

    void rebuildCache();
    // Draws the area (page units) of the cached page again.
    void redrawArea(const QRectF &area);
    // Draws the part band (view pixels) of the page into image.
    void paintBand(QImage &band, int top, const BoardPage &page) const;
    void paintLiveSegment(const Live &live);
    void redrawLiveLayer();
    QRectF pageRectInView() const;

    BoardEditor &m_editor;
    std::unique_ptr<BoardRenderer> m_renderer;
    int m_page = 0;
    Tool m_tool = Tool::Pen;
    QColor m_color = Qt::black;
    QColor m_highlight = QColor(0xff, 0xd4, 0x00);
    float m_width = 3;
    FingerMode m_fingerMode = FingerMode::Draw;
    EraserMode m_eraserMode = EraserMode::Strokes;
    qreal m_zoom = 1;
    QPointF m_pan;

    QImage m_cache;     // the page with its finished items, view-sized
    QImage m_liveLayer; // strokes being drawn
    bool m_cacheValid = false;
    bool m_ownChange = false; // the change comes from this view: the cache is already right
    bool m_areaDone = false;  // the last change's area was drawn again: no full redraw
    QSet<QString> m_hidden;   // strokes wiped by an eraser sweep not finished yet
    QHash<int, Live> m_live;  // by pointer id
    QTimer *m_holdTimer = nullptr;
    class TextEditor;
    TextEditor *m_text = nullptr;
    QString m_textItem; // the text box being edited, or empty for a new one
    // The laser pointer: recent positions (view pixels) and when, fading out.
    QList<std::pair<QPointF, qint64>> m_laser;
    QTimer *m_laserFade = nullptr;
    void paintLaser(QPainter &painter) const;
    QStringList m_selection;
    QHash<QString, QPointer<QWidget>> m_overlays; // by item id
    struct Selecting
    {
        Grab grab = Grab::None;
        QPolygonF lasso;  // page units
        QPointF start;    // page units
        QTransform delta; // the drag so far, in page units
    } m_select;

    // Two fingers together: pinch and pan.
    struct Pinch
    {
        bool active = false;
        int a = -1, b = -1;
        QPointF centre;
        qreal distance = 0;
        qreal zoom = 1;
        QPointF pan;
    } m_pinch;
    QHash<int, quint64> m_touchStarted; // touch id -> when it went down (ms)
};

} // namespace SchoolSuite
