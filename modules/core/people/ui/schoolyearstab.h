#pragma once

#include "core/ui/listpage.h"

class QAction;

namespace SchoolSuite {

class RecordDialog;
class SchoolYearsModel;
class Session;

// The School years tab of the people page: the list of years, adding one and choosing the
// current year (exactly one is current).
class SchoolYearsTab : public ListPage
{
    Q_OBJECT

public:
    SchoolYearsTab(const Session &session, QWidget *parent = nullptr);

    SchoolYearsModel *schoolYearsModel() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *setCurrentAction() const { return m_setCurrent; }
    void reload();

public slots:
    RecordDialog *addSchoolYear();
    void setCurrent();

signals:
    void edited();

private:
    void updateActions();

    const Session &m_session;
    SchoolYearsModel *m_model;
    QAction *m_add;
    QAction *m_setCurrent;
};

} // namespace SchoolSuite
