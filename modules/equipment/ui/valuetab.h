#pragma once

#include <QDate>
#include <QTabWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace SchoolSuite {

class LocalStore;
class Session;
class ReplacementModel;
class ScrapWidget;
class ValueReportModel;

// Scrapping and value: the scrapping requests, the value report as of a date (straight-line
// depreciation, PDF) and the computers due for replacement by a date (CSV, PDF).
class ValueTab : public QTabWidget
{
    Q_OBJECT

public:
    ValueTab(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    ScrapWidget *scrapWidget() const { return m_scrap; }
    ValueReportModel *valueModel() const { return m_valueModel; }
    QTableWidget *unvaluedTable() const { return m_unvalued; }
    ReplacementModel *replacementModel() const { return m_replacementModel; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QDateEdit *byEdit() const { return m_by; }

public slots:
    void reload();
    void setAsOf(const QDate &date);
    void setReplacementBy(const QDate &date);
    bool writeValuePdf(const QString &path);
    bool writeReplacementCsv(const QString &path);
    bool writeReplacementPdf(const QString &path);

private:
    QWidget *buildValuePage();
    QWidget *buildReplacementPage();
    void computeValue();
    void computeReplacement();
    QString askSavePath(const QString &title, const QString &name, const QString &filter);
    void showError(const QString &text);

    LocalStore &m_store;
    const Session &m_session;
    ScrapWidget *m_scrap;
    ValueReportModel *m_valueModel;
    ReplacementModel *m_replacementModel;
    QDateEdit *m_asOf = nullptr;
    QDateEdit *m_by = nullptr;
    QLabel *m_valueInfo = nullptr;
    QLabel *m_replacementInfo = nullptr;
    QTableWidget *m_unvalued = nullptr;
};

} // namespace SchoolSuite
