#pragma once

#include "bookingjson.h"
#include "jsonscanner.h"

#include <QByteArray>

#include <functional>
#include <optional>

// Decodes a list page straight from its bytes, for BookingJson::decodePage: building a
// QJsonDocument of the whole page and looking every field up in it cost a quarter of a
// sync. It gives exactly what the QJsonDocument path gives, because it only answers where
// it is sure: a page it cannot read with certainty (invalid or unusual JSON, an envelope
// that is not plainly right) gives nullopt, and a record it cannot decode with certainty (a
// bad record, duplicate or escaped names, number forms beyond plain integers) goes to the
// caller's `fallback` with its bytes, in order, for the QJsonDocument path to decode.
class PageReader
{
public:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    // Appends the record at `index` of the page's array (bytes `record` of the body) to
    // `page`, as a booking or as skipped; false gives the whole page up.
    using Fallback = std::function<bool(int index, Span record, bool isObject, BookingPage *page)>;

    explicit PageReader(const QByteArray &body);
    std::optional<BookingPage> read(const Fallback &fallback);

private:
    bool readCount(bool required, int *out);
    bool readRecords(BookingPage *page, const Fallback &fallback);

    const QByteArray &m_body;
    JsonScanner m_in;
};
