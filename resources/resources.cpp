#include "resources.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

QString Resources::appIconSvgPath()
{
    return QStringLiteral(":/frontdesk/icons/frontdesk.svg");
}

QIcon Resources::appIcon()
{
    // Rendered here instead of QIcon(path), which needs Qt's SVG icon engine plugin: a
    // deployment without that plugin would otherwise show no icon at all.
    QSvgRenderer renderer(appIconSvgPath());
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
