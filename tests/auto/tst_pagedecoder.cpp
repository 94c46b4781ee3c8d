// BookingJson's decoder (simdjson, models/bookingdecoder.cpp) against an independent
// QJsonDocument-based reading written from the same rules (tests/fuzz/referencedecoder.h):
// every page here goes through both, and every field, error and skipped record must match,
// down to time specs and the number types inside metadata. Each decoded record is also
// decoded alone, as a detail answer and as the cache's bytes.
// Here: the pages of tst_bookingjson's tables, pages at the edges of what the direct reader
// takes, and byte order marks. Generated and mutated pages: tst_pagedecodermutations.

#include "bookingjson.h"
#include "bookingjsonsamples.h"
#include "pagedecodercheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BookingJsonSamples;
using namespace PageDecoderCheck;

namespace {

// Text, numbers and names at the edges of what the direct reader takes, and just past them.
QList<QByteArray> edgePages()
{
    const QList<QByteArray> strings = {R"("\u00e9\u00E9")",
                                       R"("\ud83d\ude00")",
                                       R"("\ud800")",
                                       R"("\udc00x")",
                                       R"("\ud800\ud800")",
                                       R"("\u0000")",
                                       R"("\/\b\f\n\r\t\"\\")",
                                       R"("\a")",
                                       R"("\x")",
                                       R"("\u12")",
                                       R"("\u12G4")",
                                       R"("\uG234")",
                                       R"("\u-123")",
                                       R"("\u 123")",
                                       R"("\")",
                                       "\"\x01\x1f\t\n\"",
                                       QByteArray("\"a\0b\"", 5),
                                       "\"\xef\xbb\xbf"
                                       "BOM\"",
                                       R"("\ufeffBOM")",
                                       "\"\xef\xbf\xbf\"",
                                       "\"\xf4\x8f\xbf\xbf\"",
                                       "\"\xf4\x90\x80\x80\"",
                                       "\"\xed\xa0\x80\"",
                                       "\"\xc0\xaf\"",
                                       "\"\xe0\x80\xaf\"",
                                       "\"\xf0\x80\x80\xaf\"",
                                       "\"\xc3\"",
                                       "\"\x80\"",
                                       "\"\xfe\"",
                                       "\"\xff\"",
                                       "\"é\xc3\"",
                                       "\"\xf0\x9f\x98\x80 \xe5\xb1\xb1\"",
                                       R"("")",
                                       R"(" ")",
                                       '"' + QByteArray(200, 'x') + '"',
                                       '"' + QByteArray(100, 'y') + R"(\n")"};
    const QList<QByteArray> numbers = {"-0",
                                       "0",
                                       "00",
                                       "01",
                                       "1.0",
                                       "1.",
                                       ".5",
                                       "+1",
                                       "1e2",
                                       "1E+2",
                                       "1e-2",
                                       "1.5",
                                       "-1.5e-3",
                                       "123456789012345678",
                                       "1234567890123456789",
                                       "9223372036854775807",
                                       "9223372036854775808",
                                       "-9223372036854775808",
                                       "-9223372036854775809",
                                       "1e308",
                                       "1e309",
                                       "1e-400",
                                       "0e999",
                                       "-",
                                       "1e",
                                       "1e+",
                                       "Infinity",
                                       "NaN",
                                       "0x10",
                                       QByteArray(40, '7'),
                                       QByteArray(41, '7'),
                                       "1e250",
                                       "1e251",
                                       "1e0001",
                                       "2147483647",
                                       "2147483648",
                                       "-1",
                                       "1.5e1",
                                       "0.0000001"};
    const QList<QByteArray> ids = {R"("0000000000000000001")",
                                   R"("9223372036854775807")",
                                   R"("9223372036854775808")",
                                   R"("99999999999999999999")",
                                   R"("12a")",
                                   R"("")",
                                   "\"\xd9\xa1\xd9\xa2\"",
                                   R"("\u0031")",
                                   "\"\xef\xbc\x91\"",
                                   R"("123456789012345678")",
                                   R"(" 1")"};
    const QList<QByteArray> values = {
        "null", "true", "false", "{}", "[]", "[1,{\"a\":null}]", "{\"a\":{\"b\":[1,2.5,\"x\"]}}",
        "\"x\""};
    const QList<QByteArray> fieldValues = strings + numbers + ids + values;

