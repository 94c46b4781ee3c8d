#pragma once

#include <QIcon>
#include <QString>

// Access to the compiled-in resources, so that callers never spell resource paths.
class Resources
{
public:
    // The application icon in the sizes window managers and task bars ask for.
    static QIcon appIcon();
    // The icon's SVG source inside the resources.
    static QString appIconSvgPath();
};
