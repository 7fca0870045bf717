#pragma once

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace SchoolSuite {

// Calls fn once, after window has painted for the first time (smoke tests, the start-up
// benchmark and screenshots all mean "the user sees it").
inline void onFirstPaint(QWidget *window, std::function<void()> fn)
{
    struct Filter : QObject
    {
        std::function<void()> fn;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && fn) {
                auto call = std::move(fn);
                fn = nullptr;
                // Let this paint finish and reach the screen first.
                QTimer::singleShot(0, this, [call, this] {
                    call();
                    deleteLater();
                });
            }
            return false;
        }
    };
    auto *filter = new Filter;
    filter->setParent(window);
    filter->fn = std::move(fn);
    window->installEventFilter(filter);
}

} // namespace SchoolSuite
