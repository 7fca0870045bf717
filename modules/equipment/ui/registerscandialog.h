#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace SchoolSuite {

class EquipmentService;

// Bulk actions by scanning: a keyboard scanner types each tag and Enter into the scan field
// (faster than a person; every Enter is taken in order, so nothing is dropped), the tags collect
// in a list — a tag that is not ours is marked, a second scan of a tag is ignored — and one
// action (move to a room, assign, lend, take back, set a status) is applied to all of them, all
// or nothing.
class RegisterScanDialog : public QDialog
{
    Q_OBJECT

public:
    enum Action { Move, Assign, Lend, Return, Status };

    explicit RegisterScanDialog(EquipmentService &service, QWidget *parent = nullptr);

    QLineEdit *scanEdit() const { return m_scan; }
    QListWidget *tagList() const { return m_list; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *custodianCombo() const { return m_custodian; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *borrowerEdit() const { return m_borrower; }
    QPushButton *applyButton() const { return m_apply; }
    QStringList tags() const { return m_tags; }
    QString errorText() const;
    int changed() const { return m_changed; }

public slots:
    // Takes what the scan field holds (one tag, or several pasted lines).
    void takeScan();
    void apply();
    void clearTags();

signals:
    void applied(int count);

private:
    void addTag(const QString &tag);
    void updateState();

    EquipmentService &m_service;
    QLineEdit *m_scan;
    QListWidget *m_list;
    QLabel *m_count;
    QComboBox *m_action;
    QStackedWidget *m_parameters;
    QComboBox *m_room;
    QComboBox *m_custodian;
    QLineEdit *m_borrower;
    QDateEdit *m_due;
    QComboBox *m_status;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_apply;
    QStringList m_tags;
    int m_unknown = 0;
    int m_changed = 0;
};

} // namespace SchoolSuite
