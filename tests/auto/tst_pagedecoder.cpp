// BookingJson's decoder (simdjson, models/bookingdecoder.cpp) against an independent
// QJsonDocument-based reading written from the same rules (tests/fuzz/referencedecoder.h):
// every page here goes through both, and every field, error and skipped record must match,
// down to time specs and the number types inside metadata. Each decoded record is also
// decoded alone, as a detail answer and as the cache's bytes.

#include "../fuzz/referencedecoder.h"
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

struct Counts
{
    int decoded = 0;  // pages that decode
    int skipping = 0; // of those, pages with skipped records
    int failed = 0;   // no page, an error

    void count(const Counts &other)
    {
        decoded += other.decoded;
        skipping += other.skipping;
        failed += other.failed;
    }
};

QByteArray cbor(const QJsonObject &object)
{
    // Integer and double, key order and duplicates all show in the encoding.
    return QCborMap::fromJsonObject(object).toCborValue().toCbor();
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

// Everything but json, which the reference does not rebuild.
void compareBooking(const Booking &actual, const Booking &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.leadId, expected.leadId);
    QCOMPARE(actual.calcomBookingId, expected.calcomBookingId);
    QCOMPARE(actual.calcomBookingUid, expected.calcomBookingUid);
    QCOMPARE(actual.eventTypeId, expected.eventTypeId);
    compareTime(actual.startTime, expected.startTime);
    compareTime(actual.endTime, expected.endTime);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.meetingUrl, expected.meetingUrl);
    QCOMPARE(actual.metadata.object(), expected.metadata.object());
    QCOMPARE(cbor(actual.metadata), cbor(expected.metadata));
    QCOMPARE(QJsonDocument(actual.metadata.object()).toJson(),
             QJsonDocument(expected.metadata.object()).toJson());
    compareTime(actual.createdAt, expected.createdAt);
    compareTime(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.brief, expected.brief);
    QCOMPARE(actual.lead.has_value(), expected.lead.has_value());
    if (expected.lead) {
        QCOMPARE(actual.lead->id, expected.lead->id);
        QCOMPARE(actual.lead->name, expected.lead->name);
        QCOMPARE(actual.lead->email, expected.lead->email);
        QCOMPARE(actual.lead->phone, expected.lead->phone);
        QCOMPARE(actual.lead->channel, expected.lead->channel);
        QCOMPARE(actual.lead->status, expected.lead->status);
    }
    Booking withoutJson = actual;
    withoutJson.json = expected.json;
    QVERIFY(withoutJson == expected);
}

// The field name an error starts with ("body", "total", "id", ...): the wording after it
// is each parser's own.
QString errorField(const QString &error)
{
    return error.section(u':', 0, 0);
}

// A record decoded alone (detail answer, cache bytes) gives what the page gave.
void compareAlone(const Booking &fromPage)
{
    QString error;
    const auto again = BookingJson::decodeRecord(fromPage.json, &error);
    QVERIFY2(again, qPrintable(error));
    compareBooking(*again, fromPage);
    QCOMPARE(again->json, fromPage.json);
    const auto body = BookingJson::decodeBookingBody(" \n" + fromPage.json + "\t", &error);
    QVERIFY2(body, qPrintable(error));
    compareBooking(*body, fromPage);
    QCOMPARE(body->json, fromPage.json);
}

// Decodes `body` both ways and compares.
Counts decodeBothWays(const QByteArray &body)
{
    Counts counts;
    [&] {
        QString referenceError;
        const auto reference = ReferenceDecoder::page(body, &referenceError);
        QString error;
        const auto page = BookingJson::decodePage(body, &error);
        QVERIFY2(page.has_value() == reference.has_value(),
                 qPrintable(error + u" | "_s + referenceError));
        if (!reference) {
            QCOMPARE(errorField(error), errorField(referenceError));
            ++counts.failed;
            return;
        }
        const BookingPage &expected = reference->page;
        QCOMPARE(page->total, expected.total);
        QCOMPARE(page->page, expected.page);
        QCOMPARE(page->size, expected.size);
        QCOMPARE(page->skipped, expected.skipped);
        QCOMPARE(page->bookings.size(), expected.bookings.size());
        // Which array index each booking came from, for its object in the reference.
        QList<int> indexes;
        for (int i = 0, skipped = 0; i < int(reference->records.size()); ++i) {
            if (skipped < expected.skipped.size() && expected.skipped.at(skipped).index == i)
                ++skipped;
            else
                indexes.append(i);
        }
        for (qsizetype i = 0; i < expected.bookings.size(); ++i) {
            const Booking &booking = page->bookings.at(i);
            compareBooking(booking, expected.bookings.at(i));
            QVERIFY(body.contains(booking.json));
            QVERIFY(ReferenceDecoder::jsonMatches(booking.json,
                                                  reference->records.at(indexes.at(i)).toObject()));
            compareAlone(booking);
            if (QTest::currentTestFailed())
                return;
        }
        ++(expected.skipped.isEmpty() ? counts.decoded : counts.skipping);
    }();
    if (QTest::currentTestFailed())
        qWarning("page: %s", body.toPercentEncoding(" {}[]:,\"").constData());
    return counts;
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
    void byteOrderMarks();
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
                const Counts counts = decodeBothWays(body);
                if (QTest::currentTestFailed())
                    return;
                QCOMPARE(counts.decoded, 1);
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
    Counts counts;
    constexpr int kRounds = 6000;
    for (int round = 0; round < kRounds; ++round) {
        QByteArray body = seeds.at(random.bounded(int(seeds.size())));
        const int mutations = 1 + random.bounded(3);
        for (int m = 0; m < mutations; ++m)
            mutate(&body, &random);
        counts.count(decodeBothWays(body));
        if (QTest::currentTestFailed()) {
            qWarning("round %d", round);
            return;
        }
    }
    qDebug("%d pages: %d decoded, %d with skipped records, %d failed", kRounds, counts.decoded,
           counts.skipping, counts.failed);
    // Guards the mutations: each outcome must have been seen often.
    QVERIFY2(counts.decoded > kRounds / 10, qPrintable(QString::number(counts.decoded)));
    QVERIFY2(counts.skipping > kRounds / 20, qPrintable(QString::number(counts.skipping)));
    QVERIFY2(counts.failed > kRounds / 20, qPrintable(QString::number(counts.failed)));
}

QTEST_GUILESS_MAIN(TestPageDecoder)
#include "tst_pagedecoder.moc"
