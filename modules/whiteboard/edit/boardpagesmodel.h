#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

namespace SchoolSuite {

class BoardEditor;

// The pages of the board being edited, for the page sorter: a thumbnail and the page number per
// row; moving rows moves pages (one undoable step each). Thumbnails are drawn when first asked
// for and again after their page changes.
class BoardPagesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit BoardPagesModel(BoardEditor &editor, QObject *parent = nullptr);

    static constexpr int ThumbnailWidth = 192;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent,
                  int sourceRow,
                  int count,
                  const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    QImage thumbnail(int page) const;

    BoardEditor &m_editor;
    mutable QHash<QString, QImage> m_thumbnails; // by page id
};

} // namespace SchoolSuite
