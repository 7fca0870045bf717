#include "screenshots.h"

#include "core/people/ui/peoplepage.h"
#include "core/ui/aboutdialog.h"
#include "core/ui/importwizard.h"
#include "core/ui/settingsdialog.h"
#include "equipment/ui/bookingstab.h"
#include "equipment/ui/equipmentpage.h"
#include "equipment/ui/labelstab.h"
#include "equipment/ui/maintenancetab.h"
#include "equipment/ui/registertab.h"
#include "equipment/ui/stocktaketab.h"
#include "equipment/ui/valuetab.h"
#include "homepage.h"
#include "mainwindow.h"
#include "searchpopup.h"
#include "sync/synccontroller.h"
#include "sync/ui/syncpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace SchoolSuite::Screenshots {

namespace {

void settle()
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 300) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

// The main window with a dialog drawn where it stands on the screen.
bool saveWithDialog(MainWindow *window, QWidget *dialog, const QString &file)
{
    settle();
    QPixmap picture = window->grab();
    if (dialog) {
        QPainter painter(&picture);
        QPoint at = dialog->frameGeometry().topLeft() - window->frameGeometry().topLeft();
        if (!QRect(QPoint(0, 0), picture.size()).contains(QRect(at, dialog->size())))
            at = QPoint((picture.width() - dialog->width()) / 2,
                        (picture.height() - dialog->height()) / 3);
        painter.drawPixmap(at, dialog->grab());
    }
    return picture.save(file);
}

} // namespace

QStringList pages()
{
    return {QStringLiteral("home"),
            QStringLiteral("people"),
            QStringLiteral("search"),
            QStringLiteral("import"),
            QStringLiteral("settings"),
            QStringLiteral("sync"),
            QStringLiteral("equipment"),
            QStringLiteral("bookings"),
            QStringLiteral("maintenance"),
            QStringLiteral("stocktake"),
            QStringLiteral("value"),
            QStringLiteral("labels"),
            QStringLiteral("indicators"),
            QStringLiteral("library"),
            QStringLiteral("whiteboard"),
            QStringLiteral("about")};
}

bool take(MainWindow *window, const QString &page, const QString &file)
{
    if (page == QLatin1String("home")) {
        window->openPage(QStringLiteral("home"));
        window->homePage()->waitForRefresh();
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("people") || page == QLatin1String("classes")
        || page == QLatin1String("rooms")) {
        auto *people = qobject_cast<PeoplePage *>(window->openPage(QStringLiteral("people")));
        if (!people)
            return false;
        if (page != QLatin1String("people"))
            people->setCurrentIndex(page == QLatin1String("classes") ? PeoplePage::ClassesTabIndex
                                                                     : PeoplePage::RoomsTabIndex);
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("search")) {
        SearchPopup *search = window->openSearch();
        search->queryEdit()->setText(QStringLiteral("oy"));
        search->waitForResults();
        return saveWithDialog(window, search, file);
    }
    if (page == QLatin1String("import")) {
        auto *people = qobject_cast<PeoplePage *>(window->openPage(QStringLiteral("people")));
        if (!people)
            return false;
        // A class list with one mistake, as a clerk might bring it.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("新生名单.csv"));
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("学籍号,姓名,性别,年级,班级,电话\n"
                               "L220502201801010011,欧阳新生,男,一年级,1班,13800000011\n"
                               "L220502201801010012,司马小雨,女,一年级,1班,1380000\n"
                               "L220502201801010013,曾一帆,男,一年级,2班,13800000013\n")
                    .toUtf8());
        f.close();
        ImportWizard *wizard = people->openImportWizard(PersonKind::Student);
        wizard->setFilePath(csv);
        wizard->next();
        settle();
        wizard->next();
        return saveWithDialog(window, wizard, file);
    }
    if (page == QLatin1String("settings") || page == QLatin1String("district")) {
        std::unique_ptr<SettingsDialog> dialog(window->createSettingsDialog());
        if (page == QLatin1String("district"))
            dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
        dialog->show();
        return saveWithDialog(window, dialog.get(), file);
    }
    if (page == QLatin1String("sync")) {
        auto *sync = qobject_cast<SyncPage *>(window->openPage(QStringLiteral("sync")));
        if (!sync)
            return false;
        // Shown after a sync, as a user who opens the page in the morning sees it.
        SyncController *controller = window->syncController();
        if (controller->isEnrolled()) {
            bool done = false;
            QObject::connect(
                controller, &SyncController::finished, window, [&done] { done = true; });
            controller->syncNow();
            QElapsedTimer waited;
            waited.start();
            while (!done && waited.elapsed() < 30000)
                settle();
        }
        sync->reload();
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("equipment") || page == QLatin1String("bookings")
        || page == QLatin1String("maintenance") || page == QLatin1String("stocktake")
        || page == QLatin1String("value") || page == QLatin1String("labels")) {
        auto *equipment
            = qobject_cast<EquipmentPage *>(window->openPage(QStringLiteral("equipment")));
        if (!equipment)
            return false;
        QWidget *tab = equipment->registerTab();
        if (page == QLatin1String("bookings"))
            tab = equipment->bookingsTab();
        else if (page == QLatin1String("maintenance"))
            tab = equipment->maintenanceTab();
        else if (page == QLatin1String("stocktake"))
            tab = equipment->stocktakeTab();
        else if (page == QLatin1String("value"))
            tab = equipment->valueTab();
        else if (page == QLatin1String("labels"))
            tab = equipment->labelsTab();
        if (!equipment->showTab(tab))
            return false;
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("indicators")) {
        if (!window->openPage(QStringLiteral("indicators")))
            return false;
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("library")) {
        if (!window->openPage(QStringLiteral("library")))
            return false;
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("whiteboard")) {
        if (!window->openPage(QStringLiteral("whiteboard")))
            return false;
        return saveWithDialog(window, nullptr, file);
    }
    if (page == QLatin1String("about")) {
        AboutDialog dialog(window);
        dialog.show();
        return saveWithDialog(window, &dialog, file);
    }
    std::fprintf(stderr, "unknown page %s\n", qPrintable(page));
    return false;
}

} // namespace SchoolSuite::Screenshots
