#pragma once

#include "core/ui/listpage.h"

class QAction;

namespace SchoolSuite {

class DetailPane;
class Session;
class StaffModel;

// The Staff tab of the people page: the list, the detail pane and the edit dialog.
class StaffTab : public ListPage
{
    Q_OBJECT

public:
    StaffTab(const Session &session, QWidget *parent = nullptr);

    StaffModel *staffModel() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    DetailPane *detailPane() const { return m_detail; }
    void reload();

public slots:
    QDialog *editCurrent();
    QDialog *addStaffMember();
    void deleteCurrent(); // asks first, naming the staff member

signals:
    void importRequested();
    void exportRequested();
    void edited();

private:
    void updateDetail(const QModelIndex &index);
    void updateActions();

    const Session &m_session;
    StaffModel *m_model;
    DetailPane *m_detail;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
};

} // namespace SchoolSuite
