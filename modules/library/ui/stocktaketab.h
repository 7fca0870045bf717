#pragma once

#include "library/stocktake/stocktake.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace SchoolSuite {
class Session;
}

namespace SchoolSuite::Library {

class StocktakeCounter;
class StocktakeEntriesModel;

// The library's stocktake (馆藏清点) tab: the sessions (new, pause, resume, finish), the sections
// of the chosen one with "mark counted", and the counting view — the shelf being counted, the
// scan field a keyboard scanner types into, a big answer for the last scan, live counts and the
// result lists; the report as PDF or printed (with a preview).
//
// Scans are handled synchronously as each Enter arrives, so a scanner faster than the painting
// loses nothing: its keys wait in the event queue. Printable keys that land on the lists,
// buttons or the shelf chooser go to the scan field.
class StocktakeTab : public QWidget
{
    Q_OBJECT

public:
    explicit StocktakeTab(const Session &session, QWidget *parent = nullptr);
    ~StocktakeTab() override;

    enum ResultTab {
        OnShelfTab,
        MisshelvedTab,
        OnLoanTab,
        MissingTab,
        NotCountedTab,
        UnknownTab,
        TwiceTab,
        ResultTabCount
    };

    QLineEdit *scanEdit() const { return m_scan; }
    QComboBox *shelfCombo() const { return m_shelf; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *sectionsTable() const { return m_sectionList; }
    QTabWidget *resultTabs() const { return m_results; }
    StocktakeEntriesModel *resultModel(ResultTab tab) const;
    QTableView *resultView(ResultTab tab) const;
    StocktakeCounter *counter() const { return m_counter.get(); }
    QString currentStocktakeId() const;

public slots:
    void reload();
    bool openStocktake(const QString &id);
    // Starts a stocktake and opens it; false (and the reason shown) when refused.
    bool startStocktake(const QString &name,
                        const QList<SchoolSuite::Library::StocktakeSection> &sections);
    void newStocktake();
    void pauseCurrent();
    void resumeCurrent();
    // Asks first when sections are not marked counted (their copies stay "not counted").
    void finishCurrent();
    bool setShelf(const QString &shelf);
    // Marks the section being counted (the shelf chosen, or the selected section) counted.
    bool markCounted(const QString &sectionKey);
    void markSelectedCounted();
    void exportPdf();
    bool writePdf(const QString &path);
    void printPreview();

signals:
    // After each scan has been answered (kind: ScanKind as int; -1 refused).
    void scanProcessed(int kind, const QString &barcode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void fillSessions(const QString &select);
    void fillSections();
    void onSessionChosen();
    void onScan();
    void showOutcome(const ScanOutcome &outcome);
    void showMessage(const QString &text, const QString &color);
    void showError(const QString &text);
    void updateCounts();
    void refreshLists();
    void updateButtons();
    void focusScan();

    const Session &m_session;
    std::unique_ptr<StocktakeCounter> m_counter;
    QTableWidget *m_sessions = nullptr;
    QTableWidget *m_sectionList = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_markCounted = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_shelf = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_counts = nullptr;
    QTabWidget *m_results = nullptr;
    QList<StocktakeEntriesModel *> m_models;
    QList<QTableView *> m_views;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace SchoolSuite::Library
