#include "equipmentimport.h"

#include "sync/numberleases.h"

#include "core/error.h"
#include "core/people/validators.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipmentfields.h"
#include "equipmentservice.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::EquipmentImport", text);
}

using Record = QHash<QString, QString>;

// Thrown out of the write phase of a dry run, so the transaction rolls back.
struct DryRunDone
{
};

struct FieldError
{
    QString field;
    QString message;
};

QDate parseDate(const QString &text)
{
    QDate d = Validators::parseDate(text);
    // A date cell a spreadsheet wrote as its serial number (days since 1899-12-30).
    bool ok = false;
    const int serial = text.toInt(&ok);
    if (!d.isValid() && ok && serial > 7000 && serial < 80000)
        d = QDate(1899, 12, 30).addDays(serial);
    return d;
}

// Applies the values of one record to an item; throws FieldError.
void applyRecord(
    const Record &r, const EquipmentLookup &lookup, Asset &a, bool *statusGiven, QString *modelText)
{
    const auto fail = [](const char *key, const QString &message) {
        return FieldError{EquipmentFields::title(QLatin1String(key)), message};
    };
    for (auto it = r.cbegin(); it != r.cend(); ++it) {
        const QString &key = it.key();
        const QString value = it.value().trimmed();
        if (key == QLatin1String("asset_tag")) {
            if (!value.isEmpty())
                a.tag = value;
        } else if (key == QLatin1String("name")) {
            if (value.isEmpty())
                throw fail("name",
                           QCoreApplication::translate("SchoolSuite", "the name is empty."));
            a.name = value;
        } else if (key == QLatin1String("category")) {
            bool ambiguous = false;
            const QString id = lookup.category(value, &ambiguous);
            if (value.isEmpty())
                throw fail("category",
                           QCoreApplication::translate("SchoolSuite", "the category is empty."));
            if (ambiguous)
                throw fail("category",
                           QCoreApplication::translate(
                               "SchoolSuite",
                               "several categories are called %1; write the path, such as "
                               "计算机/台式计算机.")
                               .arg(value));
            if (id.isEmpty())
                throw fail(
                    "category",
                    QCoreApplication::translate("SchoolSuite", "unknown category %1.").arg(value));
            a.categoryId = id;
        } else if (key == QLatin1String("model")) {
            *modelText = value;
        } else if (key == QLatin1String("serial")) {
            a.serial = value;
        } else if (key == QLatin1String("purchase_date") || key == QLatin1String("warranty_end")) {
            QDate d;
            if (!value.isEmpty()) {
                d = parseDate(value);
                if (!d.isValid())
                    throw FieldError{EquipmentFields::title(key),
                                     QCoreApplication::translate(
                                         "SchoolSuite", "\"%1\" is not a date (use 2024-09-01).")
                                         .arg(value)};
            }
            (key == QLatin1String("purchase_date") ? a.purchaseDate : a.warrantyEnd) = d;
        } else if (key == QLatin1String("price")) {
            if (value.isEmpty()) {
                a.priceFen = -1;
            } else {
                bool ok = false;
                a.priceFen = AssetKeys::parseYuan(value, &ok);
                if (!ok)
                    throw fail(
                        "price",
                        QCoreApplication::translate(
                            "SchoolSuite", "\"%1\" is not an amount in yuan (such as 4999.50).")
                            .arg(value));
            }
        } else if (key == QLatin1String("funding_source")) {
            a.fundingSource = value;
        } else if (key == QLatin1String("room")) {
            const QString id = lookup.room(value);
            if (!value.isEmpty() && id.isEmpty())
                throw fail(
                    "room",
                    QCoreApplication::translate("SchoolSuite", "unknown room %1.").arg(value));
            a.roomId = id;
        } else if (key == QLatin1String("custodian")) {
            const QString id = lookup.staff(value);
            if (!value.isEmpty() && id.isEmpty())
                throw fail(
                    "custodian",
                    QCoreApplication::translate("SchoolSuite", "unknown staff member (工号) %1.")
                        .arg(value));
            a.custodianId = id;
        } else if (key == QLatin1String("status")) {
            if (value.isEmpty())
                continue;
            bool ok = false;
            a.status = AssetKeys::parseStatus(value, &ok);
            if (!ok)
                throw fail("status",
                           QCoreApplication::translate(
                               "SchoolSuite",
                               "\"%1\" is not a status (在库, 在用, 借出, 维修, 丢失, 报废).")
                               .arg(value));
            *statusGiven = true;
        } else if (key == QLatin1String("use")) {
            bool ok = false;
            a.use = AssetKeys::parseUse(value, &ok);
            if (!ok)
                throw fail(
                    "use",
                    QCoreApplication::translate(
                        "SchoolSuite", "\"%1\" is not a use (teacher, student, classroom, office).")
                        .arg(value));
        } else if (key == QLatin1String("supplier")) {
            a.supplier = value;
        } else if (key == QLatin1String("note")) {
            a.note = value;
        }
    }
}

