// The baseline of the start-up benchmark: the least a Qt Widgets program does to show a main
// window. It quits right after the window's first paint, the rule schoolsuite
// --exit-after-startup follows, so bench_startup compares like with like.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // As app/gui/firstpaint.h does: let this paint finish and reach the screen first.
            QTimer::singleShot(0, this, [] { QApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1024, 700);
    // --with-text: one line of Chinese in the status bar, so the fonts (a CJK font included)
    // are loaded as in any real window; bench_startup reports it for information.
    if (app.arguments().contains(QStringLiteral("--with-text")))
        window.statusBar()->showMessage(QStringLiteral("就绪 Ready"));
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
