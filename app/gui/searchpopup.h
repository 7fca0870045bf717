#pragma once

#include "core/search/searchprovider.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace SchoolSuite {

class Database;

// Global search (Ctrl+K): every keystroke queries the search index on a read connection off
// the UI thread; stale answers are dropped. Enter or a click opens the hit.
class SearchPopup : public QDialog
{
    Q_OBJECT

public:
    SearchPopup(const Database &db, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *resultList() const { return m_results; }
    // Hides hits the user may not open (a homeroom teacher sees their own classes' students).
    void setHitFilter(std::function<bool(const SearchHit &)> filter)
    {
        m_filter = std::move(filter);
    }
    // Waits for the query in flight (tests).
    void waitForResults();

signals:
    void hitActivated(const SearchHit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startQuery(const QString &text);
    void showResults();
    void activate(int row);
    static QString kindTitle(const QString &kind);

    const Database &m_db;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_status;
    QFutureWatcher<QList<SearchHit>> m_watcher;
    QList<SearchHit> m_hits;
    std::function<bool(const SearchHit &)> m_filter;
    QString m_pending; // a query typed while another runs
    QString m_runningQuery;
    QString m_shownQuery; // the query whose hits the list shows
    bool m_hasPending = false;
};

} // namespace SchoolSuite
