#include "pagerecordscanner.h"

#include <cstring>

PageRecordScanner::PageRecordScanner(const QByteArray &body)
    : m_begin(body.constData()), m_p(m_begin), m_end(m_begin + body.size())
{}

std::optional<QList<PageRecordScanner::Span>> PageRecordScanner::records()
{
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xef\xbb\xbf", 3) == 0)
        m_p += 3;
    std::optional<QList<Span>> result;
    skipSpace();
    if (!take('{'))
        return std::nullopt;
    skipSpace();
    if (take('}'))
        return std::nullopt;
    while (true) {
        skipSpace();
        const char *key = m_p + 1;
        if (!skipString())
            return std::nullopt;
        const std::size_t length = std::size_t(m_p - 1 - key);
        if (std::memchr(key, '\\', length))
            return std::nullopt;
        skipSpace();
        if (!take(':'))
            return std::nullopt;
        skipSpace();
        if (length == 8 && std::memcmp(key, "bookings", 8) == 0 && m_p < m_end && *m_p == '[') {
            if (result)
                return std::nullopt;
            result = elements();
            if (!result)
                return std::nullopt;
        } else if (!skipValue()) {
            return std::nullopt;
        }
        skipSpace();
        if (take('}'))
            return result;
        if (!take(','))
            return std::nullopt;
    }
}

std::optional<QList<PageRecordScanner::Span>> PageRecordScanner::elements()
{
    QList<Span> spans;
    ++m_p; // [
    skipSpace();
    if (take(']'))
        return spans;
    while (true) {
        skipSpace();
        const qsizetype begin = m_p - m_begin;
        if (!skipValue())
            return std::nullopt;
        spans.append({begin, qsizetype(m_p - m_begin)});
        skipSpace();
        if (take(']'))
            return spans;
        if (!take(','))
            return std::nullopt;
    }
}

bool PageRecordScanner::take(char c)
{
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    return false;
}

void PageRecordScanner::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool PageRecordScanner::skipString()
{
    if (!take('"'))
        return false;
    while (m_p < m_end) {
        const char c = *m_p++;
        if (c == '"')
            return true;
        if (c == '\\' && m_p < m_end)
            ++m_p;
    }
    return false;
}

// One value, containers included, without recursion: the nesting depth is the sender's
// choice.
bool PageRecordScanner::skipValue()
{
    qsizetype depth = 0;
    do {
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char c = *m_p;
        if (c == '"') {
            if (!skipString())
                return false;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++m_p;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return false;
            ++m_p;
        } else if (c == ',' || c == ':') {
            if (depth == 0)
                return false;
            ++m_p;
        } else {
            while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' &&
                   *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
                ++m_p;
        }
    } while (depth > 0);
    return true;
}
