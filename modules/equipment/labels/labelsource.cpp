#include "labelsource.h"

#include "core/auth/session.h"
#include "core/store/database.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LabelSource", text);
}

const char *const kSelect
    = "SELECT i.id, i.asset_tag, i.name, coalesce(r.name, ''), coalesce(c.name, '') "
      "FROM equipment_items i "
      "LEFT JOIN rooms r ON r.id = i.room_id "
      "LEFT JOIN equipment_categories c ON c.id = i.category_id "
      "WHERE i.deleted = 0";

LabelItem itemOf(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString()};
}

QString escapedLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}
} // namespace

LabelSource::LabelSource(const Session &session)
    : m_session(session)
{
    m_session.require(Permission::EquipmentEdit, tr("print asset labels"));
}

QString LabelSource::schoolName() const
{
    return m_session.database()
        .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_name'"))
        .toString();
}

QList<LabelItem> LabelSource::items(const LabelFilter &filter) const
{
    QString sql = QString::fromLatin1(kSelect);
    QVariantList args;
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        sql += QStringLiteral(" AND (i.asset_tag LIKE ? ESCAPE '\\' OR i.name LIKE ? ESCAPE '\\' "
                              "OR i.serial LIKE ? ESCAPE '\\')");
        const QString like = escapedLike(word);
        args << like << like << like;
    }
    if (!filter.roomId.isEmpty()) {
        sql += QStringLiteral(" AND i.room_id = ?");
        args << filter.roomId;
    }
    if (!filter.categoryId.isEmpty()) {
        sql += QStringLiteral(" AND i.category_id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION "
                              "SELECT c.id FROM equipment_categories c JOIN tree ON c.parent_id "
                              "= tree.id) SELECT id FROM tree)");
        args << filter.categoryId;
    }
    sql += QStringLiteral(" ORDER BY i.asset_tag LIMIT ?");
    args << qMax(1, filter.limit);
    QList<LabelItem> list;
    QSqlQuery q = m_session.database().exec(sql, args);
    while (q.next())
        list.append(itemOf(q));
    return list;
}

std::optional<LabelItem> LabelSource::byTag(const QString &tag) const
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    for (const QString &candidate : {trimmed, trimmed.toUpper()}) {
        QSqlQuery q = m_session.database().exec(
            QString::fromLatin1(kSelect) + QStringLiteral(" AND i.asset_tag = ?"), {candidate});
        if (q.next())
            return itemOf(q);
    }
    return std::nullopt;
}

QList<LabelData> LabelSource::labels(const QList<LabelItem> &items) const
{
    const QString school = schoolName();
    QList<LabelData> list;
    list.reserve(items.size());
    for (const LabelItem &item : items)
        list.append({item.tag, item.name, school});
    return list;
}

QList<QPair<QString, QString>> LabelSource::rooms() const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT id, name FROM rooms WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QList<QPair<QString, QString>> LabelSource::categories() const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q = m_session.database().exec(QStringLiteral(
        "SELECT id, name FROM equipment_categories WHERE deleted = 0 ORDER BY sort, name"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

} // namespace SchoolSuite
