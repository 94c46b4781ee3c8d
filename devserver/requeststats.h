#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

class RequestStats
{
public:
    // Every API request; PATCH bodies are kept (the last 50) so a test can see exactly what a
    // client sent, not only what the server made of it.
    void record(const QByteArray &method, const QString &path, const QByteArray &body);
    void reset();
    qint64 total() const { return m_total; }
    QJsonObject byMethod() const;
    QJsonArray patches() const; // [{"path": ..., "body": <the JSON sent, or its text>}]

private:
    qint64 m_total = 0;
    QMap<QByteArray, qint64> m_byMethod;
    QList<std::pair<QString, QByteArray>> m_patches;
};
