#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// Byte ranges of the records in a list page's top-level "bookings" array, so that each
// booking keeps its bytes as the server sent them: re-serializing every record cost a
// tenth of a sync. The body must have passed a JSON parser already; this only finds
// boundaries. Anything unusual (the key twice, or spelled with escapes) gives nullopt, and
// the caller re-serializes instead.
class PageRecordScanner
{
public:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    explicit PageRecordScanner(const QByteArray &body);
    std::optional<QList<Span>> records();

private:
    std::optional<QList<Span>> elements();
    bool take(char c);
    void skipSpace();
    bool skipString();
    bool skipValue();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};
