#include "boardpagesmodel.h"

#include "boardeditor.h"
#include "core/error.h"
#include "whiteboard/render/boardexport.h"

#include <QCoreApplication>

namespace SchoolSuite {

BoardPagesModel::BoardPagesModel(BoardEditor &editor, QObject *parent)
    : QAbstractListModel(parent)
    , m_editor(editor)
{
    connect(&editor, &BoardEditor::pagesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&editor, &BoardEditor::pageChanged, this, [this](int page) {
        if (page < 0 || page >= rowCount())
            return;
        m_thumbnails.remove(m_editor.document().page(page).id);
        const QModelIndex i = index(page);
        emit dataChanged(i, i, {Qt::DecorationRole});
    });
}

int BoardPagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_editor.document().pageCount();
}

QImage BoardPagesModel::thumbnail(int page) const
{
    const BoardPage &p = m_editor.document().page(page);
    const auto it = m_thumbnails.constFind(p.id);
    if (it != m_thumbnails.cend())
        return *it;
    const QImage image
        = BoardExport::pageImage(m_editor.document(), page, ThumbnailWidth / p.extent().width());
    m_thumbnails.insert(p.id, image);
    return image;
}

QVariant BoardPagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(index.row() + 1);
    case Qt::DecorationRole:
        return thumbnail(index.row());
    case Qt::ToolTipRole:
        return QCoreApplication::translate("SchoolSuite::BoardPagesModel", "Page %1")
            .arg(index.row() + 1);
    default:
        return {};
    }
}

Qt::ItemFlags BoardPagesModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions BoardPagesModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool BoardPagesModel::moveRows(const QModelIndex &sourceParent,
                               int sourceRow,
                               int count,
                               const QModelIndex &destinationParent,
                               int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    // destinationChild is the row the page goes before, as the views count it.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    try {
        m_editor.apply(QCoreApplication::translate("SchoolSuite::BoardPagesModel", "Move page"),
                       {BoardOp::movePage(sourceRow, to)});
    } catch (const Error &) {
        return false;
    }
    return true;
}

} // namespace SchoolSuite
