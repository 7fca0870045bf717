#include "pushmerge.h"

#include "catalogue.h"
#include "core/error.h"
#include "server/platform/apierror.h"
#include "server/platform/serverdb.h"
#include "sync/wire.h"

#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

const QString kDeleted = QStringLiteral("deleted");
const QString kOwner = QStringLiteral("owner_id");
// Stored rows read per statement: 8, 32, 128 or 512 ids.
constexpr qsizetype kLoadChunk = 512;

QString rowKey(const QString &table, const QString &id)
{
    return table + QChar(0x1f) + id;
}

// Refusals name the change by its outbox sequence so the client can show which one.
ApiError refusal(int status, const QString &code, qint64 seq, const QString &message)
{
    QCborMap extra;
    extra.insert(QStringLiteral("seq"), seq);
    return ApiError(status, code, QStringLiteral("change %1: %2").arg(seq).arg(message), extra);
}

ApiError invalid(qint64 seq, const QString &message)
{
    return refusal(422, QStringLiteral("invalid"), seq, message);
}

ApiError forbidden(qint64 seq,
                   const QString &message,
                   const QString &code = QStringLiteral("forbidden"))
{
    return refusal(403, code, seq, message);
}

} // namespace

PushMerge::PushMerge(ServerDb &db, const Catalogue &catalogue, const Principal &principal)
    : m_db(db)
    , m_catalogue(catalogue)
    , m_principal(principal)
    , m_device(principal.deviceId)
    , m_user(principal.actor())
    , m_now(ServerDb::now())
{}

void PushMerge::setServerWriter(const QString &actor)
{
    m_serverWriter = true;
    m_device = QStringLiteral("server");
    m_user = actor;
}

PushMerge::Change PushMerge::parse(const QCborValue &value) const
{
    if (!value.isMap())
        throw ApiError::badRequest(QStringLiteral("A change is not a map."));
    const QCborMap m = value.toMap();
    Change c;
    try {
        c.seq = Wire::toInt64(m.value(QStringLiteral("seq")), QStringLiteral("seq"));
        c.table = Wire::requireText(m, QStringLiteral("table"));
        c.id = Wire::requireText(m, QStringLiteral("id"));
        c.op = Wire::requireText(m, QStringLiteral("op"));
        c.hlc = Wire::toInt64(m.value(QStringLiteral("hlc")), QStringLiteral("hlc"));
        const QCborValue base = m.value(QStringLiteral("base"));
        c.base
            = base.isUndefined() || base.isNull() ? 0 : Wire::toInt64(base, QStringLiteral("base"));
    } catch (const Error &e) {
        throw ApiError::badRequest(QStringLiteral("A change is malformed: %1").arg(e.message()));
    }
    if (c.id.isEmpty() || c.table.isEmpty())
        throw ApiError::badRequest(QStringLiteral("change %1: empty table or id").arg(c.seq));
    if (c.op != QStringLiteral("insert") && c.op != QStringLiteral("update")
        && c.op != QStringLiteral("delete"))
        throw ApiError::badRequest(
            QStringLiteral("change %1: unknown op \"%2\"").arg(c.seq).arg(c.op));
    if (c.hlc <= 0)
        throw ApiError::badRequest(QStringLiteral("change %1: hlc must be positive").arg(c.seq));
    const QCborValue fields = m.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isNull() && !fields.isMap())
        throw ApiError::badRequest(QStringLiteral("change %1: fields is not a map").arg(c.seq));
    // The server stamps the sync columns itself; only the tombstone is a field that merges.
    const QStringList syncColumns = SyncSchema::syncColumns();
    const QCborMap given = fields.toMap();
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const QString column = it.key().toString();
        if (column == kDeleted || !syncColumns.contains(column))
            c.fields.insert(column, it.value());
    }
    if (c.op == QStringLiteral("delete"))
        c.fields.insert(kDeleted, 1);
    return c;
}

