#include "jsonscanner.h"

#include <QChar>

#include <array>
#include <bit>
#include <cstring>

namespace {

// Bytes that stand for themselves in a string and keep it ASCII. Control characters are
// among them: QJsonDocument's parser takes them unescaped, and so must this reader.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x80; ++c)
        table[std::size_t(c)] = c != '"' && c != '\\';
    return table;
}();

// Numbers whose value surely lies well inside a double's range, so that QByteArray::toDouble
// (which QJsonDocument calls) cannot refuse them for overflow or underflow.
constexpr qsizetype kMaxMantissaDigits = 40;
constexpr int kMaxExponent = 250;
// Up to 18 decimal digits always fit in a qint64.
constexpr qsizetype kMaxExactDigits = 18;

// Past the bytes that stand for themselves, eight at a time: a page is mostly string
// content, and this loop was the reader's hottest.
const char *skipPlain(const char *p, const char *end)
{
    constexpr quint64 kOnes = 0x0101010101010101;
    constexpr quint64 kHighs = 0x8080808080808080;
    const auto zeroBytes = [](quint64 v) { return (v - kOnes) & ~v & kHighs; };
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        const quint64 stop =
            zeroBytes(word ^ (kOnes * '"')) | zeroBytes(word ^ (kOnes * '\\')) | (word & kHighs);
        if (stop != 0) {
            // The lowest flagged byte is exact; only bytes above it can be flagged wrongly.
            if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
                return p + std::countr_zero(stop) / 8;
            break;
        }
        p += 8;
    }
    while (p < end && kPlain[uchar(*p)])
        ++p;
    return p;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

char16_t hexValue(const char *p)
{
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        const int digit = isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        value = char16_t(value << 4 | digit);
    }
    return value;
}

// The length of the well-formed UTF-8 sequence starting at p (whose first byte is not
// ASCII), or 0. These are the sequences Qt's decoder accepts: no overlong forms, no
// surrogates, nothing past U+10FFFF; noncharacters are allowed.
int utf8Length(const uchar *p, const uchar *end)
{
    const auto continues = [&](qsizetype i, uchar low = 0x80, uchar high = 0xbf) {
        return end - p > i && p[i] >= low && p[i] <= high;
    };
    const uchar b = p[0];
    if (b >= 0xc2 && b <= 0xdf)
        return continues(1) ? 2 : 0;
    if (b == 0xe0)
        return continues(1, 0xa0) && continues(2) ? 3 : 0;
    if (b == 0xed)
        return continues(1, 0x80, 0x9f) && continues(2) ? 3 : 0;
    if (b >= 0xe1 && b <= 0xef)
        return continues(1) && continues(2) ? 3 : 0;
    if (b == 0xf0)
        return continues(1, 0x90) && continues(2) && continues(3) ? 4 : 0;
    if (b >= 0xf1 && b <= 0xf3)
        return continues(1) && continues(2) && continues(3) ? 4 : 0;
    if (b == 0xf4)
        return continues(1, 0x80, 0x8f) && continues(2) && continues(3) ? 4 : 0;
    return 0;
}

// Text with escapes, already validated. QJsonDocument builds such strings in UTF-16 one
// character at a time, each \uXXXX as one code unit (so a pair of them forms a surrogate
// pair, and a lone surrogate stays as it is); this does the same.
QString decodeEscaped(const char *begin, const char *end)
{
    // UTF-16 never needs more code units than the UTF-8 or the escape took bytes.
    QString result(end - begin, Qt::Uninitialized);
    char16_t *const first = reinterpret_cast<char16_t *>(result.data());
    char16_t *out = first;
    const auto *p = reinterpret_cast<const uchar *>(begin);
    const auto *stop = reinterpret_cast<const uchar *>(end);
    while (p < stop) {
        const uchar c = *p;
        if (c == '\\') {
            const uchar escaped = p[1];
            p += 2;
            switch (escaped) {
            case 'b':
                *out++ = u'\b';
                break;
            case 'f':
                *out++ = u'\f';
                break;
            case 'n':
                *out++ = u'\n';
                break;
            case 'r':
                *out++ = u'\r';
                break;
            case 't':
                *out++ = u'\t';
                break;
            case 'u':
                *out++ = hexValue(reinterpret_cast<const char *>(p));
                p += 4;
                break;
            default: // " \ /
                *out++ = escaped;
                break;
            }
        } else if (c < 0x80) {
            *out++ = c;
            ++p;
        } else if (c < 0xe0) {
            *out++ = char16_t((c & 0x1f) << 6 | (p[1] & 0x3f));
            p += 2;
        } else if (c < 0xf0) {
            *out++ = char16_t((c & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f));
            p += 3;
        } else {
            const char32_t ucs4 =
                char32_t(c & 0x07) << 18 | (p[1] & 0x3f) << 12 | (p[2] & 0x3f) << 6 | (p[3] & 0x3f);
            *out++ = QChar::highSurrogate(ucs4);
            *out++ = QChar::lowSurrogate(ucs4);
            p += 4;
        }
    }
    result.truncate(out - first);
    return result;
}

} // namespace

bool JsonScanner::Text::equals(const char *latin1, qsizetype length) const
{
    return !escaped && size() == length && std::memcmp(begin, latin1, std::size_t(length)) == 0;
}

QString JsonScanner::Text::toString() const
{
    if (escaped)
        return decodeEscaped(begin, end);
    // Not a decoder of its own for plain UTF-8: QJsonValue::toString() goes through
    // QString::fromUtf8, which drops a byte order mark at the start.
    return ascii ? QString::fromLatin1(begin, size()) : QString::fromUtf8(begin, size());
}

