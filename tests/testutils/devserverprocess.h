#pragma once
#include <QObject>
class DevServerProcess : public QObject
{
    Q_OBJECT
};