// Writes one item: registers it or updates it, the changes of room, custodian and status as
// movements. Returns 0 unchanged, 1 added, 2 updated.
int writeItem(EquipmentService &service,
              Database &db,
              EquipmentLookup &lookup,
              const Asset *old,
              Asset a,
              bool statusGiven,
              bool modelGiven,
              const QString &modelText)
{
    // A file without a model column keeps the models; an empty cell clears one.
    if (modelGiven && !modelText.isEmpty()) {
        QString modelId = lookup.model(a.categoryId, modelText);
        if (modelId.isEmpty()) {
            modelId = service.addModel(AssetModel{{}, a.categoryId, {}, modelText, {}});
            lookup.addModel(a.categoryId, modelText, modelId);
        }
        a.modelId = modelId;
    } else if (modelGiven || !old) {
        a.modelId.clear();
    } else {
        a.modelId = old->modelId;
    }
    if (!old) {
        if (!statusGiven)
            a.status = a.roomId.isEmpty() && a.custodianId.isEmpty() ? AssetStatus::InStock
                                                                     : AssetStatus::InUse;
        service.addAsset(a);
        return 1;
    }
    const bool fieldsChanged
        = a.tag != old->tag || a.name != old->name || a.categoryId != old->categoryId
          || a.modelId != old->modelId || a.serial != old->serial
          || a.purchaseDate != old->purchaseDate || a.priceFen != old->priceFen
          || a.fundingSource != old->fundingSource || a.supplier != old->supplier
          || a.warrantyEnd != old->warrantyEnd || a.use != old->use || a.note != old->note;
    bool changed = false;
    if (fieldsChanged) {
        service.updateAsset(a);
        changed = true;
    }
    if (a.roomId != old->roomId) {
        service.move(a.id, a.roomId);
        changed = true;
    }
    if (a.custodianId != old->custodianId) {
        service.assign(a.id, a.custodianId);
        changed = true;
    }
    if (statusGiven) {
        const AssetStatus now = AssetKeys::statusFromKey(
            db.scalar(QStringLiteral("SELECT status FROM equipment_items WHERE id = ?"), {a.id})
                .toString());
        if (now != a.status) {
            service.setStatus(a.id, a.status);
            changed = true;
        }
    }
    return changed ? 2 : 0;
}

} // namespace

EquipmentImport::EquipmentImport(const Session &session)
    : m_session(session)
{}

QStringList EquipmentImport::autoMapping(const QStringList &header)
{
    QStringList mapping;
    for (const QString &h : header) {
        const QString key = EquipmentFields::keyForHeader(h);
        mapping << (mapping.contains(key) ? QString() : key);
    }
    return mapping;
}

ImportReport EquipmentImport::run(const Table &table, bool dryRun)
{
    return run(table, autoMapping(table.header), dryRun);
}

