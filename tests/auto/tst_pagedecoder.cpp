// decodePage reads list pages straight from their bytes (PageReader) and leaves what it is
// not sure of to the QJsonDocument path. Both must give exactly the same: every page here
// goes through both, and every field, error text and skipped record must match, down to
// null versus empty strings, time specs and the number types inside metadata.

#include "bookingjson.h"
#include "bookingjsonsamples.h"
#include "bookingpagegenerator.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QTest>

#include <iterator>

using namespace Qt::StringLiterals;
using namespace BookingJsonSamples;

namespace {

// How decodePage answered a page.
struct Paths
{
    int direct = 0;          // the direct reader, every record its own
    int directDeferring = 0; // the direct reader, some records through QJsonDocument
    int reference = 0;       // the QJsonDocument path, for a page that decodes
    int failed = 0;          // no page, an error

    void count(const Paths &other)
    {
        direct += other.direct;
        directDeferring += other.directDeferring;
        reference += other.reference;
        failed += other.failed;
    }
};

QByteArray cbor(const QJsonObject &object)
{
    // Integer and double, key order and duplicates all show in the encoding.
    return QCborMap::fromJsonObject(object).toCborValue().toCbor();
}

void compareText(const QString &actual, const QString &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.isNull(), expected.isNull());
}

void compareTime(const QDateTime &actual, const QDateTime &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual.timeSpec(), expected.timeSpec());
        QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }
}

void compareBooking(const Booking &actual, const Booking &expected)
{
    compareText(actual.id, expected.id);
    compareText(actual.leadId, expected.leadId);
    QCOMPARE(actual.calcomBookingId, expected.calcomBookingId);
    compareText(actual.calcomBookingUid, expected.calcomBookingUid);
    QCOMPARE(actual.eventTypeId, expected.eventTypeId);
    compareTime(actual.startTime, expected.startTime);
    compareTime(actual.endTime, expected.endTime);
    QCOMPARE(actual.status, expected.status);
    compareText(actual.meetingUrl, expected.meetingUrl);
    QCOMPARE(actual.metadata, expected.metadata);
    QCOMPARE(cbor(actual.metadata), cbor(expected.metadata));
    QCOMPARE(QJsonDocument(actual.metadata).toJson(), QJsonDocument(expected.metadata).toJson());
    compareTime(actual.createdAt, expected.createdAt);
    compareTime(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.lead.has_value(), expected.lead.has_value());
    if (expected.lead) {
        compareText(actual.lead->id, expected.lead->id);
        compareText(actual.lead->name, expected.lead->name);
        compareText(actual.lead->email, expected.lead->email);
        compareText(actual.lead->phone, expected.lead->phone);
        QCOMPARE(actual.lead->channel, expected.lead->channel);
        QCOMPARE(actual.lead->status, expected.lead->status);
    }
    QCOMPARE(actual.json, expected.json);
    QVERIFY(actual == expected);
}