QStringView JsonScanner::Text::view(char16_t *buffer, qsizetype capacity, QString *storage) const
{
    if (escaped || !ascii || size() > capacity) {
        *storage = toString();
        return *storage;
    }
    for (qsizetype i = 0; i < size(); ++i)
        buffer[i] = uchar(begin[i]);
    return QStringView(buffer, size());
}

JsonScanner::JsonScanner(QByteArrayView json)
    : m_begin(json.data()), m_p(m_begin), m_end(m_begin + json.size())
{}

void JsonScanner::skipByteOrderMark()
{
    // Qt's own condition, more than three bytes, to the letter.
    if (m_p == m_begin && m_end - m_p > 3 && std::memcmp(m_p, "\xef\xbb\xbf", 3) == 0)
        m_p += 3;
}

bool JsonScanner::readText(Text *text)
{
    if (!take('"'))
        return false;
    const char *p = m_p;
    bool escaped = false;
    bool ascii = true;
    while (true) {
        p = skipPlain(p, m_end);
        if (p >= m_end)
            return false;
        const char c = *p;
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            if (m_end - p < 2)
                return false;
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                break;
            case 'u':
                if (m_end - p < 6 || !isHexDigit(p[2]) || !isHexDigit(p[3]) || !isHexDigit(p[4]) ||
                    !isHexDigit(p[5]))
                    return false;
                p += 6;
                break;
            default:
                // Qt reads any other escaped character as itself; too rare to copy.
                return false;
            }
            continue;
        }
        const int length =
            utf8Length(reinterpret_cast<const uchar *>(p), reinterpret_cast<const uchar *>(m_end));
        if (length == 0)
            return false;
        ascii = false;
        p += length;
    }
    text->begin = m_p;
    text->end = p;
    text->escaped = escaped;
    text->ascii = ascii;
    m_p = p + 1;
    return true;
}

bool JsonScanner::readNumber(Number *number)
{
    const char *p = m_p;
    const bool negative = p < m_end && *p == '-';
    if (negative)
        ++p;
    const char *digits = p;
    if (p < m_end && *p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    const qsizetype integerDigits = p - digits;
    if (integerDigits == 0)
        return false;
    qsizetype fractionDigits = 0;
    bool integral = true;
    if (p < m_end && *p == '.') {
        const char *fraction = ++p;
        while (p < m_end && isDigit(*p))
            ++p;
        fractionDigits = p - fraction;
        if (fractionDigits == 0)
            return false;
        integral = false;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        const char *exponentDigits = p;
        int exponent = 0;
        while (p < m_end && isDigit(*p)) {
            if (p - exponentDigits < 4)
                exponent = exponent * 10 + (*p - '0');
            ++p;
        }
        if (p == exponentDigits || p - exponentDigits > 3 || exponent > kMaxExponent)
            return false;
    }
    // Qt refuses a number that ends the input; a valid page never has one there anyway.
    if (p >= m_end || integerDigits + fractionDigits > kMaxMantissaDigits)
        return false;

    number->begin = m_p;
    number->end = p;
    number->integer.reset();
    if (integral && integerDigits <= kMaxExactDigits) {
        qint64 value = 0;
        for (const char *d = digits; d < digits + integerDigits; ++d)
            value = value * 10 + (*d - '0');
        number->integer = negative ? -value : value;
    }
    m_p = p;
    return true;
}

bool JsonScanner::readNull()
{
    return readLiteral("null", 4);
}

bool JsonScanner::readLiteral(const char *word, qsizetype length)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, std::size_t(length)) != 0)
        return false;
    m_p += length;
    return true;
}

bool JsonScanner::skipValue(int depth)
{
    switch (peek()) {
    case '"': {
        Text text;
        return readText(&text);
    }
    case '{':
        return skipObject(depth + 1);
    case '[':
        return skipArray(depth + 1);
    case 't':
        return readLiteral("true", 4);
    case 'f':
        return readLiteral("false", 5);
    case 'n':
        return readLiteral("null", 4);
    default: {
        Number number;
        return readNumber(&number);
    }
    }
}

bool JsonScanner::readName(Text *name)
{
    if (!readText(name))
        return false;
    skipSpace();
    if (!take(':'))
        return false;
    skipSpace();
    return true;
}

bool JsonScanner::takeName(const char *name, qsizetype length)
{
    // The quote after the name ends it, since a plain name holds no quote or backslash.
    if (m_end - m_p < length + 2 || m_p[0] != '"' || m_p[length + 1] != '"')
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (m_p[i + 1] != name[i])
            return false;
    }
    const char *const start = m_p;
    m_p += length + 2;
    skipSpace();
    if (!take(':')) {
        m_p = start;
        return false;
    }
    skipSpace();
    return true;
}

bool JsonScanner::skipObject(int depth)
{
    if (depth > kMaxDepth || !take('{'))
        return false;
    skipSpace();
    if (take('}'))
        return true;
    do {
        skipSpace();
        Text name;
        if (!readName(&name) || !skipValue(depth))
            return false;
        skipSpace();
    } while (take(','));
    return take('}');
}

bool JsonScanner::skipArray(int depth)
{
    if (depth > kMaxDepth || !take('['))
        return false;
    skipSpace();
    if (take(']'))
        return true;
    do {
        skipSpace();
        if (!skipValue(depth))
            return false;
        skipSpace();
    } while (take(','));
    return take(']');
}
