#pragma once

// What the people page tests share: the widget test set-up on a small demo school, and
// clicking a row the way a user does.
#include "core/people/demoschool.h"
#include "core/search/searchindex.h"
#include "core/ui/listpage.h"
#include "resources/icons.h"
#include "testutil.h"

#include <QSettings>
#include <QTableView>
#include <QTest>

#include <memory>

namespace SchoolSuite::Test {

// Settings in dir (column widths are remembered), the bundled icons, and a small demo school.
inline std::unique_ptr<TempStore> prepareDemoSchool(const QTemporaryDir &dir, quint32 seed)
{
    initTestEnvironment();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("user")));
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("user")));
    installIconTheme();
    auto store = std::make_unique<TempStore>(false);
    DemoSchool::create(store->store, DemoSchool::Size::Small, seed, DemoSchool::defaultPassword());
    store->store.search().update();
    return store;
}

inline void clickRow(ListPage *page, int proxyRow, int column = 0)
{
    QTableView *view = page->view();
    const QModelIndex index = view->model()->index(proxyRow, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace SchoolSuite::Test
