#pragma once

// WhiteboardPage's tool bar while it is built (whiteboardtools.cpp, whiteboardmenus.cpp).

#include "whiteboardpage.h"

#include <QIcon>
#include <QKeySequence>

class QAction;
class QMenu;
class QToolButton;

namespace SchoolSuite {

struct WhiteboardPage::ToolBarBuilder
{
    WhiteboardPage &page;
    QMenu *target = nullptr;    // where add() puts an action; null: on the bar
    QMenu *boardMenu = nullptr; // the Board button's menu: new, open, save, export, settings

    // An action named name (tests and the page's shortcuts find it by it), with a theme icon,
    // its text and a shortcut working wherever the page has the focus.
    QAction *add(const QString &name,
                 const QString &icon,
                 const QString &text,
                 const QKeySequence &key = {});
    // A large button on the bar that opens menu.
    QToolButton *menuButton(const QIcon &icon, const QString &text, QMenu *menu);
    static QIcon swatch(const QColor &colour); // a colour's dot
    static QIcon line(qreal width);            // a pen width's stroke
};

} // namespace SchoolSuite
