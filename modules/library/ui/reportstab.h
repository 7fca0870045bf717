#pragma once

#include "library/reports/reportsdocument.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace SchoolSuite {
class Session;
}

namespace SchoolSuite::Library {

class CollectionModel;
class MonthlyLoansModel;
class ReportChart;
class TopTitlesModel;

// The library's reports tab (everyone with LibraryView): the collection by 中图法 main class with
// books per student, loans per class or grade per month, and the most borrowed titles of a
// period — each a table and a chart; the whole as a PDF or printed (with a preview).
class ReportsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsTab(const Session &session, QWidget *parent = nullptr);

    enum Page { CollectionPage, LoansPage, TopPage };

    CollectionModel *collectionModel() const { return m_collection; }
    MonthlyLoansModel *loansModel() const { return m_loans; }
    TopTitlesModel *topModel() const { return m_top; }
    QLabel *booksPerStudentLabel() const { return m_booksPerStudent; }
    ReportChart *chart(Page page) const;
    QTabWidget *pages() const { return m_pages; }
    QComboBox *groupingCombo() const { return m_grouping; }
    const ReportsDocument::Data &data() const { return m_data; }

public slots:
    void refresh();
    void setPeriod(const QDate &from, const QDate &to);
    void setTopCount(int count);
    void setByGrade(bool byGrade);
    void exportPdf();
    bool writePdf(const QString &path);
    void printPreview();

private:
    void buildUi();
    void showLoans();

    const Session &m_session;
    ReportsDocument::Data m_data;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_topCount = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_booksPerStudent = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_pages = nullptr;
    CollectionModel *m_collection = nullptr;
    MonthlyLoansModel *m_loans = nullptr;
    TopTitlesModel *m_top = nullptr;
    QList<ReportChart *> m_charts;
};

} // namespace SchoolSuite::Library
