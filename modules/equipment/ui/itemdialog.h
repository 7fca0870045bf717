#pragma once

#include "equipment/register/equipmentservice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace SchoolSuite {

// Adds or edits one item: its fields, and the custom fields of its category, rebuilt when the
// category changes. Save writes through EquipmentService; an error (which names the field)
// keeps the dialog open with the input.
class ItemDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty itemId adds a new item (with its first room, custodian and status).
    ItemDialog(EquipmentService &service, const QString &itemId, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    QString errorText() const;
    QLineEdit *field(const QString &key) const { return m_edits.value(key); }
    QComboBox *categoryCombo() const { return m_category; }
    QWidget *customEditor(const QString &key) const { return m_customEditors.value(key); }

    void accept() override;

private:
    void rebuildCustomFields();
    Asset collect() const;

    EquipmentService &m_service;
    QString m_itemId;
    Asset m_original;
    QString m_savedId;
    QHash<QString, QLineEdit *> m_edits;
    QComboBox *m_category;
    QComboBox *m_model;
    QComboBox *m_funding;
    QComboBox *m_use;
    QComboBox *m_room = nullptr;
    QComboBox *m_custodian = nullptr;
    QComboBox *m_status = nullptr;
    QFormLayout *m_customForm;
    QLabel *m_customHeading;
    QHash<QString, QWidget *> m_customEditors;
    QHash<QString, QString> m_customTypes;
    QLabel *m_error;
};

} // namespace SchoolSuite