void comparePage(const BookingPage &actual, const BookingPage &expected)
{
    QCOMPARE(actual.total, expected.total);
    QCOMPARE(actual.page, expected.page);
    QCOMPARE(actual.size, expected.size);
    QCOMPARE(actual.skipped.size(), expected.skipped.size());
    for (qsizetype i = 0; i < expected.skipped.size(); ++i) {
        QCOMPARE(actual.skipped.at(i).index, expected.skipped.at(i).index);
        compareText(actual.skipped.at(i).id, expected.skipped.at(i).id);
        compareText(actual.skipped.at(i).reason, expected.skipped.at(i).reason);
    }
    QCOMPARE(actual.bookings.size(), expected.bookings.size());
    for (qsizetype i = 0; i < expected.bookings.size(); ++i) {
        compareBooking(actual.bookings.at(i), expected.bookings.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

// Decodes `body` both ways, compares, and says which path decodePage took.
Paths decodeBothWays(const QByteArray &body)
{
    Paths paths;
    const QString untouched = u"untouched"_s;
    QString referenceError = untouched;
    const auto reference = BookingJson::decodePageReference(body, &referenceError);
    QString error = untouched;
    const auto page = BookingJson::decodePage(body, &error);
    int deferred = -1;
    const auto direct = BookingJson::decodePageDirect(body, &deferred);

    [&] {
        QCOMPARE(error, referenceError);
        QCOMPARE(page.has_value(), reference.has_value());
        if (!reference) {
            QVERIFY(!direct);
            QVERIFY(!BookingJson::decodePage(body, nullptr));
            ++paths.failed;
            return;
        }
        comparePage(*page, *reference);
        if (QTest::currentTestFailed())
            return;
        if (!direct) {
            ++paths.reference;
            return;
        }
        comparePage(*direct, *reference);
        QVERIFY(deferred >= 0);
        ++(deferred == 0 ? paths.direct : paths.directDeferring);
    }();
    if (QTest::currentTestFailed())
        qWarning("page: %s", body.toPercentEncoding(" {}[]:,\"").constData());
    return paths;
}

QByteArray pageOf(const QList<QByteArray> &records, const QByteArray &envelope = ",\"total\":9")
{
    return "{\"bookings\":[" + records.join(',') + ']' + envelope + '}';
}

// The minimal record with `key` (its own or a new one) set to `rawValue`, once.
QByteArray withField(const QByteArray &key, const QByteArray &rawValue)
{
    QByteArray json = minimalWith(QString::fromLatin1(key), QJsonValue(QJsonValue::Undefined));
    json.chop(1);
    return json + ",\"" + key + "\":" + rawValue + '}';
}

QByteArray nested(int depth, const QByteArray &inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

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

QByteArray valueAfter(const QByteArray &body, qsizetype at, qsizetype *end)
{
    qsizetype p = at;
    int depth = 0;
    do {
        if (p >= body.size())
            break;
        const char c = body.at(p);
        if (c == '"') {
            for (++p; p < body.size() && body.at(p) != '"'; ++p) {
                if (body.at(p) == '\\')
                    ++p;
            }
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++p;
        } else if (c == '}' || c == ']') {
            --depth;
            ++p;
        } else if (depth > 0) {
            ++p;
        } else {
            while (p < body.size() && !QByteArrayView(",}] \n\t\r").contains(body.at(p)))
                ++p;
        }
    } while (depth > 0);
    *end = qMin(p, body.size());
    return body.mid(at, *end - at);
}

// Mutations that keep most pages valid JSON, so that the direct reader has work to do:
// names twice or escaped, values of the wrong type, deeper nesting, escapes, non-ASCII
// text and spacing inserted anywhere. Byte-level damage comes from tst_bookingjson's.
void mutate(QByteArray *body, QRandomGenerator *random)
{
    static const QByteArray kNames[] = {"id",
                                        "lead_id",
                                        "calcom_booking_id",
                                        "calcom_booking_uid",
                                        "event_type_id",
                                        "status",
                                        "start_time",
                                        "end_time",
                                        "created_at",
                                        "updated_at",
                                        "meeting_url",
                                        "metadata",
                                        "lead",
                                        "name",
                                        "channel",
                                        "notes",
                                        "service",
                                        "bookings",
                                        "total",
                                        "page"};
    static const QByteArray kValues[] = {"\"x\"",
                                         "\"\"",
                                         "1",
                                         "-0",
                                         "1.5",
                                         "1e2",
                                         "25.0",
                                         "null",
                                         "true",
                                         "false",
                                         "{}",
                                         "[]",
                                         "[1,\"a\",{\"b\":null}]",
                                         "{\"a\":{\"b\":[1,2]}}",
                                         "\"2026-03-20T14:00:00Z\"",
                                         "\"2026-03-20T14:00:00.123456+00:00\"",
                                         "\"confirmed\"",
                                         "\"whatsapp\"",
                                         "\"123\"",
                                         "\"9223372036854775808\"",
                                         "9223372036854775808",
                                         "\"\\u00e9\\ud83d\\ude00\"",
                                         "\"\\ud800\"",
                                         "\"\\u0041\"",
                                         "12345678901234567890",
                                         "\"Zoë 山田\""};
    static const QByteArray kInserts[] = {
        "\\u00e9",      "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\u0000", "\\n",
        "\\\"",         "\\\\",           "\\/",     "\\a",     "é",       "😀",
        "\xef\xbb\xbf", "\xef\xbf\xbf",   " ",       "\t",      "\n",      "\r\n",
        "\x01",         "\\u12",          "\\"};
    static const int kDepths[] = {1, 2, 3, 57, 58, 59, 60, 61, 62, 70, 1030};

    const auto pick = [&](qsizetype bound) { return qsizetype(random->bounded(int(bound))); };
    const QByteArray name = '"' + kNames[pick(std::size(kNames))] + "\":";
    const qsizetype named = body->isEmpty() ? -1 : body->indexOf(name, pick(body->size()));
    const qsizetype at = named >= 0 ? named : body->indexOf(name);
    switch (random->bounded(7)) {
    case 0:
        mutateBytes(body, random);
        break;
    case 1:
        if (!body->isEmpty())
            body->insert(pick(body->size()), kInserts[pick(std::size(kInserts))]);
        break;
    case 2: // the name twice in one object
        if (at >= 0)
            body->insert(at, name + kValues[pick(std::size(kValues))] + ',');
        break;
    case 3: // a value of another type
        if (at >= 0) {
            qsizetype end = 0;
            valueAfter(*body, at + name.size(), &end);
            body->replace(at + name.size(), end - at - name.size(),
                          kValues[pick(std::size(kValues))]);
        }
        break;
    case 4: // deeper nesting
        if (at >= 0) {
            qsizetype end = 0;
            const QByteArray value = valueAfter(*body, at + name.size(), &end);
            const int depth = kDepths[pick(std::size(kDepths))];
            const QByteArray wrapped = random->bounded(2)
                                           ? nested(depth, value)
                                           : QByteArray(depth, '{').replace("{", "{\"n\":") +
                                                 value + QByteArray(depth, '}');
            body->replace(at + name.size(), end - at - name.size(), wrapped);
        }
        break;
    case 5: // a name spelled with an escape
        if (at >= 0)
            body->replace(at + 1, 1,
                          QByteArray("\\u00" + QByteArray::number(uchar(body->at(at + 1)), 16)));
        break;
    default: // spacing around a structural character
        if (!body->isEmpty()) {
            const qsizetype p = pick(body->size());
            if (QByteArrayView("{}[],:").contains(body->at(p)))
                body->insert(p + random->bounded(2), " \n\t\r"_ba.mid(pick(4), 1 + pick(3)));
        }
        break;
    }
}

} // namespace

class TestPageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void bookingJsonPages();
    void edgeCases();
    void generatedPages();
    void mutatedPages();
};

void TestPageDecoder::bookingJsonPages()
{
    const auto [recordBytes, records] = recordBytesPage();
    QList<QByteArray> pages = {oneBadRecordPage(),        nonObjectRecordsPage(),
                               unreadableIdsPage(),       recordBytes,
                               twoBookingsKeysPage(),     hugeMetadataPage(QString(1 << 20, u'n')),
                               pageBody(fiveRecords(), 5)};
    for (int depth : {40, 500, 1020, 2000})
        pages.append(nestedMetadataPage(depth));
    pages += mutationSeeds();
    pages += tablePages();

    Paths paths;
    for (const QByteArray &body : pages) {
        paths.count(decodeBothWays(body));
        if (QTest::currentTestFailed())
            return;
    }
    qDebug("%lld pages: %d direct, %d direct with deferred records, %d reference, %d failed",
           pages.size(), paths.direct, paths.directDeferring, paths.reference, paths.failed);
    // The page whose record bytes tst_bookingjson checks and the nested pages within the
    // reader's depth are the direct reader's; bad records in the tables go to the reference
    // one by one, without the page.
    QVERIFY(BookingJson::decodePageDirect(recordBytes));
    QVERIFY(BookingJson::decodePageDirect(nestedMetadataPage(40)));
    QVERIFY(!BookingJson::decodePageDirect(nestedMetadataPage(500)));
    QVERIFY(!BookingJson::decodePageDirect(twoBookingsKeysPage()));
    QVERIFY2(paths.direct + paths.directDeferring > pages.size() * 3 / 4,
             qPrintable(QString::number(paths.direct + paths.directDeferring)));
    QVERIFY(paths.directDeferring > 0 && paths.reference > 0 && paths.failed > 0);
}

void TestPageDecoder::edgeCases()
{
    const QList<QByteArray> pages = edgePages();
    Paths paths;
    for (const QByteArray &body : pages) {
        paths.count(decodeBothWays(body));
        if (QTest::currentTestFailed())
            return;
    }
    qDebug("%lld pages: %d direct, %d direct with deferred records, %d reference, %d failed",
           pages.size(), paths.direct, paths.directDeferring, paths.reference, paths.failed);
    QVERIFY(paths.direct > 0 && paths.directDeferring > 0 && paths.reference > 0 &&
            paths.failed > 0);
}

void TestPageDecoder::generatedPages()
{
    using Generator = BookingPageGenerator;
    Generator generator(20260320);
    int pages = 0;
    for (const auto metadata : {Generator::Metadata::Plain, Generator::Metadata::Rich}) {
        for (const auto style : {Generator::Style::Server, Generator::Style::Spaced,
                                 Generator::Style::AsciiOnly, Generator::Style::Indented}) {
            for (int i = 0; i < 4; ++i) {
                const QByteArray body = generator.page(100, metadata, style);
                const Paths paths = decodeBothWays(body);
                if (QTest::currentTestFailed())
                    return;
                // Pages like the server's are the direct reader's alone.
                QCOMPARE(paths.direct, 1);
                ++pages;
            }
        }
    }
    QCOMPARE(pages, 32);
}

void TestPageDecoder::mutatedPages()
{
    BookingPageGenerator generator(7);
    QList<QByteArray> seeds = mutationSeeds();
    for (const auto style :
         {BookingPageGenerator::Style::Server, BookingPageGenerator::Style::Spaced,
          BookingPageGenerator::Style::AsciiOnly}) {
        seeds.append(generator.page(3, BookingPageGenerator::Metadata::Rich, style));
        seeds.append(generator.page(2, BookingPageGenerator::Metadata::Plain, style));
    }

    QRandomGenerator random(19700101);
    Paths paths;
    constexpr int kRounds = 6000;
    for (int round = 0; round < kRounds; ++round) {
        QByteArray body = seeds.at(random.bounded(int(seeds.size())));
        const int mutations = 1 + random.bounded(3);
        for (int m = 0; m < mutations; ++m)
            mutate(&body, &random);
        paths.count(decodeBothWays(body));
        if (QTest::currentTestFailed()) {
            qWarning("round %d", round);
            return;
        }
    }
    qDebug("%d pages: %d direct, %d direct with deferred records, %d reference, %d failed", kRounds,
           paths.direct, paths.directDeferring, paths.reference, paths.failed);
    // Guards the mutations: each path must have been taken often.
    QVERIFY2(paths.direct > kRounds / 10, qPrintable(QString::number(paths.direct)));
    QVERIFY2(paths.directDeferring > kRounds / 20,
             qPrintable(QString::number(paths.directDeferring)));
    QVERIFY2(paths.reference > kRounds / 20, qPrintable(QString::number(paths.reference)));
    QVERIFY2(paths.failed > kRounds / 20, qPrintable(QString::number(paths.failed)));
}

QTEST_GUILESS_MAIN(TestPageDecoder)
#include "tst_pagedecoder.moc"
