#include "boardeditor.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/format/boardfile.h"

#include <QCoreApplication>
#include <QSet>

namespace SchoolSuite {

// One undo step: the ops and, once applied, their inverses (applied in reverse to undo).
class BoardEditor::Command : public QUndoCommand
{
public:
    Command(BoardEditor &editor, const QString &text, QList<BoardOp> ops)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_ops(std::move(ops))
    {}

    // The first run happens in apply() (it may throw); QUndoStack::push's redo is skipped.
    void firstRun() { m_inverse = run(m_ops); }
    void redo() override
    {
        if (m_pushed)
            m_inverse = run(m_ops);
        m_pushed = true;
    }
    void undo() override
    {
        QList<BoardOp> inverse(m_inverse.crbegin(), m_inverse.crend());
        m_ops = run(inverse);
        std::reverse(m_ops.begin(), m_ops.end());
    }

private:
    // Applies ops in order; if one does not fit, the ones applied are taken back and the
    // error goes on (nothing changed).
    QList<BoardOp> run(const QList<BoardOp> &ops)
    {
        QList<BoardOp> inverse;
        try {
            for (const BoardOp &op : ops) {
                inverse << op.apply(m_editor.m_document);
                m_editor.journal(op);
            }
        } catch (const Error &) {
            for (auto it = inverse.crbegin(); it != inverse.crend(); ++it) {
                it->apply(m_editor.m_document);
                m_editor.journal(*it);
            }
            throw;
        }
        m_editor.applied(ops, inverse);
        return inverse;
    }

    BoardEditor &m_editor;
    QList<BoardOp> m_ops;
    QList<BoardOp> m_inverse;
    bool m_pushed = false;
};

BoardEditor::BoardEditor(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
    });
}

BoardEditor::~BoardEditor() = default;

void BoardEditor::open(BoardDocument document, const QString &path, const QString &journalPath)
{
    m_undo.clear();
    m_document = std::move(document);
    m_path = path;
    m_journal = std::make_unique<BoardJournal>(journalPath);
    m_journal->start(m_document.id, m_document.revision);
    emit pagesChanged();
}

void BoardEditor::journal(const BoardOp &op)
{
    if (m_journal)
        m_journal->append(op);
}

namespace {

// Where on its page an item op changed something: the items it put, took or changed, before and
// after. Null for ops that change more (a background, pages).
QRectF itemArea(const BoardOp &op)
{
    QRectF area;
    auto add = [&area](const BoardItem &item) {
        const QRectF b = item.bounds();
        area = area.isNull() ? b : area | b;
    };
    for (const BoardOp::Place &place : op.places)
        add(place.item);
    for (const BoardItem &item : op.items)
        add(item);
    return area;
}

} // namespace

void BoardEditor::applied(const QList<BoardOp> &ops, const QList<BoardOp> &inverse)
{
    bool pages = false;
    QList<int> changed;
    QHash<int, QRectF> areas; // pages whose every change has a known area
    QSet<int> whole;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const BoardOp &op = ops.at(i);
        if (op.kind == BoardOp::Kind::InsertPage || op.kind == BoardOp::Kind::RemovePage
            || op.kind == BoardOp::Kind::MovePage) {
            pages = true;
            continue;
        }
        if (!changed.contains(op.page))
            changed << op.page;
        const QRectF area = op.kind == BoardOp::Kind::SetBackground
                                ? QRectF()
                                : itemArea(op) | itemArea(inverse.value(i));
        if (area.isNull())
            whole.insert(op.page);
        else
            areas[op.page] = areas.value(op.page).isNull() ? area : areas.value(op.page) | area;
    }
    if (pages)
        emit pagesChanged();
    for (int page : std::as_const(changed)) {
        if (!pages && !whole.contains(page))
            emit pageAreaChanged(page, areas.value(page));
        emit pageChanged(page);
    }
}

void BoardEditor::apply(const QString &text, const QList<BoardOp> &ops)
{
    if (ops.isEmpty())
        return;
    auto command = std::make_unique<Command>(*this, text, ops);
    command->firstRun(); // an Error leaves the document and the stack as they were
    m_undo.push(command.release());
}

void BoardEditor::saveAs(const QString &path)
{
    m_path = path;
    save();
}

void BoardEditor::save()
{
    const QString previous = m_document.revision;
    m_document.revision = Uuid::v7();
    try {
        BoardFile::write(m_document, m_path);
    } catch (const Error &) {
        m_document.revision = previous;
        throw;
    }
    m_journal->start(m_document.id, m_document.revision);
    m_undo.setClean();
}

QList<BoardOp> BoardEditor::pendingChanges(const BoardDocument &document,
                                           const QString &journalPath,
                                           bool *damaged)
{
    const BoardJournal::Contents c = BoardJournal::read(journalPath);
    if (damaged)
        *damaged = c.damaged;
    if (c.documentId != document.id || c.revision != document.revision)
        return {};
    return c.ops;
}

int BoardEditor::recover(const QList<BoardOp> &ops)
{
    // One undo step that brings back what the journal held, journaled anew as it is applied.
    apply(QCoreApplication::translate("SchoolSuite::BoardEditor", "Recovered changes"), ops);
    return int(ops.size());
}

void BoardEditor::close()
{
    if (m_journal)
        m_journal->discard();
    m_journal.reset();
    m_undo.clear();
}

} // namespace SchoolSuite
