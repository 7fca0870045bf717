// The register tab as a clerk uses it: filtering the list, a movement from the toolbar, the
// item dialog with a category's custom fields, bulk actions by scanning tags as fast as a
// scanner types, and the actions a teacher does not get.
#include "core/ui/detailpane.h"
#include "core/ui/listfilterproxy.h"
#include "equipment/register/equipmentitemsmodel.h"
#include "equipment/register/equipmentservice.h"
#include "equipment/ui/itemdialog.h"
#include "equipment/ui/registercategoriesdialog.h"
#include "equipment/ui/registermovementdialog.h"
#include "equipment/ui/registerscandialog.h"
#include "equipment/ui/registertab.h"
#include "equipmenttest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace SchoolSuite;

class TestRegisterTab : public QObject
{
    Q_OBJECT

    QStringList m_tags;

    void fill(Test::EquipmentStore &t)
    {
        const Session admin = t.admin();
        EquipmentService service(admin);
        m_tags.clear();
        const auto add = [&](const QString &name, const char *category, const QString &room) {
            Asset a;
            a.name = name;
            a.categoryId = service.category(QLatin1String(category)).id;
            a.roomId = room;
            a.status = room.isEmpty() ? AssetStatus::InStock : AssetStatus::InUse;
            m_tags << service.asset(service.addAsset(a)).tag;
        };
        add(QStringLiteral("学生计算机"), "computer.desktop", t.lab);
        add(QStringLiteral("学生计算机"), "computer.desktop", t.lab);
        add(QStringLiteral("教师笔记本计算机"), "computer.laptop", {});
        add(QStringLiteral("交互式电子白板"), "whiteboard", t.classroom);
        add(QStringLiteral("投影仪"), "projector", t.physics);
    }

private slots:
    void initTestCase() { Test::initEquipmentTestEnvironment(); }

    void filtersByTextAndStatus()
    {
        Test::EquipmentStore t;
        fill(t);
        const Session clerk = t.as(Role::Clerk);
        RegisterTab tab(t.store, clerk);
        tab.resize(1200, 700);
        tab.show();
        QCOMPARE(tab.visibleCount(), 5);
        QTest::keyClicks(tab.filterEdit(), QStringLiteral("jsj")); // 计算机 by pinyin initials
        QTRY_COMPARE(tab.visibleCount(), 3);
        tab.filterEdit()->clear();
        tab.filterEdit()->insert(QStringLiteral("物理")); // an input method commits characters
        QTRY_COMPARE(tab.visibleCount(), 1);
        tab.filterEdit()->clear();
        QTRY_COMPARE(tab.visibleCount(), 5);
        tab.statusFilter()->setCurrentIndex(
            tab.statusFilter()->findData(AssetKeys::status(AssetStatus::InStock)));
        QCOMPARE(tab.visibleCount(), 1);
        tab.statusFilter()->setCurrentIndex(0);
        QCOMPARE(tab.visibleCount(), 5);
    }

