// The merge rules of a push (docs/sync-protocol.md §5) and the writing of their outcome.
#include "catalogue.h"
#include "core/store/hlc.h"
#include "core/store/uuid.h"
#include "pushmerge.h"
#include "server/platform/serverdb.h"

#include <QDateTime>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

const QString kDeleted = QStringLiteral("deleted");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

void PushMerge::merge(const Change &c, RowState &row)
{
    const FieldClock mine{c.hlc, FieldClock::Pending, m_device, m_user};
    const auto markDirty = [&] {
        if (!row.dirty) {
            row.dirty = true;
            m_order << row.table + QChar(0x1f) + row.id;
        }
    };
    const bool fresh = !row.stored && !row.dirty;
    if (!fresh && m_catalogue.table(c.table)->decl.kind == TableKind::Fact) {
        ++m_skipped; // inserted before: a fact never changes
        return;
    }
    if (fresh) {
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
            row.fields.insert(it.key(), it.value());
            row.clocks.insert(it.key().toString(), mine);
        }
        if (!row.fields.contains(kDeleted)) {
            row.fields.insert(kDeleted, 0);
            row.clocks.insert(kDeleted, mine);
        }
        row.deleted = row.fields.value(kDeleted).toInteger() == 1;
        markDirty();
        ++m_applied;
        return;
    }

    // The stored value came from another device after the change's base: the change did not
    // see it, so whichever loses is kept as a conflict.
    const auto concurrent = [&](const FieldClock &stored) {
        return stored.seq != FieldClock::Pending && stored.seq > c.base
               && stored.device != m_device;
    };
    bool changed = false;
    bool lost = false;
    bool deletedConflict = false;
    const bool wasDeleted = row.deleted;

    // An edit of a row another device deleted meanwhile lands on the tombstone; restoring the
    // row (the conflict's lost value) brings the edit back.
    if (wasDeleted && !c.fields.contains(kDeleted)) {
        const FieldClock stored = row.clocks.value(kDeleted);
        if (concurrent(stored)) {
            addConflict(row, kDeleted, 1, stored, 0, mine);
            deletedConflict = true;
        }
    }
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        const QString column = it.key().toString();
        const QCborValue &value = it.value();
        auto clock = row.clocks.find(column);
        if (clock == row.clocks.end()) {
            row.fields.insert(column, value);
            row.clocks.insert(column, mine);
            changed = true;
            continue;
        }
        const FieldClock stored = *clock;
        const QCborValue old = row.fields.value(column);
        const bool wins = c.hlc > stored.hlc || (c.hlc == stored.hlc && m_device > stored.device);
        const bool same = old == value;
        if (wins) {
            if (!same && concurrent(stored)) {
                addConflict(row, column, value, mine, old, stored);
                deletedConflict = deletedConflict || column == kDeleted;
            }
            if (!same || stored.hlc != c.hlc || stored.device != m_device) {
                row.fields.insert(column, value);
                *clock = mine;
                changed = true;
            }
        } else if (!same) {
            if (concurrent(stored)) {
                addConflict(row, column, old, stored, value, mine);
                deletedConflict = deletedConflict || column == kDeleted;
            }
            lost = true;
        }
    }
    row.deleted = row.fields.value(kDeleted).toInteger() == 1;

    // A delete of a row another device edited meanwhile: the newest of those edits is the
    // conflict's lost side, so someone can bring the row back.
    if (!wasDeleted && row.deleted && !deletedConflict) {
        const FieldClock *latest = nullptr;
        for (auto it = row.clocks.cbegin(); it != row.clocks.cend(); ++it) {
            if (it.key() != kDeleted && concurrent(*it) && (!latest || it->hlc > latest->hlc))
                latest = &*it;
        }
        if (latest)
            addConflict(row, kDeleted, 1, mine, 0, *latest);
    }
    if (changed || lost)
        markDirty(); // a lost change too: its device pulls the row back
    if (changed)
        ++m_applied;
    else
        ++m_skipped;
}

