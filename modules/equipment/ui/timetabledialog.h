#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace SchoolSuite {

class Session;
struct TimetablePeriod;

// The school day's periods for bookings: number, name (optional), start and end (hh:mm).
// Save checks them (no overlaps, start before end) and keeps the dialog open with the message
// when they are wrong.
class TimetableDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimetableDialog(const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString errorText() const;

public slots:
    void addPeriod(); // after the last, 10 minutes later, 40 minutes long
    void removeCurrent();
    void resetToDefault();
    void accept() override;

private:
    void setRows(const QList<TimetablePeriod> &periods);
    QList<TimetablePeriod> rows() const; // throws Error naming the row

    const Session &m_session;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace SchoolSuite
