#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

class Session;

// The catalog's titles as a table: the matches of a catalog search (CatalogSearch), in title
// order or sorted by a column, read a page at a time (fetchMore) so 200,000 titles open and
// filter at typing speed. The copies and available columns come from the copies and the
// circulation facts (a copy lent and not returned since is not available). Sorting happens in
// the model (sort()), over every match, not in a proxy over the loaded page. The session must
// outlive the model.
class CatalogTitlesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Responsibility,
        Publisher,
        Year,
        Isbn,
        Clc,
        Copies,
        Available,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    struct Row
    {
        QString id;
        QString title;
        QString responsibility;
        QString publisher;
        int year = 0;
        QString isbn; // ISBN-13 digits
        QString clc;
        int copies = 0;    // not withdrawn
        int available = 0; // active and not on loan
    };

    static constexpr int PageSize = 100;

    explicit CatalogTitlesModel(const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Runs the search (empty: every title) and shows its first page.
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Brings the search index up to date and runs the search again (after a write, a sync).
    void reload();

    const Row &row(int row) const { return m_rows.at(row); }
    int rowOf(const QString &titleId) const; // -1 when not loaded
    // How many titles match; -1 when more match than were read so far (a broad search).
    int matchCount() const;
    QString lastError() const { return m_lastError; }

    // The copies of a title that are on loan now (copy id -> due date, renewals counted).
    static QHash<QString, QString> openLoans(const Session &session, const QString &titleId);

private:
    void runQuery();
    void endReset();
    void loadRows(int count, bool signal); // signal: outside a reset

    const Session &m_session;
    QString m_query;
    int m_sortColumn = Title;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QStringList m_ids; // matches known so far, in order
    bool m_complete = true;
    qint64 m_lastRank = -1;
    QList<Row> m_rows; // the first m_rows.size() of m_ids
    QString m_lastError;
    bool m_fetching = false;
};

} // namespace SchoolSuite
