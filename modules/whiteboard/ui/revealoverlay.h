#pragma once

#include <QWidget>

namespace SchoolSuite {

// Reveal tools over the board: the spotlight (the board dark but for a circle the teacher
// moves, and sizes with the wheel or two fingers) and the curtain (a shade drawn down the board
// to uncover it bit by bit). Neither changes the board; Esc or the close mark ends them.
class RevealOverlay : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Spotlight, Curtain };
    RevealOverlay(Kind kind, QWidget *board);

    Kind kind() const { return m_kind; }
    QPointF spotCentre() const { return m_centre; }
    qreal spotRadius() const { return m_radius; }
    int curtainEdge() const { return m_edge; } // view pixels from the top that are uncovered
    QRect closeMark() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void dragTo(QPointF pos);

    Kind m_kind;
    QPointF m_centre;
    qreal m_radius = 160;
    int m_edge = 0;
    bool m_dragging = false;
    QPointF m_grab; // where the drag took hold, relative to the centre or the edge
    qreal m_pinchStart = 0;
    qreal m_radiusAtPinch = 0;
};

} // namespace SchoolSuite
