// ISO 8601 parsing: never crashes; a parsed time is UTC, formats to text that parses back to
// the same instant, and the UTF-8 and UTF-16 entry points agree.

#include "fuzzcheck.h"
#include "isodatetime.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto fromUtf8 = IsoDateTime::parseUtf8(bytes);
    const auto fromText = IsoDateTime::parse(QString::fromUtf8(bytes));
    if (!bytes.startsWith("\xEF\xBB\xBF")) // fromUtf8 drops a leading BOM
        FUZZ_CHECK(fromUtf8.has_value() == fromText.has_value());
    if (fromUtf8) {
        FUZZ_CHECK(fromUtf8->isValid() && fromUtf8->timeSpec() == Qt::UTC);
        const QString formatted = IsoDateTime::format(*fromUtf8);
        const auto again = IsoDateTime::parse(formatted);
        FUZZ_CHECK(again && *again == *fromUtf8);
        FUZZ_CHECK(IsoDateTime::format(*again) == formatted);
    }
    if (fromUtf8 && fromText)
        FUZZ_CHECK(*fromUtf8 == *fromText);
    IsoDateTime::parseDate(QString::fromUtf8(bytes));
    return 0;
}