void PushMerge::check(const Change &c, const RowState *row) const
{
    const Catalogue::Table *t = m_catalogue.table(c.table);
    if (!t)
        throw invalid(c.seq, QStringLiteral("unknown table %1").arg(c.table));
    const TableDecl &decl = t->decl;
    if (decl.scope == TableScope::District && !m_serverWriter)
        throw forbidden(
            c.seq,
            QStringLiteral("%1 holds district data, which schools only read").arg(c.table),
            QStringLiteral("read_only"));
    if (decl.scope != TableScope::District && m_serverWriter)
        throw forbidden(c.seq,
                        QStringLiteral("%1 is not district data").arg(c.table),
                        QStringLiteral("read_only"));
    const bool user = !m_principal.isDevice() && !m_serverWriter;
    if (decl.scope == TableScope::Personal && !user)
        throw forbidden(c.seq,
                        QStringLiteral("%1 holds personal rows, pushed only with the "
                                       "user's token")
                            .arg(c.table));
    if (user && decl.writePermission && !Roles::allows(m_principal.role, *decl.writePermission))
        throw forbidden(c.seq,
                        QStringLiteral("the role %1 may not write %2")
                            .arg(Roles::key(m_principal.role), c.table));

    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        const QString column = it.key().toString();
        const QCborValue &v = it.value();
        if (column == kDeleted) {
            const qint64 d = v.isBool() ? qint64(v.toBool()) : v.isInteger() ? v.toInteger() : -1;
            if (d != 0 && d != 1)
                throw invalid(c.seq, QStringLiteral("%1.deleted must be 0 or 1").arg(c.table));
            continue;
        }
        const Catalogue::Column *col = t->column(column);
        if (!col)
            throw invalid(c.seq, QStringLiteral("unknown column %1.%2").arg(c.table, column));
        const QString problem = Catalogue::typeProblem(*col, v);
        if (!problem.isEmpty())
            throw invalid(c.seq, QStringLiteral("%1.%2: %3").arg(c.table, column, problem));
        if (col->notNull && (v.isNull() || v.isUndefined()))
            throw invalid(c.seq, QStringLiteral("%1.%2 may not be empty").arg(c.table, column));
    }
    if (decl.scope == TableScope::Personal && c.fields.contains(kOwner)
        && c.fields.value(kOwner).toString() != m_principal.userId)
        throw forbidden(
            c.seq, QStringLiteral("a personal row of %1 belongs to its own user").arg(c.table));

    if (row) {
        if (decl.scope != TableScope::District && row->schoolId != m_principal.schoolId)
            throw forbidden(
                c.seq,
                QStringLiteral("row %1 of %2 belongs to another school").arg(c.id, c.table),
                QStringLiteral("foreign_row"));
        if (decl.scope == TableScope::Personal && row->ownerId != m_principal.userId)
            throw forbidden(
                c.seq, QStringLiteral("row %1 of %2 belongs to another user").arg(c.id, c.table));
    }
    if (decl.kind == TableKind::Fact && c.op != QStringLiteral("insert"))
        throw forbidden(c.seq,
                        QStringLiteral("%1 records facts, which are never changed").arg(c.table));
    checkClass(c, row);

    if (decl.kind == TableKind::Fact && row)
        return; // a repeated fact is skipped: nothing of it is written
    if (!row && c.op != QStringLiteral("insert"))
        return; // a change to a row the server lost (purged): whatever arrives is kept
    QCborMap whole = row ? row->fields : QCborMap();
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        whole.insert(it.key(), it.value());
    if (!row) {
        for (const Catalogue::Column &col : t->columns) {
            if (col.notNull && !col.hasDefault && !whole.contains(col.name)
                && !(decl.scope == TableScope::Personal && col.name == kOwner))
                throw invalid(c.seq, QStringLiteral("%1.%2 is required").arg(c.table, col.name));
        }
    }
    if (decl.scope == TableScope::Personal)
        whole.insert(kOwner, m_principal.userId);
    const QString problem = m_catalogue.constraintProblem(*t, whole);
    if (!problem.isEmpty())
        throw invalid(c.seq, QStringLiteral("%1: %2").arg(c.table, problem));
}

