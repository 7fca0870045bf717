#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace SchoolSuite {

class EquipmentService;

// One movement of one item (move, assign, lend, return, repair, repaired, lost, found): the
// fields the movement needs and a note. OK writes it through EquipmentService; an error keeps
// the dialog open with the message.
class RegisterMovementDialog : public QDialog
{
    Q_OBJECT

public:
    // kind as in equipment_movements: move, assign, lend, return, repair, repaired, lost, found.
    RegisterMovementDialog(EquipmentService &service,
                           const QString &itemId,
                           const QString &kind,
                           QWidget *parent = nullptr);

    QComboBox *roomCombo() const { return m_room; }
    QComboBox *custodianCombo() const { return m_custodian; }
    QLineEdit *borrowerEdit() const { return m_borrower; }
    QDateEdit *dueEdit() const { return m_due; }
    QLineEdit *noteEdit() const { return m_note; }
    QString errorText() const;

    static QString title(const QString &kind); // translated action title

    void accept() override;

private:
    EquipmentService &m_service;
    QString m_itemId;
    QString m_kind;
    QComboBox *m_room = nullptr;
    QComboBox *m_custodian = nullptr;
    QLineEdit *m_borrower = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SchoolSuite
