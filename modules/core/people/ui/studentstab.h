#pragma once

#include "core/ui/listpage.h"

class QAction;
class QComboBox;
class QPushButton;

namespace SchoolSuite {

class DetailPane;
class Session;
class StudentsModel;

// The Students tab of the people page: the list with a class filter, the detail pane with the
// masked ID number (revealed on request, audited) and the edit dialog.
class StudentsTab : public ListPage
{
    Q_OBJECT

public:
    StudentsTab(const Session &session, QWidget *parent = nullptr);

    StudentsModel *studentsModel() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QComboBox *classFilter() const { return m_classFilter; }
    DetailPane *detailPane() const { return m_detail; }
    QPushButton *revealButton() const { return m_reveal; }

    // Shows only the students of classId (empty: all classes).
    void setClassFilter(const QString &classId);
    void reload();

public slots:
    // Opens the edit dialog for the current student; returns it (shown window-modal).
    QDialog *editCurrent();
    QDialog *addStudent();
    void deleteCurrent(); // asks first, naming the student
    void revealIdNumber();

signals:
    void importRequested();
    void exportRequested();
    void edited();

private:
    void fillClassFilter();
    void updateDetail(const QModelIndex &index);
    void updateActions();

    const Session &m_session;
    StudentsModel *m_model;
    DetailPane *m_detail;
    QPushButton *m_reveal;
    QComboBox *m_classFilter;
    QList<QPair<QString, QString>> classChoices(const QString &currentId,
                                                QString *currentRef) const;

    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
};

} // namespace SchoolSuite
