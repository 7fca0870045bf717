// Putting things on the board (WhiteboardPage, Insert menu): images, audio and video clips
// played where they lie, and links to web pages, files or other boards of the store.
#include "boardview.h"
#include "whiteboardpage.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/store/boardlibrary.h"

#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QUrl>

namespace SchoolSuite {

namespace {

constexpr qint64 MaxImageBytes = 64 * 1024 * 1024;
constexpr qint64 MaxImagePixels = 100'000'000;
constexpr qint64 MaxClipBytes = 1024LL * 1024 * 1024;

} // namespace

QByteArray WhiteboardPage::readForBoard(const QString &path, qint64 maxBytes) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString()),
                    Error::NotFound);
    if (f.size() > maxBytes)
        throw Error(tr("%1 is too large for a board (%2 MB at most).")
                        .arg(QFileInfo(path).fileName())
                        .arg(maxBytes / (1024 * 1024)),
                    Error::Invalid);
    return f.readAll();
}

QString WhiteboardPage::insertItem(const QString &undoText, BoardItem item)
{
    const BoardPage &page = m_editor->document().page(m_view->page());
    int layer = int(page.layers.size()) - 1;
    while (layer > 0 && !page.layers.at(layer).visible)
        --layer;
    item.id = Uuid::v7();
    m_editor->apply(undoText,
                    {BoardOp::insert(m_view->page(),
                                     page.layers.at(layer).id,
                                     int(page.layers.at(layer).items.size()),
                                     {item})});
    // The journal keeps changes, not files: the working copy is saved with the new file in it,
    // so a crash from here on cannot lose the image or clip.
    m_editor->save();
    // Chosen at once, to be moved or sized where it belongs.
    action(QStringLiteral("select"))->setChecked(true);
    m_view->setTool(BoardView::Tool::Select);
    m_view->selectItems({item.id});
    return item.id;
}

QRectF WhiteboardPage::placeFor(QSizeF size) const
{
    // In the middle of what the board shows, at most half the page.
    const BoardPage &page = m_editor->document().page(m_view->page());
    const QSizeF fitted
        = size.width() > page.size.width() / 2 || size.height() > page.size.height() / 2
              ? size.scaled(page.size / 2, Qt::KeepAspectRatio)
              : size;
    const QPointF centre = m_view->pageToView().inverted().map(QRectF(m_view->rect()).center());
    return QRectF(centre - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
}

QString WhiteboardPage::insertImage(const QString &path)
{
    const QByteArray data = readForBoard(path, MaxImageBytes);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || reader.format().isEmpty())
        throw Error(tr("%1 is not an image that can be read.").arg(QFileInfo(path).fileName()),
                    Error::Invalid);
    if (qint64(size.width()) * size.height() > MaxImagePixels)
        throw Error(tr("%1 is too large an image (%2 × %3 pixels).")
                        .arg(QFileInfo(path).fileName())
                        .arg(size.width())
                        .arg(size.height()),
                    Error::Invalid);
    Picture p;
    p.asset = m_editor->document().addAsset(
        data, QStringLiteral("image/") + QString::fromLatin1(reader.format()));
    p.rect = placeFor(QSizeF(size));
    BoardItem item;
    item.data = p;
    return insertItem(tr("Insert image"), item);
}

QString WhiteboardPage::insertClip(const QString &path)
{
    const QByteArray data = readForBoard(path, MaxClipBytes);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    const bool video = mime.startsWith(QLatin1String("video/"));
    if (!video && !mime.startsWith(QLatin1String("audio/")))
        throw Error(tr("%1 is not an audio or video clip.").arg(QFileInfo(path).fileName()),
                    Error::Invalid);
    MediaClip m;
    m.video = video;
    m.asset = m_editor->document().addAsset(data, mime);
    m.rect = placeFor(video ? QSizeF(480, 270) : QSizeF(360, 60));
    BoardItem item;
    item.data = m;
    return insertItem(video ? tr("Insert video") : tr("Insert audio"), item);
}

QString WhiteboardPage::insertLink(const QString &target, const QString &label)
{
    const QString to = target.trimmed();
    if (to.isEmpty())
        throw Error(tr("A link needs an address, a file or a board."), Error::Invalid);
    Link l;
    l.target = to;
    l.label = label.trimmed();
    const QString shown = l.label.isEmpty() ? l.target : l.label;
    l.rect = placeFor(QSizeF(qBound<qreal>(120, shown.size() * 20.0 + 20, 600), 40));
    BoardItem item;
    item.data = l;
    return insertItem(tr("Insert link"), item);
}

void WhiteboardPage::askForLink()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Insert a link"));
    dialog.setMinimumWidth(520);
    auto *address = new QLineEdit(&dialog);
    address->setPlaceholderText(tr("https://… or a file"));
    auto *label = new QLineEdit(&dialog);
    auto *boards = new QComboBox(&dialog);
    boards->addItem(tr("(none)"));
    for (const BoardEntry &b : m_library->boards()) {
        if (b.id != m_editor->document().id)
            boards->addItem(b.title, QStringLiteral("board:") + b.id);
    }
    connect(boards, &QComboBox::activated, &dialog, [=](int index) {
        if (index <= 0)
            return;
        address->setText(boards->itemData(index).toString());
        label->setText(boards->itemText(index));
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Address:"), address);
    form->addRow(tr("Or a board:"), boards);
    form->addRow(tr("Text shown:"), label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        insertLink(address->text(), label->text());
}

void WhiteboardPage::openLink(const QString &target)
{
    try {
        if (target.startsWith(QLatin1String("board:"))) {
            openBoard(target.mid(6));
            return;
        }
        const QUrl url = QUrl::fromUserInput(target, QString(), QUrl::AssumeLocalFile);
        const QString scheme = url.scheme().toLower();
        const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
        // A board may come from anywhere (an imported file): web pages open at a touch; a file
        // opens once the teacher agrees; anything else (a network share, a program's own
        // address) does not open from a board.
        if (!url.isValid() || (!web && !url.isLocalFile()))
            throw Error(
                tr("%1 is not a web page or a file; the board does not open it.").arg(target));
        if (url.isLocalFile()
            && QMessageBox::question(
                   this,
                   tr("Open a link"),
                   tr("Open the file %1?").arg(QDir::toNativeSeparators(url.toLocalFile())))
                   != QMessageBox::Yes)
            return;
        if (!QDesktopServices::openUrl(url))
            throw Error(tr("%1 cannot be opened on this computer.").arg(target));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Open a link"), e.message());
    }
}

} // namespace SchoolSuite
