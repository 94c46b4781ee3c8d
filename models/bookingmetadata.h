#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// A booking's metadata: any JSON object the server likes. The decoder keeps its text exactly
// as sent (a slice of the record's bytes, shared, not copied) and Qt's parser builds the
// QJsonObject the first time something reads it: most bookings of a sync are written to the
// cache and never looked at, and building every metadata object was a fifth of decoding a
// page. Reads behave like a const QJsonObject. Not for concurrent first reads of one object
// from two threads (copies are independent).
class BookingMetadata
{
public:
    BookingMetadata() = default;
    BookingMetadata(const QJsonObject &object) : m_object(object) {} // NOLINT: as a QJsonObject
    BookingMetadata &operator=(const QJsonObject &object)
    {
        *this = BookingMetadata(object);
        return *this;
    }
    // The object whose text is bytes [begin, begin + size) of `record` (already checked to be
    // valid JSON by the decoder).
    static BookingMetadata fromJson(const QByteArray &record, qsizetype begin, qsizetype size);

    const QJsonObject &object() const;
    operator const QJsonObject &() const { return object(); } // NOLINT: reads as a QJsonObject
    // The text as the server sent it; empty when the metadata was built in code.
    QByteArrayView json() const { return QByteArrayView(m_record).sliced(m_begin, m_size); }

    bool isEmpty() const { return object().isEmpty(); }
    qsizetype size() const { return object().size(); }
    template<typename Key> bool contains(const Key &key) const { return object().contains(key); }
    template<typename Key> QJsonValue value(const Key &key) const { return object().value(key); }
    QJsonObject::const_iterator begin() const { return object().constBegin(); }
    QJsonObject::const_iterator end() const { return object().constEnd(); }
    QJsonObject::const_iterator constBegin() const { return object().constBegin(); }
    QJsonObject::const_iterator constEnd() const { return object().constEnd(); }

    // Changing it drops the server's text: the object is what there is from then on.
    template<typename Key> void insert(const Key &key, const QJsonValue &value)
    {
        QJsonObject changed = object();
        changed.insert(key, value);
        *this = changed;
    }
    template<typename Key> void remove(const Key &key)
    {
        QJsonObject changed = object();
        changed.remove(key);
        *this = changed;
    }

    friend bool operator==(const BookingMetadata &a, const BookingMetadata &b)
    {
        return a.object() == b.object();
    }
    friend bool operator==(const BookingMetadata &a, const QJsonObject &b)
    {
        return a.object() == b;
    }

private:
    QByteArray m_record;
    qsizetype m_begin = 0;
    qsizetype m_size = 0;
    mutable std::optional<QJsonObject> m_object;
};
