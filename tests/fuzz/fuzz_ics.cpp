// .ics folding and escaping: every physical line at most 75 octets, never a UTF-8 sequence
// split where the input had it whole, and unfolding gives the input back; escaped text has
// no line break or control character but tab left, and unescapes to the input without
// them (CRLF, CR and LF each one line break).

#include "bookingicsexporter.h"
#include "fuzzcheck.h"

#include <cstdint>

namespace {

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!line.contains('\r') && !line.contains('\n')) {
        const QByteArray folded = BookingIcsExporter::foldLine(line);
        FUZZ_CHECK(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (const QByteArray &part : physical)
            FUZZ_CHECK(part.size() - (part.endsWith('\r') ? 1 : 0) <= 75);
        FUZZ_CHECK(QByteArray(folded).chopped(2).replace("\r\n ", "") == line);
    }

    const QString text = QString::fromUtf8(line);
    const QString escaped = BookingIcsExporter::escapeText(text);
    for (const QChar c : escaped)
        FUZZ_CHECK((c.unicode() >= 0x20 && c.unicode() != 0x7f) || c == u'\t');
    QString expected;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // CRLF is one line break
        if (c == u'\r' || c == u'\n')
            expected += u'\n';
        else if ((c.unicode() >= 0x20 && c.unicode() != 0x7f) || c == u'\t')
            expected += c;
    }
    FUZZ_CHECK(unescape(escaped) == expected);
    return 0;
}
