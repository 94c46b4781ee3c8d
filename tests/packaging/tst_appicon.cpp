#include "resources.h"

#include <QImage>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTest>

// The app icon as the window, the installed desktop icon and the installers use it.
class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgParses();
    void iconHasEverySize();
    void iconIsDrawn();
};

void TestAppIcon::svgParses()
{
    QSvgRenderer renderer(Resources::appIconSvgPath());
    QVERIFY(renderer.isValid());
    // Desktop icon themes scale a square icon; anything else gets squashed.
    QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());
    QVERIFY(renderer.viewBoxF().width() > 0);
}

void TestAppIcon::iconHasEverySize()
{
    const QIcon icon = Resources::appIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 32, 48, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
}

void TestAppIcon::iconIsDrawn()
{
    // Corners stay transparent (the calendar has rounded corners), the middle is painted:
    // a blank or wrongly scaled rendering fails either way.
    for (const int size : {16, 256}) {
        const QImage image = Resources::appIcon().pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size - 1, size - 1)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
