#pragma once

#include "core/ui/listpage.h"

class QAction;
class QPushButton;

namespace SchoolSuite {

class ClassesModel;
class DetailPane;
class RecordDialog;
class Session;

// The Classes tab of the people page: the list, the detail pane, and add / edit / delete
// through PeopleService (homeroom teacher, room, grade and number).
class ClassesTab : public ListPage
{
    Q_OBJECT

public:
    ClassesTab(const Session &session, QWidget *parent = nullptr);

    ClassesModel *classesModel() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    void reload();

public slots:
    RecordDialog *addClass();
    RecordDialog *editCurrent();
    void deleteCurrent(); // asks first

signals:
    void showStudentsRequested(const QString &classId);
    void edited();

private:
    RecordDialog *openDialog(const QString &id);
    void updateActions();
    void changed();

    const Session &m_session;
    ClassesModel *m_model;
    DetailPane *m_detail;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace SchoolSuite
