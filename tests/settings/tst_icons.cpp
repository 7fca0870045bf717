#include "resources/icons.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledIconRenders_data();
    void bundledIconRenders();
    void licenceIsBundled();
    void appIcon();

private:
    static bool hasVisiblePixels(const QImage &image);
};

void TestIcons::initTestCase()
{
    SchoolSuite::installIconTheme();
    QCOMPARE(QIcon::themeName(), u"breeze"_s);
    QCOMPARE(QIcon::themeSearchPaths(), QStringList{u":/icons"_s});
}

bool TestIcons::hasVisiblePixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

void TestIcons::bundledIconRenders_data()
{
    QTest::addColumn<QString>("name");
    QFile list(QStringLiteral(SCHOOLSUITE_BREEZE_ICON_LIST));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    int count = 0;
    while (!list.atEnd()) {
        const QString name = QString::fromUtf8(list.readLine()).trimmed();
        if (name.isEmpty() || name.startsWith(u'#'))
            continue;
        QTest::newRow(qPrintable(name)) << name;
        ++count;
    }
    QVERIFY(count > 50);
}

void TestIcons::bundledIconRenders()
{
    QFETCH(QString, name);
    QVERIFY(QIcon::hasThemeIcon(name));
    // Rendering proves the SVG icon engine is there and the file is a real icon, not a link.
    for (int size : {16, 22, 32}) {
        const QImage image = QIcon::fromTheme(name).pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY2(hasVisiblePixels(image), qPrintable(u"%1 at %2 px"_s.arg(name).arg(size)));
    }
}

void TestIcons::licenceIsBundled()
{
    QFile copying(u":/icons/breeze/COPYING"_s);
    QVERIFY(copying.open(QIODevice::ReadOnly));
    QVERIFY(copying.readAll().contains("LGPL-3"));
    QFile lgpl(u":/icons/breeze/COPYING.LGPL-3"_s);
    QVERIFY(lgpl.open(QIODevice::ReadOnly));
    QVERIFY(lgpl.readAll().contains("GNU LESSER GENERAL PUBLIC LICENSE"));
}

void TestIcons::appIcon()
{
    const QIcon icon = SchoolSuite::appIcon();
    QVERIFY(!icon.isNull());
    // Scalable: it draws at the smallest and the largest size a desktop asks for.
    for (int size : {16, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(hasVisiblePixels(image));
    }
    QVERIFY(QFile::exists(u":/app/schoolsuite.svg"_s));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
