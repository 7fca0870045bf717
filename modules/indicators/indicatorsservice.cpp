#include "indicatorsservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/syncschema.h"
#include "indicatordata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::IndicatorsService", text);
}

// The ids of settings and snapshot rows are derived from the school and the key (UUID v5), so
// two devices writing the same setting or year offline write the same row, and the sync merges
// it field by field instead of refusing a duplicate.
const QUuid kNamespace(QStringLiteral("6f1c9a52-3d0e-4b7a-9c55-2b8f1e4d7a10"));

QString numeratorKey(Indicator i)
{
    return Indicators::key(i) + QStringLiteral("/numerator");
}

QString denominatorKey(Indicator i)
{
    return Indicators::key(i) + QStringLiteral("/denominator");
}

QString spendingKey(const QString &source)
{
    return QStringLiteral("spending/") + source;
}

} // namespace

IndicatorsService::IndicatorsService(const Session &session)
    : m_session(session)
    , m_today(QDate::currentDate())
{}

QDate IndicatorsService::asOf(int year) const
{
    return year >= m_today.year() ? m_today : QDate(year, 12, 31);
}

QString IndicatorsService::rowId(const QString &table, const QString &key) const
{
    const QString school = m_session.database()
                               .scalar(QStringLiteral("SELECT value FROM meta WHERE key = "
                                                      "'school_id'"))
                               .toString();
    return QUuid::createUuidV5(kNamespace,
                               school + QLatin1Char('|') + table + QLatin1Char('|') + key)
        .toString(QUuid::WithoutBraces);
}

QHash<int, IndicatorsService::Snapshot> IndicatorsService::snapshots() const
{
    QHash<int, Snapshot> map;
    const QSqlDatabase db = m_session.database().connection();
    if (SyncSchema::tableColumns(db, QStringLiteral("indicator_snapshots")).isEmpty())
        return map;
    QSqlQuery q = Database::execOn(db,
                                   QStringLiteral("SELECT year, key, value, recorded_at FROM "
                                                  "indicator_snapshots WHERE deleted = 0 ORDER "
                                                  "BY updated_at"));
    while (q.next()) {
        Snapshot &s = map[q.value(0).toInt()];
        s.values.insert(q.value(1).toString(),
                        q.value(2).isNull() ? std::nullopt
                                            : std::optional<double>(q.value(2).toDouble()));
        s.recordedAt = std::max(s.recordedAt, q.value(3).toString());
    }
    return map;
}

void IndicatorsService::fill(IndicatorYear &y, const Snapshot *snapshot) const
{
    const QSqlDatabase db = m_session.database().connection();
    y.current = y.year >= m_today.year();
    y.schoolCode = m_session.database()
                       .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'"))
                       .toString();
    y.schoolName = m_session.database()
                       .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_name'"))
                       .toString();
    y.targets = IndicatorTargets::forYear(db, y.year);
    if (snapshot)
        y.recordedAt = snapshot->recordedAt;
    for (IndicatorFigure &f : y.figures) {
        f.target = y.targets.value(f.indicator);
        f.targetFromDistrict = y.targets.isFromDistrict(f.indicator);
        f.met = Indicators::met(f.indicator, f.value, f.target);
        if (snapshot)
            f.recorded = snapshot->values.value(Indicators::key(f.indicator));
    }
}

IndicatorYear IndicatorsService::compute(int year) const
{
    m_session.require(Permission::IndicatorsView, QStringLiteral("indicators"));
    const IndicatorData data = IndicatorData::load(m_session.database().connection());
    IndicatorYear y = data.evaluate(year, asOf(year));
    const QHash<int, Snapshot> all = snapshots();
    const auto s = all.constFind(year);
    fill(y, s == all.cend() ? nullptr : &*s);
    return y;
}

IndicatorHistory IndicatorsService::history(int fromYear, int toYear) const
{
    m_session.require(Permission::IndicatorsView, QStringLiteral("indicators"));
    const IndicatorData data = IndicatorData::load(m_session.database().connection());
    const QSqlDatabase db = m_session.database().connection();
    const QHash<int, Snapshot> recorded = snapshots();
    IndicatorHistory h;
    for (int year = fromYear; year <= toYear; ++year) {
        h.years << year;
        const IndicatorTargets targets = IndicatorTargets::forYear(db, year);
        const auto s = recorded.constFind(year);
        // The running year is always what the register says; a past year what was recorded.
        const bool useRecorded = s != recorded.cend() && year < m_today.year();
        const IndicatorYear y
            = useRecorded ? IndicatorYear() : data.evaluate(year, asOf(year), false);
        for (Indicator i : Indicators::all()) {
            IndicatorPoint p;
            p.year = year;
            p.target = targets.value(i);
            p.recorded = useRecorded;
            p.value = useRecorded ? s->values.value(Indicators::key(i)) : y.figure(i).value;
            h.series[Indicators::index(i)] << p;
        }
    }
    return h;
}

