#include "whiteboarddemo.h"

#include "core/store/database.h"
#include "core/store/uuid.h"
#include "format/boardfile.h"
#include "store/boardlibrary.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtMath>

namespace SchoolSuite {

namespace {

BoardItem item(auto data)
{
    BoardItem i;
    i.id = Uuid::v7();
    i.data = data;
    return i;
}

BoardItem text(QRectF rect, const QString &html)
{
    return item(TextBox{rect, html});
}

// A hand-drawn stroke along points, with a pen's pressure rising and falling and a little
// tremor, sampled every two units as a tablet would.
BoardItem handStroke(QRandomGenerator &rng,
                     const QList<QPointF> &through,
                     QColor colour,
                     float width)
{
    Stroke s;
    s.color = colour;
    s.width = width;
    s.pressure = true;
    quint32 t = 0;
    for (int k = 0; k + 1 < through.size(); ++k) {
        const QPointF a = through[k], b = through[k + 1];
        const int steps = qMax(2, int(QLineF(a, b).length() / 2));
        for (int i = 0; i < steps; ++i) {
            const QPointF p = a + (b - a) * (qreal(i) / steps);
            const qreal along = (k + qreal(i) / steps) / (through.size() - 1);
            s.samples << InkSample{float(p.x() + rng.bounded(0.6) - 0.3),
                                   float(p.y() + rng.bounded(0.6) - 0.3),
                                   float(0.35 + 0.6 * std::sin(M_PI * along)),
                                   t};
            t += 8;
        }
    }
    s.samples << InkSample{float(through.last().x()), float(through.last().y()), 0.3f, t};
    return item(s);
}

// The characters of a line, one in each box of a 田字格 row (boxes of 80 from x = 0; the row's
// top at y).
QList<BoardItem> inBoxes(const QString &line, int firstBox, qreal y)
{
    QList<BoardItem> out;
    for (int i = 0; i < line.size(); ++i) {
        out << text(
            QRectF((firstBox + i) * 80, y + 1, 80, 80),
            QStringLiteral("<p align=\"center\" style=\"font-size:58px\">%1</p>").arg(line.at(i)));
    }
    return out;
}

} // namespace

QString WhiteboardDemo::folderFor(const QString &dataDir, const QString &username)
{
    // User names are letters, digits, dots and dashes; anything else is kept out of the path.
    QString safe;
    for (const QChar c : username)
        safe += c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
                    ? c
                    : QLatin1Char('_');
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    return QDir(dataDir).filePath(QStringLiteral("whiteboard/") + safe);
}

QString WhiteboardDemo::create(Database &db, const QString &dataDir, quint32 seed)
{
    QRandomGenerator rng(seed);
    BoardDocument doc;
    // Lesson content is the school's, in Chinese whatever the program's language.
    doc.title = QStringLiteral("一年级语文《春晓》");

    // 1. The poem on 田字格, a circle round a character and its strokes written out.
    BoardPage poem = BoardPage::blank();
    poem.background.pattern = BoardBackground::Pattern::Tianzige;
    poem.background.spacing = 80;
    QList<BoardItem> &items = poem.layers[0].items;
    // Rows of boxes start 20 below the top, 100 apart (BoardRenderer's 田字格 with spacing 80).
    items << inBoxes(QStringLiteral("春眠不觉晓"), 1, 20)
          << inBoxes(QStringLiteral("处处闻啼鸟"), 1, 120);
    const QColor red(0xd9, 0x2b, 0x2b);
    QList<QPointF> circle;
    for (int i = 0; i <= 24; ++i)
        circle << QPointF(120 + 44 * std::cos(i * M_PI / 12), 60 + 44 * std::sin(i * M_PI / 12));
    items << handStroke(rng, circle, red, 3);
    // 春 written by hand in the fourth row's second box.
    const QPointF o(90, 326);
    const QList<QList<QPointF>> chun = {
        {o + QPointF(10, 14), o + QPointF(50, 12)},
        {o + QPointF(6, 26), o + QPointF(54, 24)},
        {o + QPointF(2, 38), o + QPointF(58, 36)},
        {o + QPointF(30, 2), o + QPointF(28, 30), o + QPointF(4, 58)},
        {o + QPointF(30, 34), o + QPointF(58, 58)},
        {o + QPointF(18, 48), o + QPointF(18, 74)},
        {o + QPointF(18, 48), o + QPointF(42, 48), o + QPointF(42, 74)},
        {o + QPointF(18, 61), o + QPointF(42, 61)},
        {o + QPointF(18, 74), o + QPointF(42, 74)},
    };
    for (const auto &s : chun)
        items << handStroke(rng, s, QColor(0x23, 0x26, 0x29), 4);
    items << item(Shape{ShapeKind::Arrow, {QPointF(175, 360), QPointF(255, 360)}, red, {}, 3});
    items << text(
        QRectF(262, 338, 500, 50),
        QStringLiteral("<p style=\"font-size:30px; color:#1d5fbf\">共 9 画，描红后写三遍</p>"));
    doc.appendPage(poem);

    // 2. Pinyin on 四线三格.
    BoardPage pinyin = BoardPage::blank();
    pinyin.background.pattern = BoardBackground::Pattern::FourLine;
    pinyin.background.spacing = 54;
    pinyin.layers[0].items << text(
        QRectF(40, 20, 880, 70),
        QStringLiteral("<p style=\"font-size:40px\">chūn mián bù jué xiǎo</p>"));
    doc.appendPage(pinyin);

    // 3. Maths on the dark board: a triangle and its angles.
    BoardPage maths = BoardPage::blank();
    maths.background = BoardBackground::dark();
    maths.background.pattern = BoardBackground::Pattern::Grid;
    maths.background.lineColor = QColor(0x35, 0x55, 0x48);
    const QColor chalk(0xf2, 0xf2, 0xea);
    maths.layers[0].items
        << item(Shape{ShapeKind::Polygon,
                      {QPointF(200, 420), QPointF(520, 420), QPointF(300, 160)},
                      chalk,
                      {},
                      4})
        << text(
               QRectF(540, 236, 400, 60),
               QStringLiteral("<p style=\"font-size:32px; color:#f2f2ea\">∠A + ∠B + ∠C = 180°</p>"))
        << handStroke(rng,
                      {QPointF(548, 296), QPointF(700, 300), QPointF(860, 294)},
                      QColor(0xff, 0xd4, 0x00),
                      3);
    const std::pair<QPointF, QString> corners[] = {{QPointF(285, 112), QStringLiteral("A")},
                                                   {QPointF(168, 418), QStringLiteral("B")},
                                                   {QPointF(528, 418), QStringLiteral("C")}};
    for (const auto &[at, name] : corners) {
        maths.layers[0].items << text(
            QRectF(at, QSizeF(44, 48)),
            QStringLiteral("<p style=\"font-size:30px; color:#f2f2ea\">%1</p>").arg(name));
    }
    doc.appendPage(maths);

    doc.revision = Uuid::v7();
    QString file;
    // The teacher's board, shared with colleagues, and the administrator's own copy, in the
    // store with their working copies.
    for (const QString &account : {QStringLiteral("admin"), QStringLiteral("teacher")}) {
        const QString folder = folderFor(dataDir, account);
        QDir().mkpath(folder);
        doc.id = BoardDocument().id;
        file = QDir(folder).filePath(doc.id + QStringLiteral(".ssboard"));
        BoardFile::write(doc, file);
        QSqlQuery user = db.exec(
            QStringLiteral("SELECT id, display_name FROM users WHERE username = ?"), {account});
        if (!user.next())
            continue; // a demo without that account
        BoardLibrary library(
            db, dataDir, user.value(0).toString(), user.value(1).toString(), folder);
        library.commit(doc.id, file, doc.title, doc.pageCount());
        if (account == QLatin1String("teacher"))
            library.setShared(doc.id, true);
    }
    return file;
}

} // namespace SchoolSuite