    QList<QByteArray> pages;
    for (const char *key :
         {"id", "lead_id", "calcom_booking_id", "calcom_booking_uid", "event_type_id", "start_time",
          "created_at", "status", "meeting_url", "metadata", "lead", "unknown"}) {
        for (const QByteArray &value : fieldValues)
            pages.append(pageOf({withField(key, value)}));
    }
    for (const char *key : {"name", "email", "channel", "status", "id", "extra"}) {
        for (const QByteArray &value : fieldValues)
            pages.append(
                pageOf({withField("lead", "{\"" + QByteArray(key) + "\":" + value + '}')}));
    }
    for (const QByteArray &value : fieldValues) {
        pages.append(pageOf({withField("metadata", "{\"v\":" + value + '}')}));
        pages.append(pageOf({compact(minimalRecord())}, ",\"total\":" + value));
        pages.append(pageOf({compact(minimalRecord())}, ",\"total\":1,\"page\":" + value));
        pages.append(pageOf({compact(minimalRecord())}, ",\"total\":1,\"size\":" + value));
        pages.append(pageOf({value, compact(minimalRecord())}));
    }

    const QByteArray record = compact(minimalRecord());
    const QByteArray inner = record.mid(1); // without its opening brace
    pages += {
        // Names twice, or spelled with escapes, at every level.
        pageOf({"{\"id\":\"first\"," + inner}),
        pageOf({"{\"status\":\"pending\"," + inner}),
        pageOf({"{\"status\":\"cancelled\"," + inner}),
        pageOf({"{\"lead\":null," + inner.chopped(1) + ",\"lead\":{\"name\":\"x\"}}"}),
        pageOf({R"({"lead":{"email":"e@x"},)" + inner.chopped(1) + R"(,"lead":{"name":"x"}})"}),
        pageOf({"{\"metadata\":{\"a\":1}," + inner.chopped(1) + ",\"metadata\":{\"b\":2}}"}),
        pageOf({"{\"extra\":1,\"extra\":2," + inner}),
        pageOf({R"({"\u0069d":"escaped",)" + inner}),
        pageOf({R"({"st\u0061tus":"cancelled",)" + inner}),
        pageOf({R"({"unkn\u006fwn":1,)" + inner}),
        pageOf({withField("lead", R"({"n\u0061me":"Jane","name":"Joan"})")}),
        pageOf({withField("lead", R"({"name":"Jane","name":"Joan"})")}),
        pageOf({withField("metadata", R"({"notes":"a","notes":"b","n\u006ftes":"c"})")}),
        pageOf({withField("metadata", R"({"ä":1,"a":2,"😀":3,"\uffff":4,"z":{"y":1,"y":[]}})")}),
        pageOf({record}, R"(,"total":1,"total":2)"),
        pageOf({record}, R"(,"total":1,"page":1,"page":2)"),
        pageOf({record}, R"(,"total":1,"next":1,"next":2)"),
        pageOf({record}, R"(,"tot\u0061l":1,"total":1)"),
        pageOf({record}, R"(,"total":1,"n\u0065xt":1)"),
        R"({"b\u006fokings":[],"total":0})",
        R"({"bookings":[],"bookings":[],"total":0})",
        R"({"bookings":null,"bookings":[],"total":0})",
        // Spacing, byte order marks, what follows the page.
        " \t\r\n{ \"bookings\" : [ " + record + " , " + record + " ] ,\r\n\"total\" : 2 } \n",
        "\xef\xbb\xbf" + pageOf({record}),
        "\xef\xbb\xbf\xef\xbb\xbf" + pageOf({record}),
        "\xef\xbb\xbf",
        " \xef\xbb\xbf" + pageOf({record}),
        pageOf({record}) + " x",
        pageOf({record}) + QByteArray(1, '\0'),
        pageOf({record}) + pageOf({record}),
        pageOf({record}).chopped(1),
        "{}",
        "[]",
        pageOf({"{}", "[]", "\"\"", "0", "null", record}),
        // Nesting around the reader's limit and Qt's.
        pageOf({withField("metadata", "{\"a\":" + nested(58) + '}')}),
        pageOf({withField("metadata", "{\"a\":" + nested(59) + '}')}),
        pageOf({withField("metadata", "{\"a\":" + nested(60) + '}')}),
        pageOf({withField("metadata", "{\"a\":" + nested(61) + '}')}),
        pageOf({withField("metadata", "{\"a\":" + nested(1030) + '}')}),
        pageOf({withField("x", nested(62))}),
        pageOf({nested(61), record}),
        pageOf({nested(62), record}),
        pageOf({record}, ",\"total\":1,\"x\":" + nested(63)),
        pageOf({record}, ",\"total\":1,\"x\":" + nested(64)),
        // Long fractions, escapes and non-ASCII in times; wire names too long to widen on
        // the stack.
        pageOf({withField("updated_at",
                          QByteArray("\"2026-03-20T14:00:00.") + QByteArray(60, '9') + "Z\"")}),
        pageOf({withField("updated_at",
                          QByteArray("\"2026-03-20T14:00:00.") + QByteArray(38, '9') + "Z\"")}),
        pageOf({withField("updated_at", R"("2026\u002d03-20T14:00:00Z")")}),
        pageOf({withField("updated_at", "\"2026-03-20T14:00:00\xef\xbc\xba\"")}),
        pageOf({withField("status", '"' + QByteArray(70, 'c') + '"')}),
        pageOf({withField("status", R"("c\u006fnfirmed")")}),
        pageOf({withField("lead", R"({"channel":"wh\u0061tsapp","status":"b\u006foked"})")}),
        pageOf({withField("lead", "{\"channel\":\"" + QByteArray(80, 'w') + "\"}")}),
    };
    return pages;
}

