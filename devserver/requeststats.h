#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

class RequestStats
{
public:
    void record(const QByteArray &method);
    void reset();
    qint64 total() const { return m_total; }
    QJsonObject byMethod() const;

private:
    qint64 m_total = 0;
    QMap<QByteArray, qint64> m_byMethod;
};
