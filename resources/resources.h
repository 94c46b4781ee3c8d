#pragma once

#include <QIcon>

// Access to the compiled-in resources, so that callers never spell resource paths.
class Resources
{
public:
    static QIcon appIcon();
};
