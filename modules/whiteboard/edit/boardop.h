#pragma once

#include "whiteboard/document/boarddocument.h"

#include <QCborValue>

namespace SchoolSuite {

// One change to a board document: what the undo stack undoes and the journal replays. Every
// tool's work is a list of these (erasing part of three strokes removes three and inserts six).
// Applying an op returns its inverse, so undo is applying the inverse and the journal is simply
// the ops in the order they were applied.
struct BoardOp
{
    enum class Kind : quint8 {
        Insert,        // places: items put into layers at indexes
        Remove,        // ids: items taken out
        Replace,       // items: items with these ids get this content (move, scale, edit)
        SetBackground, // background
        InsertPage,    // index, page
        RemovePage,    // index
        MovePage,      // index -> to
    };
    struct Place
    {
        QString layerId;
        int index = 0;
        BoardItem item;
    };

    Kind kind = Kind::Insert;
    int page = 0; // the page of item and background ops
    QList<Place> places;
    QStringList ids;
    QList<BoardItem> items;
    BoardBackground background;
    int index = 0;
    int to = 0;
    BoardPage pageData;

    static BoardOp insert(int page, const QString &layerId, int index, QList<BoardItem> items);
    static BoardOp remove(int page, QStringList ids);
    static BoardOp replace(int page, QList<BoardItem> items);
    static BoardOp setBackground(int page, const BoardBackground &background);
    static BoardOp insertPage(int index, BoardPage page);
    static BoardOp removePage(int index);
    static BoardOp movePage(int from, int to);

    // Applies the op and returns its inverse. Throws Error (nothing changed) when the op does
    // not fit the document: a page or item that is not there.
    BoardOp apply(BoardDocument &document) const;

    // For the journal: exact (raw ink included), through the page format.
    QCborValue toCbor() const;
    static BoardOp fromCbor(const QCborValue &value, bool *ok);
};

} // namespace SchoolSuite