// Tables of tst_bookingjson, each record or value in a page of its own.
QList<QByteArray> tablePages()
{
    QList<QByteArray> pages;
    for (const DateTimeCase &row : dateTimeCases()) {
        QJsonObject object = minimalRecord();
        object.insert(u"start_time"_s, row.text);
        object.insert(u"end_time"_s, row.text);
        object.insert(u"created_at"_s, row.text);
        pages.append(pageBody({object}, 1));
    }
    for (const RecordCase &row : recordCases())
        pages.append(pageOf({row.record, row.record}));
    for (const IdCase &row : idCases()) {
        pages.append(pageOf({withField("calcom_booking_id", row.raw)}));
        pages.append(pageOf({withField("event_type_id", row.raw)}));
    }
    for (const LeadCase &row : leadCases())
        pages.append(pageOf({withField("lead", row.raw)}));
    for (const PageCase &row : pageEnvelopeCases())
        pages.append(row.body);
    return pages;
}

} // namespace

class TestPageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void bookingJsonPages();
    void edgeCases();
    void byteOrderMarks();
};

void TestPageDecoder::bookingJsonPages()
{
    const auto [recordBytes, records] = recordBytesPage();
    QList<QByteArray> pages = {oneBadRecordPage(),        nonObjectRecordsPage(),
                               unreadableIdsPage(),       recordBytes,
                               twoBookingsKeysPage(),     hugeMetadataPage(QString(1 << 20, u'n')),
                               pageBody(fiveRecords(), 5)};
    for (int depth : {40, 500, 1019, 1020, 1021, 1022, 2000})
        pages.append(nestedMetadataPage(depth));
    pages += mutationSeeds();
    pages += tablePages();

    Counts counts;
    for (const QByteArray &body : pages) {
        counts.count(decodeBothWays(body));
        if (QTest::currentTestFailed())
            return;
    }
    qDebug("%lld pages: %d decoded, %d with skipped records, %d failed", pages.size(),
           counts.decoded, counts.skipping, counts.failed);
    QVERIFY(counts.decoded > 0 && counts.skipping > 0 && counts.failed > 0);
}

void TestPageDecoder::edgeCases()
{
    const QList<QByteArray> pages = edgePages();
    Counts counts;
    for (const QByteArray &body : pages) {
        counts.count(decodeBothWays(body));
        if (QTest::currentTestFailed())
            return;
    }
    qDebug("%lld pages: %d decoded, %d with skipped records, %d failed", pages.size(),
           counts.decoded, counts.skipping, counts.failed);
    QVERIFY(counts.decoded > 0 && counts.skipping > 0 && counts.failed > 0);
}

