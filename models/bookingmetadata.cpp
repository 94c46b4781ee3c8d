#include "bookingmetadata.h"

#include "bookingjson.h"

BookingMetadata BookingMetadata::fromJson(const QByteArray &record, qsizetype begin, qsizetype size)
{
    BookingMetadata metadata;
    metadata.m_record = record;
    metadata.m_begin = begin;
    metadata.m_size = size;
    return metadata;
}

const QJsonObject &BookingMetadata::object() const
{
    if (!m_object && m_size == 0)
        m_object.emplace();
    if (!m_object)
        m_object = BookingJson::parseObject(json()).value_or(QJsonObject());
    return *m_object;
}