ImportReport EquipmentImport::run(const Table &table, const QStringList &mapping, bool dryRun)
{
    m_session.require(Permission::EquipmentEdit, tr("import equipment"));
    Database &db = m_session.database();
    EquipmentService service(m_session);
    service.categories(); // the built-in categories, before names are looked up
    ImportReport report;
    const int headerRow = table.sourceRows.isEmpty() ? 1 : table.sourceRows.first() - 1;
    if (!mapping.contains(QStringLiteral("name")) && !mapping.contains(QStringLiteral("asset_tag")))
        report.errors << ImportIssue{qMax(1, headerRow),
                                     {},
                                     tr("the file needs a column 名称 (name) or 资产编号 "
                                        "(asset_tag).")};
    if (!report.errors.isEmpty())
        return report;

    EquipmentLookup lookup(db);
    QHash<QString, Asset> existing;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT asset_tag, id FROM equipment_items WHERE "
                                             "deleted = 0"));
        while (q.next())
            existing.insert(q.value(0).toString(), Asset{});
    }

    struct Row
    {
        int row;
        Record record;
        Asset asset;
        bool isNew;
        bool statusGiven;
        QString modelText;
    };
    QList<Row> rows;
    QHash<QString, int> seen; // tag -> row
    for (int i = 0; i < table.rowCount(); ++i) {
        const int row = i < table.sourceRows.size() ? table.sourceRows.at(i) : i + 2;
        Record r;
        for (int c = 0; c < mapping.size() && c < table.columnCount(); ++c) {
            if (!mapping.at(c).isEmpty())
                r.insert(mapping.at(c), table.rows.at(i).at(c));
        }
        const QString tag = r.value(QStringLiteral("asset_tag")).trimmed();
        if (!tag.isEmpty()) {
            if (seen.contains(tag)) {
                report.errors << ImportIssue{
                    row,
                    EquipmentFields::title(QStringLiteral("asset_tag")),
                    tr("%1 appears again (first in row %2).").arg(tag).arg(seen.value(tag))};
                continue;
            }
            seen.insert(tag, row);
        }
        Row out{row, r, {}, true, false, {}};
        if (!tag.isEmpty() && existing.contains(tag)) {
            out.asset = service.asset(tag);
            out.isNew = false;
        }
        try {
            applyRecord(r, lookup, out.asset, &out.statusGiven, &out.modelText);
        } catch (const FieldError &e) {
            report.errors << ImportIssue{row, e.field, e.message};
            continue;
        }
        if (out.isNew && out.asset.name.isEmpty())
            report.errors << ImportIssue{row,
                                         EquipmentFields::title(QStringLiteral("name")),
                                         tr("a new item needs a name.")};
        else if (out.isNew && out.asset.categoryId.isEmpty())
            report.errors << ImportIssue{row,
                                         EquipmentFields::title(QStringLiteral("category")),
                                         tr("a new item needs a category.")};
        else
            rows << out;
    }
    if (!report.errors.isEmpty())
        return report;

    // New items without a tag take numbers from this computer's leased blocks; an enrolled
    // computer holds a few hundred between syncs. Ask for enough and say so before writing.
    const qint64 untagged = std::count_if(
        rows.cbegin(), rows.cend(), [](const Row &r) { return r.isNew && r.asset.tag.isEmpty(); });
    if (untagged > 0) {
        NumberLeases leases(db);
        const QString sequence = QStringLiteral("asset_tag:") + service.tagPrefix().chopped(1);
        const qint64 held = leases.remaining(sequence);
        if (leases.isEnrolled() && held < untagged) {
            if (!dryRun)
                leases.want(sequence, untagged);
            report.errors << ImportIssue{qMax(1, headerRow),
                                         EquipmentFields::title(QStringLiteral("asset_tag")),
                                         tr("%1 new items need an asset tag and this computer "
                                            "holds %2 tags until it syncs. Sync with the "
                                            "district (the next sync asks for enough tags), then "
                                            "import again.")
                                             .arg(untagged)
                                             .arg(held)};
            return report;
        }
    }

    // The write phase runs for a dry run too and is rolled back: it finds what only writing
    // finds (a tag another item has, a date out of range) and counts exactly.
    try {
        db.transaction([&] {
            for (const Row &row : std::as_const(rows)) {
                try {
                    const Asset *old = nullptr;
                    Asset before;
                    if (!row.isNew) {
                        before = service.asset(row.asset.id);
                        old = &before;
                    }
                    const int result = writeItem(service,
                                                 db,
                                                 lookup,
                                                 old,
                                                 row.asset,
                                                 row.statusGiven,
                                                 row.record.contains(QStringLiteral("model")),
                                                 row.modelText);
                    ++(result == 1   ? report.added
                       : result == 2 ? report.updated
                                     : report.unchanged);
                } catch (const Error &e) {
                    report.errors << ImportIssue{row.row, {}, e.message()};
                }
            }
            if (!report.errors.isEmpty() || dryRun)
                throw DryRunDone{};
            m_session.audit(QStringLiteral("import"),
                            QStringLiteral("equipment_items"),
                            {},
                            tr("%1 added, %2 updated").arg(report.added).arg(report.updated));
        });
    } catch (const DryRunDone &) {
        if (!report.errors.isEmpty())
            report.added = report.updated = report.unchanged = 0;
        return report;
    } catch (const Error &e) {
        report.added = report.updated = report.unchanged = 0;
        report.errors << ImportIssue{0, {}, e.message()};
        return report;
    }
    report.written = true;
    return report;
}

