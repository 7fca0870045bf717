#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace SchoolSuite {

class Session;
class StudentPicker;

// 随机点名: a class of the people directory, a big name drawn at random (after a short roll of
// names, so the class watches), each student once per round unless repeats are allowed.
class PickerDialog : public QDialog
{
    Q_OBJECT

public:
    PickerDialog(const Session &session, QWidget *parent = nullptr);
    ~PickerDialog() override;

    // Draws at once (no roll): for scripts and tests.
    QString pickNow();
    QString shownName() const;
    QComboBox *classBox() const { return m_class; }

private:
    void loadClass();
    void roll();

    const Session &m_session;
    QComboBox *m_class;
    QLabel *m_name;
    QLabel *m_left;
    QCheckBox *m_repeat;
    QPushButton *m_pick;
    QListWidget *m_drawn;
    QTimer *m_rollTimer;
    int m_rollSteps = 0;
    QStringList m_names;
    std::unique_ptr<StudentPicker> m_picker;
};

// A countdown on the board: large digits in a corner, minutes set with big buttons, red and
// "Time's up" at zero.
class CountdownOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownOverlay(QWidget *board);

    void setDuration(int seconds);
    int remainingSeconds() const;
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    void start();
    void pause();
    void reset();
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void place();

    QLabel *m_digits;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    int m_duration = 300;       // seconds
    qint64 m_elapsedBefore = 0; // ms run before the last pause
    bool m_running = false;
    bool m_finished = false;
    QPushButton *m_startPause;
};

} // namespace SchoolSuite
