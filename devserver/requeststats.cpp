#include "requeststats.h"

void RequestStats::record(const QByteArray &method)
{
    ++m_total;
    ++m_byMethod[method];
}

void RequestStats::reset()
{
    m_total = 0;
    m_byMethod.clear();
}

QJsonObject RequestStats::byMethod() const
{
    QJsonObject result;
    for (auto it = m_byMethod.cbegin(); it != m_byMethod.cend(); ++it)
        result.insert(QString::fromLatin1(it.key()), it.value());
    return result;
}
