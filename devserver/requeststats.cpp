#include "requeststats.h"

#include <QJsonDocument>

void RequestStats::record(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ++m_total;
    ++m_byMethod[method];
    if (method == "PATCH") {
        m_patches.append({path, body});
        if (m_patches.size() > 50)
            m_patches.removeFirst();
    }
}

void RequestStats::reset()
{
    m_total = 0;
    m_byMethod.clear();
    m_patches.clear();
}

QJsonArray RequestStats::patches() const
{
    QJsonArray result;
    for (const auto &[path, body] : m_patches) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        result.append(QJsonObject{
            {QStringLiteral("path"), path},
            {QStringLiteral("body"), document.isObject() ? QJsonValue(document.object())
                                                         : QJsonValue(QString::fromUtf8(body))}});
    }
    return result;
}

QJsonObject RequestStats::byMethod() const
{
    QJsonObject result;
    for (auto it = m_byMethod.cbegin(); it != m_byMethod.cend(); ++it)
        result.insert(QString::fromLatin1(it.key()), it.value());
    return result;
}
