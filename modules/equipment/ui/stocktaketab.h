#pragma once

#include "equipment/stocktake/stocktake.h"

#include <QHash>
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

class LocalStore;
class Session;
class StocktakeCounter;
class StocktakeEntriesModel;

// The stocktake (盘点) tab: the sessions (new, pause, resume, finish) and the counting view of
// the chosen one — the room being counted, the scan field a keyboard scanner types into, a big
// answer for the last scan, live counts and the result lists, batch import and the report.
//
// Scans are handled synchronously as each Enter arrives, so a scanner that types faster than
// the answer is painted loses nothing: its keys wait in the event queue. Printable keys that
// land on the lists, buttons or the room chooser go to the scan field.
class StocktakeTab : public QWidget
{
    Q_OBJECT

public:
    StocktakeTab(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    ~StocktakeTab() override;

    enum ResultTab { FoundTab, WrongRoomTab, MissingTab, PendingTab, UnknownTab, DuplicatesTab };

    QLineEdit *scanEdit() const { return m_scan; }
    QComboBox *roomCombo() const { return m_room; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTabWidget *resultTabs() const { return m_results; }
    StocktakeEntriesModel *resultModel(ResultTab tab) const;
    QTableView *resultView(ResultTab tab) const;
    StocktakeCounter *counter() const { return m_counter.get(); }
    QString currentStocktakeId() const;

public slots:
    void reload();
    // Opens a session in the counting view (by id); false when there is none.
    bool openStocktake(const QString &id);
    void newStocktake();
    void pauseCurrent();
    void resumeCurrent();
    void finishCurrent();
    bool setRoom(const QString &roomId);
    // Moves the selected wrong-room items into the rooms they were scanned in.
    void moveSelectedHere();
    void importBatch();
    bool importBatchFile(const QString &path);
    void exportPdf();
    bool writePdf(const QString &path);
    void printPreview();

signals:
    // After each scan has been answered (kind: ScanKind as int).
    void scanProcessed(int kind, const QString &tag);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void fillSessions(const QString &select);
    void onSessionChosen();
    void onScan();
    void showOutcome(const ScanOutcome &outcome);
    void showMessage(const QString &text, const QString &color);
    void updateCounts();
    void refreshLists();
    void refreshMissing();
    void updateButtons();
    void focusScan();
    void showError(const QString &text);
    void watchKeys(QWidget *widget);
    QString roomName(const QString &id) const;

    LocalStore &m_store;
    const Session &m_session;
    std::unique_ptr<StocktakeCounter> m_counter;
    QHash<QString, QString> m_roomNames;
    QTableWidget *m_sessions = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_finish = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_counts = nullptr;
    QTabWidget *m_results = nullptr;
    QList<StocktakeEntriesModel *> m_models;
    QList<QTableView *> m_views;
    QPushButton *m_moveHere = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QTimer *m_missingTimer = nullptr;
    bool m_missingDirty = true;
};

} // namespace SchoolSuite
