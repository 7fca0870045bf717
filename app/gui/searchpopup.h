#pragma once

#include "core/search/searchprovider.h"

#include <QDialog>
#include <QFutureWatcher>

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
    QString m_pending; // a query typed while another runs
    bool m_hasPending = false;
};

} // namespace SchoolSuite
