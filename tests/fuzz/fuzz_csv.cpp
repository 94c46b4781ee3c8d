// CSV writing: a booking with arbitrary text in every text column is written, and a strict
// RFC 4180 reader gets back exactly the header and the row's values (defused).

#include "bookingcsvexporter.h"
#include "fuzzcheck.h"

#include <QJsonObject>

#include <cstdint>

namespace {

// Strict: a field is quoted (with "" for a quote inside) or has no quote, comma, CR or LF;
// every record ends with CRLF. nullopt for anything else.
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < text.size()) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i < text.size() && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            records.append(record);
            record.clear();
            continue;
        }
        return std::nullopt;
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList parts = input.split(QChar(0x1f));
    while (parts.size() < 7)
        parts.append(QString());
    Booking booking;
    booking.id = parts.at(0);
    booking.startTime = QDateTime::fromMSecsSinceEpoch(1774015200000, Qt::UTC);
    booking.endTime = booking.startTime.addSecs(1800);
    Lead lead;
    lead.name = parts.at(1);
    lead.phone = parts.at(2);
    lead.email = parts.at(3);
    booking.lead = lead;
    booking.metadata = QJsonObject{{QStringLiteral("notes"), parts.at(4)},
                                   {QStringLiteral("service"), parts.at(5)}};
    booking.meetingUrl = parts.at(6);

    const QByteArray csv = BookingCsvExporter::toCsv({booking});
    FUZZ_CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const auto records = readCsv(QString::fromUtf8(csv.mid(3)));
    FUZZ_CHECK(records.has_value());
    FUZZ_CHECK(records->size() == 2);
    FUZZ_CHECK(records->at(0) == BookingCsvExporter::columnNames());
    QStringList expected;
    for (const QString &value : BookingCsvExporter::row(booking))
        expected.append(BookingCsvExporter::defuse(value));
    FUZZ_CHECK(records->at(1) == expected);
    return 0;
}
