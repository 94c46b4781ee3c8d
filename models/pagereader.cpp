#include "pagereader.h"

#include "recordreader.h"

#include <limits>
#include <utility>

namespace {

// Qt's JSON parser measures its input in int; such pages are not worth reading here.
constexpr qsizetype kMaxBodySize = qsizetype(1) << 30;

} // namespace

PageReader::PageReader(const QByteArray &body) : m_body(body), m_in(body)
{}

std::optional<BookingPage> PageReader::read(const Fallback &fallback)
{
    if (m_body.size() > kMaxBodySize)
        return std::nullopt;
    m_in.skipByteOrderMark();
    m_in.skipSpace();
    if (!m_in.take('{'))
        return std::nullopt;
    m_in.skipSpace();
    if (m_in.peek() == '}')
        return std::nullopt;

    BookingPage page;
    bool bookings = false;
    bool total = false;
    bool number = false;
    bool size = false;
    do {
        m_in.skipSpace();
        JsonScanner::Text name;
        // PageRecordScanner, which maps records for the QJsonDocument path, gives up on an
        // escaped name; that path then re-serializes, so this one must not answer.
        if (!m_in.readName(&name) || name.escaped)
            return std::nullopt;
        bool ok = false;
        if (name.equals("bookings", 8))
            ok = !std::exchange(bookings, true) && readRecords(&page, fallback);
        else if (name.equals("total", 5))
            ok = !std::exchange(total, true) && readCount(true, &page.total);
        else if (name.equals("page", 4))
            ok = !std::exchange(number, true) && readCount(false, &page.page);
        else if (name.equals("size", 4))
            ok = !std::exchange(size, true) && readCount(false, &page.size);
        else
            ok = m_in.skipValue(1);
        if (!ok)
            return std::nullopt;
        m_in.skipSpace();
    } while (m_in.take(','));
    if (!m_in.take('}'))
        return std::nullopt;
    m_in.skipSpace();
    if (!m_in.atEnd() || !bookings || !total)
        return std::nullopt;
    return page;
}

// Only the plain forms: a whole number written without fraction or exponent, or null where
// the count is optional. Everything else, valid or not, is the QJsonDocument path's.
bool PageReader::readCount(bool required, int *out)
{
    if (m_in.peek() == 'n')
        return !required && m_in.readNull();
    JsonScanner::Number number;
    if (!m_in.readNumber(&number) || !number.integer || *number.integer < 0 ||
        *number.integer > std::numeric_limits<int>::max())
        return false;
    *out = int(*number.integer);
    return true;
}

bool PageReader::readRecords(BookingPage *page, const Fallback &fallback)
{
    if (!m_in.take('['))
        return false;
    m_in.skipSpace();
    if (m_in.take(']'))
        return true;
    int index = 0;
    do {
        m_in.skipSpace();
        const qsizetype begin = m_in.offset();
        const bool isObject = m_in.peek() == '{';
        Booking booking;
        using Outcome = RecordReader::Outcome;
        Outcome outcome = Outcome::Deferred;
        if (isObject)
            outcome = RecordReader(&m_in, m_body).read(&booking);
        else if (!m_in.skipValue(RecordReader::kDepth - 1))
            outcome = Outcome::Invalid;
        if (outcome == Outcome::Invalid)
            return false;
        const Span record{begin, m_in.offset()};
        if (outcome == Outcome::Decoded) {
            booking.json = m_body.mid(record.begin, record.end - record.begin);
            page->bookings.append(std::move(booking));
        } else if (!fallback(index, record, isObject, page)) {
            return false;
        }
        ++index;
        m_in.skipSpace();
    } while (m_in.take(','));
    return m_in.take(']');
}
