// The text tool of the board (BoardView::beginText / finishText).
#include "boardview.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/edit/boardeditor.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QTextDocument>
#include <QTextEdit>

namespace SchoolSuite {

namespace {
constexpr int TextPixels = 32; // page units: readable from the back of the room
} // namespace

// A frameless editor on the board that grows with its text and ends on Esc or losing focus.
class BoardView::TextEditor : public QTextEdit
{
public:
    TextEditor(BoardView *view, qreal scale, const QColor &colour)
        : QTextEdit(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("boardText"));
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setAcceptRichText(false);
        setStyleSheet(QStringLiteral("QTextEdit { background: rgba(255,255,255,160);"
                                     " border: 2px dashed #1d5fbf; color: %1; }")
                          .arg(colour.name()));
        QFont f = font();
        f.setPixelSize(qMax(8, qRound(TextPixels * scale)));
        setFont(f);
        document()->setDocumentMargin(2);
        connect(document(), &QTextDocument::contentsChanged, this, [this] { grow(); });
    }

    void grow()
    {
        const int h = int(document()->documentLayout()->documentSize().height()) + 6;
        resize(width(), qMax(h, fontMetrics().height() + 8));
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape) {
            m_view->finishText();
            return;
        }
        QTextEdit::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QTextEdit::focusOutEvent(event);
        // Losing the focus to the board's own menus keeps the editor; anywhere else ends it.
        if (event->reason() == Qt::PopupFocusReason)
            return;
        // Later, and only if this is still the board's editor (a touch elsewhere on the board
        // may already have put it on the page and opened another).
        QPointer<TextEditor> self(this);
        QMetaObject::invokeMethod(
            m_view,
            [view = m_view, self] {
                if (self && view->m_text == self)
                    view->finishText();
            },
            Qt::QueuedConnection);
    }

private:
    BoardView *m_view;
};

QWidget *BoardView::textEditor() const
{
    return m_text;
}

void BoardView::beginText(QPointF viewPos)
{
    finishText();
    const QTransform t = pageToView();
    const QPointF pos = t.inverted().map(viewPos);
    // On a text box: edit it; elsewhere: a new one.
    m_textItem.clear();
    QRectF rect(pos, QSizeF(m_editor.document().page(m_page).size.width() * 0.4, TextPixels * 1.5));
    QString text;
    for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
        for (const BoardItem &item : layer.items) {
            const auto *box = std::get_if<TextBox>(&item.data);
            if (box && item.transform.isIdentity() && box->rect.contains(pos)) {
                m_textItem = item.id;
                rect = box->rect;
                QTextDocument doc;
                doc.setHtml(box->html);
                text = doc.toPlainText();
            }
        }
    }
    m_text = new TextEditor(this, t.m11(), m_color);
    m_text->setGeometry(t.mapRect(rect).toRect());
    m_text->setPlainText(text);
    m_text->grow();
    m_text->show();
    m_text->setFocus();
    if (!m_textItem.isEmpty()) {
        m_hidden.insert(m_textItem);
        m_cacheValid = false;
        update();
    }
}

void BoardView::finishText()
{
    if (!m_text)
        return;
    TextEditor *editor = m_text;
    m_text = nullptr;
    const QString text = editor->toPlainText().trimmed();
    const QRectF rect = pageToView().inverted().mapRect(QRectF(editor->geometry()));
    editor->hide();
    editor->deleteLater();
    const QString id = m_textItem;
    m_textItem.clear();
    m_hidden.remove(id);
    m_cacheValid = false;
    update();
    BoardItem item;
    item.id = id.isEmpty() ? Uuid::v7() : id;
    // One paragraph per line, the size and colour the board shows.
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n')))
        html += QStringLiteral("<p style=\"font-size:%1px; color:%2\">%3</p>")
                    .arg(TextPixels)
                    .arg(m_color.name(), line.toHtmlEscaped());
    item.data = TextBox{rect, html};
    const BoardPage &page = m_editor.document().page(m_page);
    try {
        if (!id.isEmpty() && text.isEmpty())
            m_editor.apply(tr("Delete text"), {BoardOp::remove(m_page, {id})});
        else if (!id.isEmpty())
            m_editor.apply(tr("Edit text"), {BoardOp::replace(m_page, {item})});
        else if (!text.isEmpty())
            m_editor.apply(
                tr("Text"),
                {BoardOp::insert(
                    m_page, page.layers.last().id, int(page.layers.last().items.size()), {item})});
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Whiteboard"), e.message());
    }
}

} // namespace SchoolSuite