Table EquipmentImport::exportTable() const
{
    m_session.require(Permission::EquipmentView, tr("export equipment"));
    Database &db = m_session.database();
    EquipmentLookup lookup(db);
    Table t;
    for (const EquipmentField &f : EquipmentFields::fields())
        t.header << f.chinese;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT asset_tag, name, category_id, model_id, serial, purchase_date, price_fen, "
        "funding_source, room_id, custodian_id, status, use, supplier, warranty_end, note FROM "
        "equipment_items WHERE deleted = 0 ORDER BY asset_tag"));
    while (q.next()) {
        bool ok = false;
        const AssetStatus status = AssetKeys::statusFromKey(q.value(10).toString(), &ok);
        const AssetUse use = AssetKeys::useFromKey(q.value(11).toString());
        t.rows << QStringList{q.value(0).toString(),
                              q.value(1).toString(),
                              lookup.categoryPath(q.value(2).toString()),
                              lookup.modelName(q.value(3).toString()),
                              q.value(4).toString(),
                              q.value(5).toString(),
                              q.value(6).isNull() ? QString()
                                                  : AssetKeys::yuan(q.value(6).toLongLong()),
                              q.value(7).toString(),
                              lookup.roomName(q.value(8).toString()),
                              lookup.staffNo(q.value(9).toString()),
                              AssetKeys::status(status),
                              AssetKeys::use(use),
                              q.value(12).toString(),
                              q.value(13).toString(),
                              q.value(14).toString()};
        t.sourceRows << int(t.rows.size()) + 1;
    }
    m_session.audit(QStringLiteral("export"),
                    QStringLiteral("equipment_items"),
                    {},
                    QStringLiteral("%1 rows").arg(t.rows.size()));
    return t;
}

void EquipmentImport::setFields(const QString &tag, const QHash<QString, QString> &values)
{
    m_session.require(Permission::EquipmentEdit, tr("edit equipment"));
    Database &db = m_session.database();
    EquipmentService service(m_session);
    const Asset old = service.asset(tag);
    Record r;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString key = EquipmentFields::keyForHeader(it.key());
        if (key.isEmpty())
            throw Error(tr("%1 is not a field of an item (use the import headers, such as room "
                           "or 位置).")
                            .arg(it.key()),
                        Error::Invalid);
        r.insert(key, it.value());
    }
    EquipmentLookup lookup(db);
    Asset a = old;
    bool statusGiven = false;
    QString modelText;
    try {
        applyRecord(r, lookup, a, &statusGiven, &modelText);
    } catch (const FieldError &e) {
        throw Error(QStringLiteral("%1: %2").arg(e.field, e.message), Error::Invalid);
    }
    db.transaction([&] {
        writeItem(service,
                  db,
                  lookup,
                  &old,
                  a,
                  statusGiven,
                  r.contains(QStringLiteral("model")),
                  modelText);
    });
}

} // namespace SchoolSuite
