#pragma once

#include "indicatorresult.h"

#include <QHash>

#include <optional>

namespace SchoolSuite {

class Session;

// The informatization indicators on behalf of a session (IndicatorsView: principals and clerks).
//
// A year is computed from the register as of its last day, the running year as of today
// (IndicatorData says what that approximates). Recording a year (recordYear) keeps its figures
// in indicator_snapshots, a synced table: from then on the charts show the recorded figures for
// that year, and the page and the report show them next to what the register says today.
class IndicatorsService
{
public:
    explicit IndicatorsService(const Session &session);

    // Today, as the service sees it (tests and reports "as of" another day set it).
    QDate today() const { return m_today; }
    void setToday(const QDate &day) { m_today = day; }
    int currentYear() const { return m_today.year(); }

    // Every figure of year, with targets, met and drill-down lists. Throws PermissionDenied.
    IndicatorYear compute(int year) const;
    // Each indicator from fromYear to toYear against its target (no drill-down lists).
    IndicatorHistory history(int fromYear, int toYear) const;
    // The years worth showing: from the plan's first (2015), or the first purchase when that was
    // earlier, to the running year.
    QList<int> years() const;

    // The campus network setting (a school setting; principals and clerks edit it).
    struct CampusNetwork
    {
        std::optional<int> since; // the year it was in place
        QString note;             // e.g. "光纤接入教育城域网, 100M"
    };
    CampusNetwork campusNetwork() const;
    void setCampusNetwork(const CampusNetwork &setting);

    // Records year's figures as they are computed now (again: replaces them). Throws for a
    // year after the running one.
    void recordYear(int year);
    QList<int> recordedYears() const;

private:
    const Session &m_session;
    QDate m_today;

    QDate asOf(int year) const;
    struct Snapshot
    {
        QHash<QString, std::optional<double>> values;
        QString recordedAt;
    };
    QHash<int, Snapshot> snapshots() const;
    void fill(IndicatorYear &y, const Snapshot *snapshot) const;
    void putSetting(const QString &key, const QString &value);
    QString rowId(const QString &table, const QString &key) const;
};

} // namespace SchoolSuite