// The rule of bookingdecoder.cpp: text keeps a byte order mark wherever it stands; only one
// before the body's first byte is skipped. The cases a fuzz run found decoding differently
// on the two paths of the old decoder.
void TestPageDecoder::byteOrderMarks()
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray rest =
        R"(","start_time":"2026-03-20T14:00:00Z","end_time":"2026-03-20T14:30:00Z","status":"confirmed"})";
    const QByteArray bomId = "{\"bookings\":[{\"id\":\"" + bom + rest + "],\"total\":1}";
    QString error;
    auto page = BookingJson::decodePage(bomId, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->bookings.size(), 1);
    QCOMPARE(page->bookings.first().id, QString(QChar(0xFEFF)));
    QVERIFY(page->skipped.isEmpty());
    QCOMPARE(page->bookings.first().json, bomId.mid(13, bomId.size() - 13 - 12));
    decodeBothWays(bomId);

    for (const char *key : {"calcom_booking_id", "event_type_id"}) {
        const QByteArray body = pageOf({withField(key, '"' + bom + "2\"")});
        page = BookingJson::decodePage(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->bookings.size(), 1);
        const Booking &booking = page->bookings.first();
        QCOMPARE(qstrcmp(key, "event_type_id") == 0 ? booking.eventTypeId : booking.calcomBookingId,
                 std::nullopt);
        decodeBothWays(body);
        // The same as a detail answer, and as the cache's bytes.
        const auto alone =
            BookingJson::decodeBookingBody(withField(key, '"' + bom + "2\""), &error);
        QVERIFY2(alone, qPrintable(error));
        QCOMPARE(qstrcmp(key, "event_type_id") == 0 ? alone->eventTypeId : alone->calcomBookingId,
                 std::nullopt);
    }

    // Everywhere else too: at the start, in the middle, twice, as an escape; in a name, in
    // the lead, in metadata (parsed later by Qt, which would drop a leading one).
    for (const QByteArray &text :
         QList<QByteArray>{bom, bom + "x", "x" + bom, bom + bom + "x", "\\ufeffx"_ba}) {
        const QByteArray quoted = '"' + text + '"';
        const QByteArray body = pageOf({withField("meeting_url", quoted),
                                        withField("lead", "{\"name\":" + quoted + '}'),
                                        withField("metadata", "{\"notes\":" + quoted + '}'),
                                        withField("metadata", "{" + quoted + ":1}"),
                                        withField("status", '"' + text + "confirmed\"")});
        page = BookingJson::decodePage(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->bookings.size(), 4);
        QVERIFY(page->bookings.at(0).meetingUrl.startsWith(QChar(0xFEFF)) ||
                page->bookings.at(0).meetingUrl.endsWith(QChar(0xFEFF)));
        QVERIFY(page->bookings.at(1).lead->name.contains(QChar(0xFEFF)));
        QVERIFY(page->bookings.at(2).notes().contains(QChar(0xFEFF)));
        QVERIFY(page->bookings.at(3).metadata.object().keys().first().contains(QChar(0xFEFF)));
        QCOMPARE(page->skipped.size(), 1); // a status with a BOM is not a status
        decodeBothWays(body);
        // encode() keeps it too.
        const QJsonObject encoded = BookingJson::encode(page->bookings.at(2));
        QVERIFY(encoded.value(u"metadata"_s)
                    .toObject()
                    .value(u"notes"_s)
                    .toString()
                    .contains(QChar(0xFEFF)));
    }
    // A BOM before the body is skipped, one only; elsewhere outside strings it is invalid.
    QVERIFY(BookingJson::decodePage(bom + pageOf({compact(minimalRecord())}), nullptr));
    QVERIFY(!BookingJson::decodePage(bom + bom + pageOf({compact(minimalRecord())}), nullptr));
    QVERIFY(!BookingJson::decodePage(pageOf({compact(minimalRecord())}) + bom, nullptr));
    QVERIFY(BookingJson::decodeBookingBody(bom + compact(minimalRecord()), nullptr));
}

QTEST_GUILESS_MAIN(TestPageDecoder)
#include "tst_pagedecoder.moc"
