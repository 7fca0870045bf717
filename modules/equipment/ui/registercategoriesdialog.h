#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace SchoolSuite {

class EquipmentService;

// The category tree: add a category (at the top or under the selected one), rename it, set its
// kind, service life and custom fields (key, title, type, required), delete an unused one.
class RegisterCategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterCategoriesDialog(EquipmentService &service, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *lifeSpin() const { return m_life; }
    QTableWidget *fieldsTable() const { return m_fields; }
    QString errorText() const;
    bool selectCategory(const QString &id);

public slots:
    void save();
    void addChild();
    void addTop();
    void deleteCurrent();
    void addField();

signals:
    void changed();

private:
    void reload(const QString &selectId = {});
    void showCurrent();
    void add(const QString &parentId);
    void fail(const QString &message);

    EquipmentService &m_service;
    QTreeWidget *m_tree;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_life;
    QTableWidget *m_fields;
    QLabel *m_code;
    QLabel *m_error;
    QPushButton *m_save;
    bool m_editable;
};

} // namespace SchoolSuite