    void moveFromTheToolbarShowsInHistory()
    {
        Test::EquipmentStore t;
        fill(t);
        const Session clerk = t.as(Role::Clerk);
        RegisterTab tab(t.store, clerk);
        tab.show();
        const QString id = EquipmentService(clerk).asset(m_tags.at(2)).id;
        QVERIFY(tab.openRecord(id));
        QCOMPARE(tab.detailPane()->value(QStringLiteral("status")),
                 AssetKeys::statusTitle(AssetStatus::InStock));
        QVERIFY(tab.action(QStringLiteral("move"))->isEnabled());
        QVERIFY(!tab.action(QStringLiteral("return"))->isEnabled());
        auto *dialog
            = qobject_cast<RegisterMovementDialog *>(tab.moveCurrent(QStringLiteral("move")));
        QVERIFY(dialog);
        dialog->roomCombo()->setCurrentIndex(
            dialog->roomCombo()->findText(QStringLiteral("物理实验室")));
        dialog->noteEdit()->setText(QStringLiteral("实验课用"));
        dialog->accept();
        QVERIFY(dialog->errorText().isEmpty());
        QCOMPARE(EquipmentService(clerk).asset(id).roomId, t.physics);
        QTRY_COMPARE(tab.detailPane()->value(QStringLiteral("room")), QStringLiteral("物理实验室"));
        QCOMPARE(tab.detailPane()->value(QStringLiteral("status")),
                 AssetKeys::statusTitle(AssetStatus::InUse));
        QCOMPARE(tab.historyList()->count(), 2);
        QVERIFY(tab.historyList()->item(0)->text().contains(QStringLiteral("物理实验室")));
        QVERIFY(tab.historyList()->item(0)->text().contains(QStringLiteral("实验课用")));

        // Lend without a borrower: the dialog says so and stays.
        auto *lend
            = qobject_cast<RegisterMovementDialog *>(tab.moveCurrent(QStringLiteral("lend")));
        QVERIFY(lend);
        lend->accept();
        QVERIFY(lend->errorText().startsWith(QStringLiteral("Borrower")));
        lend->borrowerEdit()->setText(QStringLiteral("李娜"));
        lend->accept();
        QCOMPARE(EquipmentService(clerk).asset(id).status, AssetStatus::Lent);
        QTRY_VERIFY(tab.action(QStringLiteral("return"))->isEnabled());
        QVERIFY(!tab.action(QStringLiteral("lend"))->isEnabled());
    }