void PushMerge::addConflict(const RowState &row,
                            const QString &field,
                            const QCborValue &keptValue,
                            const FieldClock &kept,
                            const QCborValue &lostValue,
                            const FieldClock &lost)
{
    RowState r;
    r.table = QStringLiteral("sync_conflicts");
    r.id = Uuid::v7();
    r.schoolId = row.schoolId;
    // A conflict of a personal row is as private as the row.
    r.scope = row.scope == QStringLiteral("personal") ? row.scope : QStringLiteral("school");
    r.ownerId = row.ownerId;
    r.createdAt = m_now;
    r.dirty = true;
    const auto text = [](const QString &s) {
        return s.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(s);
    };
    r.fields.insert(QStringLiteral("tbl"), row.table);
    r.fields.insert(QStringLiteral("row_id"), row.id);
    r.fields.insert(QStringLiteral("field"), field);
    r.fields.insert(QStringLiteral("kept_value"), jsonText(keptValue));
    r.fields.insert(QStringLiteral("kept_hlc"), kept.hlc);
    r.fields.insert(QStringLiteral("kept_device"), text(kept.device));
    r.fields.insert(QStringLiteral("kept_user"), text(kept.user));
    r.fields.insert(QStringLiteral("lost_value"), jsonText(lostValue));
    r.fields.insert(QStringLiteral("lost_hlc"), lost.hlc);
    r.fields.insert(QStringLiteral("lost_device"), text(lost.device));
    r.fields.insert(QStringLiteral("lost_user"), text(lost.user));
    r.fields.insert(QStringLiteral("detected_at"), m_now);
    r.fields.insert(QStringLiteral("resolved_at"), QCborValue(QCborValue::Null));
    r.fields.insert(QStringLiteral("resolved_by"), QCborValue(QCborValue::Null));
    r.fields.insert(QStringLiteral("resolution"), QCborValue(QCborValue::Null));
    r.fields.insert(kDeleted, 0);
    // The clocks get the server's HLC in write(), once every change of the batch is seen.
    const FieldClock server{
        0, FieldClock::Pending, QStringLiteral("server"), QStringLiteral("server")};
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        r.clocks.insert(it.key().toString(), server);
    m_conflicts << r;
}

std::optional<PushMerge::BulkDelete> PushMerge::bulkDelete(double share, int minRows)
{
    QMap<QString, int> deletes; // sorted: the same batch names the same table every time
    for (const QString &key : std::as_const(m_order)) {
        const RowState &row = m_rows[key];
        if (row.liveBefore && row.deleted)
            ++deletes[row.table];
    }
    for (auto it = deletes.cbegin(); it != deletes.cend(); ++it) {
        if (it.value() < minRows)
            continue;
        const qint64 rows = m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_rows WHERE "
                                                       "tbl = ? AND school_id = ? AND deleted = 0"),
                                        {it.key(), m_principal.schoolId})
                                .toLongLong();
        if (double(it.value()) > share * double(rows))
            return BulkDelete{it.key(), it.value(), rows};
    }
    return std::nullopt;
}

void PushMerge::write()
{
    const qint64 nowHlc = HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch(), 0);
    const qint64 known = m_db.meta(QStringLiteral("hlc")).toLongLong();
    // Greater than every clock seen, so conflict rows and what clients write after pulling
    // them order after the changes they record.
    m_serverHlc = qMax(qMax(known, m_maxHlc) + 1, nowHlc);
    const qsizetype count = m_order.size() + m_conflicts.size();
    if (count > 0) {
        qint64 next = m_db.reserveSequence(int(count));
        QList<const RowState *> rows;
        rows.reserve(count);
        for (const QString &key : std::as_const(m_order)) {
            RowState &row = m_rows[key];
            row.seq = next++;
            for (FieldClock &clock : row.clocks) {
                if (clock.seq == FieldClock::Pending)
                    clock.seq = row.seq;
            }
            rows << &row;
        }
        for (RowState &row : m_conflicts) {
            row.seq = next++;
            for (FieldClock &clock : row.clocks)
                clock = FieldClock{m_serverHlc, row.seq, clock.device, clock.user};
            rows << &row;
        }
        store(rows);
    }
    m_db.setMeta(QStringLiteral("hlc"), QString::number(m_serverHlc));
}

void PushMerge::store(const QList<const RowState *> &rows)
{
    // Many rows per statement: on PostgreSQL each statement is a round trip.
    constexpr qsizetype chunk = 100;
    const QString head = QStringLiteral(
        "INSERT INTO sync_rows (tbl, id, school_id, scope, owner_id, seq, deleted, fields, clocks, "
        "hlcs, created_at, updated_at) VALUES ");
    const QString tail = QStringLiteral(
        " ON CONFLICT (tbl, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, "
        "fields = excluded.fields, clocks = excluded.clocks, hlcs = excluded.hlcs, "
        "updated_at = excluded.updated_at");
    const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const qsizetype n = qMin(chunk, rows.size() - from);
        QSqlQuery &q = m_db.prepared(head + QStringList(n, tuple).join(QLatin1Char(',')) + tail);
        QVariantList args;
        args.reserve(n * 12);
        for (qsizetype i = from; i < from + n; ++i) {
            const RowState &row = *rows.at(i);
            args << row.table << row.id << nullable(row.schoolId) << row.scope
                 << nullable(row.ownerId) << row.seq << (row.deleted ? 1 : 0) << row.encodeFields()
                 << row.encodeClocks() << row.encodeHlcs() << row.createdAt << m_now;
        }
        ServerDb::run(q, args);
    }
}

} // namespace SchoolSuite::Server
