#include "jsonwriter.h"

#include <algorithm>

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    push();
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    --m_depth;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    push();
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    --m_depth;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    return utf8String(text.toUtf8());
}

JsonWriter &JsonWriter::utf8String(QByteArrayView utf8)
{
    beforeValue();
    m_out.append('"');
    appendEscaped(m_out, utf8);
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::nullableString(const QString &text)
{
    return text.isNull() ? null() : string(text);
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

QByteArray JsonWriter::take()
{
    m_needsComma = 0;
    m_depth = 0;
    m_afterKey = false;
    return std::exchange(m_out, {});
}

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    const auto plain = [](char c) { return uchar(c) >= 0x20 && c != '"' && c != '\\'; };
    if (std::all_of(utf8.begin(), utf8.end(), plain)) {
        out.append(utf8);
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (uchar(c) < 0x20) {
                out.append("\\u00");
                out.append(hex[uchar(c) >> 4]);
                out.append(hex[uchar(c) & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        const quint64 bit = quint64(1) << (m_depth - 1);
        if (m_needsComma & bit)
            m_out.append(',');
        m_needsComma |= bit;
    }
}

void JsonWriter::push()
{
    Q_ASSERT(m_depth < 64);
    ++m_depth;
    m_needsComma &= ~(quint64(1) << (m_depth - 1));
}