    void itemDialogWithCustomFields()
    {
        Test::EquipmentStore t;
        const Session clerk = t.as(Role::Clerk);
        EquipmentService service(clerk);
        AssetCategory laptop = service.category(QStringLiteral("computer.laptop"));
        laptop.customFields
            = QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("ram")},
                                     {QStringLiteral("title"), QStringLiteral("内存(GB)")},
                                     {QStringLiteral("type"), QStringLiteral("number")},
                                     {QStringLiteral("required"), true}}};
        service.updateCategory(laptop);
        RegisterTab tab(t.store, clerk);
        tab.show();
        auto *dialog = qobject_cast<ItemDialog *>(tab.addItem());
        QVERIFY(dialog);
        dialog->field(QStringLiteral("name"))->setText(QStringLiteral("教师笔记本"));
        dialog->field(QStringLiteral("price"))->setText(QStringLiteral("5299.9"));
        QVERIFY(!dialog->customEditor(QStringLiteral("ram")));
        dialog->categoryCombo()->setCurrentIndex(dialog->categoryCombo()->findData(laptop.id));
        auto *ram = qobject_cast<QLineEdit *>(dialog->customEditor(QStringLiteral("ram")));
        QVERIFY(ram);
        dialog->accept();
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("内存(GB)")),
                 qPrintable(dialog->errorText()));
        ram->setText(QStringLiteral("16"));
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        const Asset a = service.asset(dialog->savedId());
        QCOMPARE(a.priceFen, 529990);
        QCOMPARE(a.custom.value(QStringLiteral("ram")).toDouble(), 16.0);
        QTRY_COMPARE(tab.visibleCount(), 1);
    }

    void scanningTagsAppliesOneActionToAll()
    {
        Test::EquipmentStore t;
        fill(t);
        const Session clerk = t.as(Role::Clerk);
        RegisterTab tab(t.store, clerk);
        tab.show();
        auto *scan = qobject_cast<RegisterScanDialog *>(tab.openScan());
        QVERIFY(scan);
        QTRY_VERIFY(scan->isVisible());
        // A scanner: the characters of each tag, then Enter, with no pause between scans.
        for (const QString &tag : {m_tags.at(0),
                                   m_tags.at(1),
                                   QStringLiteral("XX-000404"),
                                   m_tags.at(1),
                                   m_tags.at(2)}) {
            QTest::keyClicks(scan->scanEdit(), tag, Qt::NoModifier, 0);
            QTest::keyClick(scan->scanEdit(), Qt::Key_Return, Qt::NoModifier, 0);
        }
        QCOMPARE(
            scan->tags(),
            (QStringList{m_tags.at(0), m_tags.at(1), QStringLiteral("XX-000404"), m_tags.at(2)}));
        QVERIFY(scan->isVisible()); // Enter never closes the dialog
        QVERIFY(scan->tagList()->item(2)->text().contains(QStringLiteral("XX-000404")));
        scan->actionCombo()->setCurrentIndex(
            scan->actionCombo()->findData(RegisterScanDialog::Move));
        scan->roomCombo()->setCurrentIndex(scan->roomCombo()->findData(t.storeRoom));
        scan->apply();
        QVERIFY2(scan->errorText().contains(QStringLiteral("XX-000404")),
                 qPrintable(scan->errorText()));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE room_id = ?"),
                         {t.storeRoom}),
                 0);
        scan->tagList()->item(2)->setSelected(true);
        const auto buttons = scan->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QStringLiteral("Remove selected"))
                b->click();
        }
        QCOMPARE(scan->tags().size(), 3);
        QTest::mouseClick(scan->applyButton(), Qt::LeftButton);
        QVERIFY2(scan->errorText().isEmpty(), qPrintable(scan->errorText()));
        QCOMPARE(scan->changed(), 3);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE room_id = ?"),
                         {t.storeRoom}),
                 3);
        QVERIFY(scan->tags().isEmpty());
        scan->close();
    }

    void categoriesDialogEditsTheTree()
    {
        Test::EquipmentStore t;
        const Session clerk = t.as(Role::Clerk);
        EquipmentService service(clerk);
        RegisterCategoriesDialog dialog(service);
        QVERIFY(dialog.tree()->topLevelItemCount() >= 8);
        QVERIFY(dialog.selectCategory(service.category(QStringLiteral("computer")).id));
        dialog.addChild();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        dialog.nameEdit()->setText(QStringLiteral("一体机"));
        dialog.lifeSpin()->setValue(7);
        dialog.addField();
        dialog.fieldsTable()->item(0, 0)->setText(QStringLiteral("screen"));
        dialog.fieldsTable()->item(0, 1)->setText(QStringLiteral("屏幕尺寸"));
        dialog.save();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        bool found = false;
        for (const AssetCategory &c : service.categories()) {
            if (c.name == QStringLiteral("一体机")) {
                found = true;
                QCOMPARE(c.parentId, service.category(QStringLiteral("computer")).id);
                QCOMPARE(c.serviceLifeYears, 7);
                QCOMPARE(c.customFields.size(), 1);
            }
        }
        QVERIFY(found);
    }

    void teachersView()
    {
        Test::EquipmentStore t;
        fill(t);
        const Session teacher = t.as(Role::Teacher);
        RegisterTab tab(t.store, teacher);
        tab.show();
        QCOMPARE(tab.visibleCount(), 5);
        QVERIFY(tab.selectSourceRow(0));
        for (const char *name :
             {"add", "edit", "move", "assign", "lend", "repair", "lost", "scan", "import"})
            QVERIFY2(!tab.action(QLatin1String(name))->isEnabled(), name);
        QVERIFY(tab.action(QStringLiteral("export"))->isEnabled());
        QVERIFY(!tab.moveCurrent(QStringLiteral("move")));
    }

    void photos()
    {
        Test::EquipmentStore t;
        fill(t);
        const Session clerk = t.as(Role::Clerk);
        RegisterTab tab(t.store, clerk);
        tab.show();
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = t.dir.filePath(QStringLiteral("白板.png"));
        QVERIFY(image.save(path));
        QVERIFY(tab.openRecord(EquipmentService(clerk).asset(m_tags.at(3)).id));
        QVERIFY(tab.addPhotoFromFile(path));
        QCOMPARE(tab.photoList()->count(), 1);
        QCOMPARE(tab.photoList()->item(0)->text(), QStringLiteral("白板"));
        const QList<AssetPhoto> photos
            = EquipmentService(clerk).photos(EquipmentService(clerk).asset(m_tags.at(3)).id);
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().mime, QStringLiteral("image/png"));
        QVERIFY(
            QFile::exists(t.dir.filePath(QStringLiteral("blobs/") + photos.first().sha256.left(2)
                                         + QLatin1Char('/') + photos.first().sha256)));
    }
};

QTEST_MAIN(TestRegisterTab)
#include "tst_registertab.moc"