void PushMerge::checkClass(const Change &c, const RowState *row) const
{
    if (m_serverWriter || m_principal.isDevice() || m_principal.role != Role::HomeroomTeacher)
        return;
    const QString column = m_catalogue.table(c.table)->decl.classColumn;
    if (column.isEmpty())
        return;
    if (!m_ownClasses)
        m_ownClasses = homeroomClasses(m_db, m_principal.schoolId, m_principal.staffId);
    const auto refuse = [&] {
        return forbidden(c.seq,
                         QStringLiteral("a homeroom teacher writes only the rows of their "
                                        "own classes (%1 %2)")
                             .arg(c.table, c.id));
    };
    if (row) {
        if (!m_ownClasses->contains(row->fields.value(column).toString()))
            throw refuse();
    } else if (!c.fields.contains(column)) {
        throw refuse();
    }
    if (c.fields.contains(column) && !m_ownClasses->contains(c.fields.value(column).toString()))
        throw refuse();
}

void PushMerge::load(const QList<Change> &changes)
{
    QHash<QString, QStringList> ids;
    QSet<QString> seen;
    for (const Change &c : changes) {
        const QString key = rowKey(c.table, c.id);
        if (!m_rows.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            ids[c.table] << c.id;
        }
    }
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QStringList &all = it.value();
        for (qsizetype from = 0; from < all.size(); from += kLoadChunk) {
            const QStringList part = all.mid(from, kLoadChunk);
            // A few statement sizes (the ids padded with the last one), so SQLite parses each
            // once. PostgreSQL gets a statement of its own each time: with one kept prepared
            // there, the upserts of the same transaction ran three times slower (Qt 6.4 QPSQL).
            qsizetype size = 8;
            while (size < part.size())
                size *= 4;
            QVariantList args;
            args.reserve(size + 1);
            args << it.key();
            for (qsizetype i = 0; i < size; ++i)
                args << part.at(qMin(i, part.size() - 1));
            const QString sql
                = QStringLiteral("SELECT id, school_id, scope, owner_id, seq, deleted, fields, "
                                 "clocks, created_at FROM sync_rows WHERE tbl = ? AND id IN (%1)")
                      .arg(QStringList(size, QStringLiteral("?")).join(QLatin1Char(',')));
            QSqlQuery once;
            QSqlQuery *q = &once;
            if (m_db.dialect() == ServerDb::Dialect::Postgres) {
                once = m_db.exec(sql, args);
            } else {
                q = &m_db.prepared(sql);
                ServerDb::run(*q, args);
            }
            while (q->next()) {
                RowState r;
                r.table = it.key();
                r.id = q->value(0).toString();
                r.schoolId = q->value(1).toString();
                r.scope = q->value(2).toString();
                r.ownerId = q->value(3).toString();
                r.seq = q->value(4).toLongLong();
                r.deleted = q->value(5).toInt() != 0;
                r.fields = QCborValue::fromCbor(q->value(6).toByteArray()).toMap();
                r.clocks = RowState::decodeClocks(q->value(7).toByteArray());
                r.createdAt = q->value(8).toString();
                r.stored = true;
                r.liveBefore = !r.deleted;
                const QString key = rowKey(r.table, r.id);
                m_rows.insert(key, std::move(r));
            }
            q->finish();
        }
    }
}

void PushMerge::prepare(const QCborArray &changes)
{
    QList<Change> parsed;
    parsed.reserve(changes.size());
    for (const QCborValue &v : changes)
        parsed << parse(v);
    load(parsed);
    for (Change &c : parsed) {
        const QString key = rowKey(c.table, c.id);
        auto it = m_rows.find(key);
        RowState *row = it == m_rows.end() ? nullptr : &*it;
        check(c, row);
        m_maxHlc = qMax(m_maxHlc, c.hlc);
        if (!row) {
            if (m_catalogue.table(c.table)->decl.scope == TableScope::Personal)
                c.fields.insert(kOwner, m_principal.userId);
            row = &newRow(c);
        }
        merge(c, *row);
    }
}

RowState &PushMerge::newRow(const Change &c)
{
    const TableDecl &decl = m_catalogue.table(c.table)->decl;
    RowState r;
    r.table = c.table;
    r.id = c.id;
    r.scope = SyncSchema::scopeKey(decl.scope);
    if (decl.scope != TableScope::District)
        r.schoolId = m_principal.schoolId;
    if (decl.scope == TableScope::Personal)
        r.ownerId = m_principal.userId;
    r.createdAt = m_now;
    return *m_rows.insert(rowKey(c.table, c.id), r);
}

} // namespace SchoolSuite::Server
