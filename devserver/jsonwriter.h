#pragma once

#include <QByteArray>
#include <QString>

// Compact JSON written in the order the keys are given, byte for byte what FastAPI's
// json.dumps(ensure_ascii=False, separators=(",", ":")) produces. QJsonDocument would sort
// the keys, and the devserver must not share a codec with the client anyway.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &string(QStringView text);
    JsonWriter &utf8String(QByteArrayView utf8);
    // A null QString is written as JSON null.
    JsonWriter &nullableString(const QString &text);
    JsonWriter &integer(qint64 value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    // Already serialised JSON (a stored metadata object, a nested document).
    JsonWriter &raw(QByteArrayView json);

    const QByteArray &data() const { return m_out; }
    QByteArray take();

    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    void beforeValue();
    void push();

    QByteArray m_out;
    // One bit per open container: whether the next member needs a comma. 64 levels is far
    // deeper than anything the API writes (stored metadata is embedded with raw()).
    quint64 m_needsComma = 0;
    int m_depth = 0;
    bool m_afterKey = false;
};
