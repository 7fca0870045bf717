#pragma once

#include "boardjournal.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace SchoolSuite {

// A board document being edited: its undo stack (unlimited), its journal (every change on disk
// as it is made) and its file. Tools hand it their changes as BoardOps; views listen to
// pageChanged/pagesChanged. Domain code: the board widget, tests and scripts share it.
class BoardEditor : public QObject
{
    Q_OBJECT

public:
    explicit BoardEditor(QObject *parent = nullptr);
    ~BoardEditor() override;

    // A document and where it is saved; journalPath is where its journal is kept while it is
    // edited (a journal left there by a crash must be recovered or discarded first).
    void open(BoardDocument document, const QString &path, const QString &journalPath);
    BoardDocument &document() { return m_document; }
    const BoardDocument &document() const { return m_document; }
    QString path() const { return m_path; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }

    // Applies the ops as one step of undo, named text ("Pen", "Erase"...), and journals them.
    // Throws Error when an op does not fit; then nothing changed.
    void apply(const QString &text, const QList<BoardOp> &ops);

    // Writes the file (a new revision) and starts an empty journal. Throws Error.
    void save();
    void saveAs(const QString &path);

    // What a crash left: the changes in the journal at journalPath that apply to document (same
    // id and saved revision), to be read before open() starts a new journal there. A journal
    // of another document or revision gives nothing. damaged: a record was cut short (the
    // stroke being drawn when the power went); the changes before it are given.
    static QList<BoardOp> pendingChanges(const BoardDocument &document,
                                         const QString &journalPath,
                                         bool *damaged = nullptr);
    // Applies them as one undoable step; the document counts as modified. Throws Error.
    int recover(const QList<BoardOp> &ops);

    // The stroke journal and undo stack end; the journal's file goes (no changes are pending).
    void close();

signals:
    void pageChanged(int page); // items or background of a page
    // Before pageChanged when only items changed: the part of the page (page units) that looks
    // different now, for views that redraw just that.
    void pageAreaChanged(int page, const QRectF &area);
    void pagesChanged(); // pages added, removed or moved
    void modifiedChanged(bool modified);

private:
    class Command;
    void applied(const QList<BoardOp> &ops, const QList<BoardOp> &inverse);
    void journal(const BoardOp &op);

    BoardDocument m_document;
    QString m_path;
    QUndoStack m_undo;
    std::unique_ptr<BoardJournal> m_journal;
};

} // namespace SchoolSuite