QList<int> IndicatorsService::years() const
{
    const IndicatorData data = IndicatorData::load(m_session.database().connection());
    int first = IndicatorTargets::planYears().first();
    if (data.firstYear() > 0)
        first = std::min(first, data.firstYear());
    for (int year : snapshots().keys())
        first = std::min(first, year);
    QList<int> list;
    for (int year = first; year <= m_today.year(); ++year)
        list << year;
    return list;
}

IndicatorsService::CampusNetwork IndicatorsService::campusNetwork() const
{
    m_session.require(Permission::IndicatorsView, QStringLiteral("indicators"));
    CampusNetwork c;
    QSqlQuery q = m_session.database().exec(QStringLiteral(
        "SELECT key, value FROM indicator_settings WHERE deleted = 0 ORDER BY updated_at"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("campus_network_since") && !q.value(1).isNull())
            c.since = q.value(1).toInt();
        else if (q.value(0).toString() == QLatin1String("campus_network_note"))
            c.note = q.value(1).toString();
    }
    return c;
}

void IndicatorsService::putSetting(const QString &key, const QString &value)
{
    Database &db = m_session.database();
    const QString id = rowId(QStringLiteral("indicator_settings"), key);
    const QVariant v = value.isEmpty() ? QVariant() : QVariant(value);
    if (db.scalar(QStringLiteral("SELECT count(*) FROM indicator_settings WHERE id = ?"), {id})
            .toInt())
        db.exec(QStringLiteral("UPDATE indicator_settings SET value = ?, deleted = 0 WHERE id = ? "
                               "AND (value IS NOT ? OR deleted <> 0)"),
                {v, id, v});
    else
        db.exec(QStringLiteral("INSERT INTO indicator_settings (id, key, value) VALUES (?, ?, ?)"),
                {id, key, v});
}

void IndicatorsService::setCampusNetwork(const CampusNetwork &setting)
{
    m_session.require(Permission::IndicatorsView, QStringLiteral("indicator_settings"));
    if (setting.since && (*setting.since < 1990 || *setting.since > m_today.year()))
        throw Error(tr("The campus network year must lie between 1990 and %1.").arg(m_today.year()),
                    Error::Invalid);
    m_session.database().transaction([&] {
        putSetting(QStringLiteral("campus_network_since"),
                   setting.since ? QString::number(*setting.since) : QString());
        putSetting(QStringLiteral("campus_network_note"), setting.note.trimmed());
    });
    m_session.audit(QStringLiteral("indicators.campus_network"),
                    QStringLiteral("indicator_settings"),
                    {},
                    setting.since ? QString::number(*setting.since) : QString());
}

void IndicatorsService::recordYear(int year)
{
    m_session.require(Permission::IndicatorsView, QStringLiteral("indicator_snapshots"));
    if (year > m_today.year())
        throw Error(
            tr("%1 has not begun; only past years and this year can be recorded.").arg(year),
            Error::Invalid);
    const IndicatorYear y = compute(year);
    QList<QPair<QString, std::optional<double>>> values;
    for (const IndicatorFigure &f : y.figures) {
        values << qMakePair(Indicators::key(f.indicator), f.value);
        values << qMakePair(numeratorKey(f.indicator), std::optional<double>(f.numerator));
        values << qMakePair(denominatorKey(f.indicator), std::optional<double>(f.denominator));
    }
    for (const FundingSpending &s : y.spending)
        values << qMakePair(spendingKey(s.source), std::optional<double>(double(s.fen)));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Database &db = m_session.database();
    db.transaction([&] {
        QSet<QString> ids;
        for (const auto &[key, value] : values) {
            const QString id = rowId(QStringLiteral("indicator_snapshots"),
                                     QString::number(year) + QLatin1Char('|') + key);
            ids.insert(id);
            const QVariant v = value ? QVariant(*value) : QVariant();
            if (db.scalar(QStringLiteral("SELECT count(*) FROM indicator_snapshots WHERE id = ?"),
                          {id})
                    .toInt())
                db.exec(QStringLiteral("UPDATE indicator_snapshots SET value = ?, recorded_at = ?, "
                                       "recorded_by = ?, deleted = 0 WHERE id = ?"),
                        {v, now, m_session.displayName(), id});
            else
                db.exec(QStringLiteral("INSERT INTO indicator_snapshots (id, year, key, value, "
                                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, year, key, v, now, m_session.displayName()});
        }
        // Figures of an earlier recording that this one no longer has (a funding source).
        QSqlQuery old = db.exec(QStringLiteral("SELECT id FROM indicator_snapshots WHERE year = ? "
                                               "AND deleted = 0"),
                                {year});
        QStringList stale;
        while (old.next()) {
            if (!ids.contains(old.value(0).toString()))
                stale << old.value(0).toString();
        }
        for (const QString &id : std::as_const(stale))
            db.exec(QStringLiteral("UPDATE indicator_snapshots SET deleted = 1 WHERE id = ?"),
                    {id});
    });
    m_session.audit(QStringLiteral("indicators.record"),
                    QStringLiteral("indicator_snapshots"),
                    {},
                    QString::number(year));
}

QList<int> IndicatorsService::recordedYears() const
{
    QList<int> years = snapshots().keys();
    std::sort(years.begin(), years.end());
    return years;
}

} // namespace SchoolSuite
