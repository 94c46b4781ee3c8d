#include "bookingjsonsamples.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace BookingJsonSamples {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test data is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray kFullRecord = R"({
    "id": "770a9400-e29b-41d4-a716-446655440000",
    "lead_id": "550e8400-e29b-41d4-a716-446655440000",
    "calcom_booking_id": 987654,
    "calcom_booking_uid": "uid-abc",
    "event_type_id": 123456,
    "start_time": "2026-03-20T14:00:00Z",
    "end_time": "2026-03-20T14:30:00.250000+00:00",
    "status": "rescheduled",
    "meeting_url": "https://meet.example/abc",
    "metadata": {"service": "Haircut", "notes": "Allergic to latex", "price": 35.5,
                 "tags": ["new", {"vip": true}], "nested": {"deeper": {"n": 1}}},
    "created_at": "2026-03-07T10:00:00.123456Z",
    "updated_at": "2026-03-08T11:15:00+01:00",
    "lead": {"id": "550e8400-e29b-41d4-a716-446655440000", "name": "Jane Smith",
             "email": "jane@example.com", "phone": "+49123456789", "channel": "whatsapp",
             "status": "booked"}
})";

QJsonObject minimalRecord(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("start_time"), QStringLiteral("2026-03-20T14:00:00Z")},
            {QStringLiteral("end_time"), QStringLiteral("2026-03-20T14:30:00Z")},
            {QStringLiteral("status"), QStringLiteral("confirmed")}};
}

QByteArray minimalWith(const QString &key, const QJsonValue &value)
{
    QJsonObject object = minimalRecord();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return compact(object);
}

QByteArray minimalWithRaw(const QString &key, const QByteArray &rawValue)
{
    QByteArray json = compact(minimalRecord());
    json.chop(1);
    return json + ",\"" + key.toUtf8() + "\":" + rawValue + '}';
}

QByteArray pageBody(const QJsonArray &records, int total)
{
    return compact({{QStringLiteral("bookings"), records},
                    {QStringLiteral("total"), total},
                    {QStringLiteral("page"), 1},
                    {QStringLiteral("size"), 20}});
}

QJsonArray fiveRecords()
{
    QJsonArray records;
    for (int i = 1; i <= 5; ++i)
        records.append(minimalRecord(QStringLiteral("b%1").arg(i)));
    return records;
}

QByteArray nestedMetadataRecord(int depth)
{
    QByteArray metadata;
    for (int i = 0; i < depth; ++i)
        metadata += "{\"a\":";
    metadata += "1";
    for (int i = 0; i < depth; ++i)
        metadata += '}';
    return minimalWithRaw(QStringLiteral("metadata"), metadata);
}

QList<DateTimeCase> dateTimeCases()
{
    const QDateTime base = utc(2026, 3, 20, 14, 0);
    const QDateTime none;
    return {
        {"Z", "2026-03-20T14:00:00Z", base},
        {"lowercase z", "2026-03-20T14:00:00z", base},
        {"lowercase t", "2026-03-20t14:00:00Z", base},
        {"space separator", "2026-03-20 14:00:00Z", base},
        {"+00:00", "2026-03-20T14:00:00+00:00", base},
        {"-00:00", "2026-03-20T14:00:00-00:00", base},
        {"+05:30", "2026-03-20T14:00:00+05:30", utc(2026, 3, 20, 8, 30)},
        {"-08:00", "2026-03-20T14:00:00-08:00", utc(2026, 3, 20, 22, 0)},
        {"+0530", "2026-03-20T14:00:00+0530", utc(2026, 3, 20, 8, 30)},
        {"+05", "2026-03-20T14:00:00+05", utc(2026, 3, 20, 9, 0)},
        {"+14:00", "2026-03-20T14:00:00+14:00", utc(2026, 3, 20, 0, 0)},
        {"no seconds", "2026-03-20T14:00Z", base},
        {"no seconds, offset", "2026-03-20T14:00+01:00", utc(2026, 3, 20, 13, 0)},
        {"fraction 1", "2026-03-20T14:00:00.1Z", utc(2026, 3, 20, 14, 0, 0, 100)},
        {"fraction 2", "2026-03-20T14:00:00.12Z", utc(2026, 3, 20, 14, 0, 0, 120)},
        {"fraction 3", "2026-03-20T14:00:00.123Z", utc(2026, 3, 20, 14, 0, 0, 123)},
        {"fraction 4", "2026-03-20T14:00:00.1234Z", utc(2026, 3, 20, 14, 0, 0, 123)},
        {"fraction 5", "2026-03-20T14:00:00.12345Z", utc(2026, 3, 20, 14, 0, 0, 123)},
        {"fraction 6 (Python)", "2026-03-20T14:00:00.123456+00:00",
         utc(2026, 3, 20, 14, 0, 0, 123)},
        {"fraction 7", "2026-03-20T14:00:00.1234567Z", utc(2026, 3, 20, 14, 0, 0, 123)},
        {"fraction 8", "2026-03-20T14:00:00.12345678Z", utc(2026, 3, 20, 14, 0, 0, 123)},
        {"fraction 9", "2026-03-20T14:00:00.123456789-02:00", utc(2026, 3, 20, 16, 0, 0, 123)},
        {"fraction 30", "2026-03-20T14:00:00.999999999999999999999999999999Z",
         utc(2026, 3, 20, 14, 0, 0, 999)},
        {"truncated, not rounded", "2026-12-31T23:59:59.9999Z", utc(2026, 12, 31, 23, 59, 59, 999)},
        {"zero fraction", "2026-03-20T14:00:00.000000Z", base},
        {"rolls to next day", "2026-03-20T23:30:00-01:00", utc(2026, 3, 21, 0, 30)},
        {"rolls to previous year", "2026-01-01T00:30:00+01:00", utc(2025, 12, 31, 23, 30)},
        {"leap day", "2024-02-29T10:00:00Z", utc(2024, 2, 29, 10, 0)},
        {"last second", "9999-12-31T23:59:59Z", utc(9999, 12, 31, 23, 59, 59)},
        {"no offset", "2026-03-20T14:00:00", none},
        {"no offset, fraction", "2026-03-20T14:00:00.123456", none},
        {"empty", "", none},
        {"date only", "2026-03-20", none},
        {"date only with Z", "2026-03-20Z", none},
        {"no separator", "2026-03-2014:00:00Z", none},
        {"other separator", "2026-03-20_14:00:00Z", none},
        {"month 13", "2026-13-20T14:00:00Z", none},
        {"month 00", "2026-00-20T14:00:00Z", none},
        {"day 00", "2026-03-00T14:00:00Z", none},
        {"Feb 30", "2026-02-30T14:00:00Z", none},
        {"Feb 29, no leap year", "2026-02-29T14:00:00Z", none},
        {"year 0000", "0000-01-01T00:00:00Z", none},
        {"hour 25", "2026-03-20T25:00:00Z", none},
        {"hour 24", "2026-03-20T24:00:00Z", none},
        {"minute 60", "2026-03-20T14:60:00Z", none},
        {"second 60", "2026-03-20T14:00:60Z", none},
        {"offset hour 24", "2026-03-20T14:00:00+24:00", none},
        {"offset minute 60", "2026-03-20T14:00:00+05:60", none},
        {"offset one digit", "2026-03-20T14:00:00+5:30", none},
        {"offset short minutes", "2026-03-20T14:00:00+05:3", none},
        {"offset with seconds", "2026-03-20T14:00:00+05:30:00", none},
        {"offset sign only", "2026-03-20T14:00:00+", none},
        {"empty fraction", "2026-03-20T14:00:00.Z", none},
        {"comma fraction", "2026-03-20T14:00:00,5Z", none},
        {"fraction without seconds", "2026-03-20T14:00.5Z", none},
        {"single-digit month", "2026-3-20T14:00:00Z", none},
        {"single-digit hour", "2026-03-20T4:00:00Z", none},
        {"five-digit year", "12026-03-20T14:00:00Z", none},
        {"leading space", " 2026-03-20T14:00:00Z", none},
        {"trailing space", "2026-03-20T14:00:00Z ", none},
        {"trailing garbage", "2026-03-20T14:00:00Zx", none},
        {"double Z", "2026-03-20T14:00:00ZZ", none},
        {"Z and offset", "2026-03-20T14:00:00Z+01:00", none},
        {"time zone name", "2026-03-20T14:00:00 UTC", none},
        {"Arabic-Indic digits", QStringLiteral("\u0662\u0660\u0662\u0666-03-20T14:00:00Z"), none},
        {"fullwidth digits", QStringLiteral("2026-03-20T\uff11\uff14:00:00Z"), none},
        {"minus sign U+2212", QStringLiteral("2026-03-20T14:00:00\u221205:00"), none},
        {"past year 9999", "9999-12-31T23:00:00-02:00", none},
        {"before year 1", "0001-01-01T00:30:00+01:00", none},
        {"first instant", "0001-01-01T01:00:00+01:00", utc(1, 1, 1, 0, 0)},
        {"last instant", "9999-12-31T21:59:59.999-02:00", utc(9999, 12, 31, 23, 59, 59, 999)},
        {"RFC 2822", "Fri, 20 Mar 2026 14:00:00 +0000", none},
        {"epoch number", "1773237600", none},
    };
}

QList<RecordCase> recordCases()
{
    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null;
    QList<RecordCase> cases = {
        {"minimal", compact(minimalRecord()), QString()},
        {"full", kFullRecord, QString()},
        {"end equals start",
         minimalWith(QStringLiteral("end_time"), QStringLiteral("2026-03-20T14:00:00Z")),
         QString()},
        {"end equal across offsets",
         minimalWith(QStringLiteral("end_time"), QStringLiteral("2026-03-20T15:00:00+01:00")),
         QString()},
        {"every optional null",
         R"({"id":"b1","start_time":"2026-03-20T14:00:00Z","end_time":"2026-03-20T14:30:00Z",
              "status":"no_show","lead_id":null,"calcom_booking_id":null,
              "calcom_booking_uid":null,"event_type_id":null,"meeting_url":null,
              "metadata":null,"created_at":null,"updated_at":null,"lead":null})"_ba,
         QString()},
    };
    for (const QString &status :
         {u"confirmed"_s, u"cancelled"_s, u"rescheduled"_s, u"no_show"_s, u"completed"_s})
        cases.append({"status " + status.toUtf8(), minimalWith(QStringLiteral("status"), status),
                      QString()});
    cases += QList<RecordCase>{
        {"id missing", minimalWith(QStringLiteral("id"), absent), "id:"},
        {"id null", minimalWith(QStringLiteral("id"), null), "id:"},
        {"id empty", minimalWith(QStringLiteral("id"), QString()), "id:"},
        {"id number", minimalWith(QStringLiteral("id"), 42), "id:"},
        {"id object", minimalWith(QStringLiteral("id"), QJsonObject()), "id:"},
        {"start missing", minimalWith(QStringLiteral("start_time"), absent), "start_time:"},
        {"start null", minimalWith(QStringLiteral("start_time"), null), "start_time:"},
        {"start number", minimalWith(QStringLiteral("start_time"), 1773237600), "start_time:"},
        {"start without offset",
         minimalWith(QStringLiteral("start_time"), QStringLiteral("2026-03-20T14:00:00")),
         "start_time:"},
        {"start garbage", minimalWith(QStringLiteral("start_time"), QStringLiteral("soon")),
         "start_time:"},
        {"end missing", minimalWith(QStringLiteral("end_time"), absent), "end_time:"},
        {"end month 13",
         minimalWith(QStringLiteral("end_time"), QStringLiteral("2026-13-20T14:30:00Z")),
         "end_time:"},
        {"end before start",
         minimalWith(QStringLiteral("end_time"), QStringLiteral("2026-03-20T13:59:59Z")),
         "end_time:"},
        {"end before start across offsets",
         minimalWith(QStringLiteral("end_time"), QStringLiteral("2026-03-20T14:30:00+01:00")),
         "end_time:"},
        {"status missing", minimalWith(QStringLiteral("status"), absent), "status:"},
        {"status null", minimalWith(QStringLiteral("status"), null), "status:"},
        {"status unknown", minimalWith(QStringLiteral("status"), QStringLiteral("pending")),
         "status:"},
        {"status capitalised", minimalWith(QStringLiteral("status"), QStringLiteral("Confirmed")),
         "status:"},
        {"status number", minimalWith(QStringLiteral("status"), 1), "status:"},
        {"created_at without offset",
         minimalWith(QStringLiteral("created_at"), QStringLiteral("2026-03-07T10:00:00")),
         "created_at:"},
        {"updated_at number", minimalWith(QStringLiteral("updated_at"), 5), "updated_at:"},
        {"updated_at Feb 30",
         minimalWith(QStringLiteral("updated_at"), QStringLiteral("2026-02-30T10:00:00Z")),
         "updated_at:"},
    };
    return cases;
}

QList<IdCase> idCases()
{
    return {
        {"integer", "123456"_ba, true, qint64(123456)},
        {"zero", "0"_ba, true, qint64(0)},
        {"integral double", "123.0"_ba, true, qint64(123)},
        {"exponent", "1.23e2"_ba, true, qint64(123)},
        {"beyond 2^53", "9007199254740993"_ba, true, qint64(9007199254740993)},
        {"decimal string", "\"123456\""_ba, true, qint64(123456)},
        {"string qint64 max", "\"9223372036854775807\""_ba, true,
         std::numeric_limits<qint64>::max()},
        {"string overflow", "\"9223372036854775808\""_ba, false, qint64(0)},
        {"fraction", "12.5"_ba, false, qint64(0)},
        {"huge double", "1e30"_ba, false, qint64(0)},
        {"signed string", "\"-5\""_ba, false, qint64(0)},
        {"spaced string", "\" 12\""_ba, false, qint64(0)},
        {"hex string", "\"0x1F\""_ba, false, qint64(0)},
        {"empty string", "\"\""_ba, false, qint64(0)},
        {"bool", "true"_ba, false, qint64(0)},
        {"null", "null"_ba, false, qint64(0)},
        {"object", "{}"_ba, false, qint64(0)},
        {"array", "[1]"_ba, false, qint64(0)},
    };
}

QList<LeadCase> leadCases()
{
    return {
        {"null", "null"_ba, false, Lead()},
        {"full", R"({"id":"l1","name":"Jane","email":"j@x.org","phone":"+1","channel":"voice",
              "status":"booking_offered"})"_ba,
         true,
         Lead{u"l1"_s, u"Jane"_s, u"j@x.org"_s, u"+1"_s, LeadChannel::Voice,
              LeadStatus::BookingOffered}},
        {"no email or phone", R"({"id":"l1","name":"Jane","channel":"web","status":"new"})"_ba,
         true, Lead{u"l1"_s, u"Jane"_s, {}, {}, LeadChannel::Web, LeadStatus::New}},
        {"null email and phone",
         R"({"id":"l1","name":"Jane","email":null,"phone":null,"channel":"email",
              "status":"lost"})"_ba,
         true, Lead{u"l1"_s, u"Jane"_s, {}, {}, LeadChannel::Email, LeadStatus::Lost}},
        {"no id", R"({"name":"Jane","channel":"telegram"})"_ba, true,
         Lead{{}, u"Jane"_s, {}, {}, LeadChannel::Telegram, {}}},
        {"empty object", "{}"_ba, true, Lead()},
        {"unknown channel and status", R"({"id":"l1","channel":"instagram","status":"vip"})"_ba,
         true, Lead{u"l1"_s, {}, {}, {}, LeadChannel::Unknown, LeadStatus::Unknown}},
        {"wrong types inside",
         R"({"id":1,"name":["Jane"],"email":{},"phone":49,"channel":3,"status":true})"_ba, true,
         Lead()},
    };
}

QList<PageCase> pageEnvelopeCases()
{
    const QByteArray records = compact(minimalRecord());
    const auto page = [&](const QByteArray &rest) -> QByteArray {
        return "{\"bookings\":[" + records + "]" + rest + "}";
    };
    return {
        {"complete", page(R"(,"total":15,"page":1,"size":20)"), QString()},
        {"page and size missing", page(R"(,"total":15)"), QString()},
        {"page and size null", page(R"(,"total":15,"page":null,"size":null)"), QString()},
        {"integral doubles", page(R"(,"total":15.0,"page":1.0,"size":2e1)"), QString()},
        {"total zero, empty list", R"({"bookings":[],"total":0,"page":1,"size":20})"_ba, QString()},
        {"extra envelope fields", page(R"(,"total":1,"next":"/x","pages":1)"), QString()},
        {"empty", QByteArray(), "body:"},
        {"null", "null"_ba, "body:"},
        {"bare array", "[" + records + "]", "body:"},
        {"HTML", "<!DOCTYPE html><html><body><h1>503</h1></body></html>"_ba, "body:"},
        {"truncated", page(R"(,"total":15,"page":1,"size":20)").chopped(7), "body:"},
        {"invalid UTF-8",
         "{\"bookings\":[" + minimalWithRaw(u"meeting_url"_s, "\"\xff\xfe\""_ba) + "],\"total\":1}",
         "body:"},
        {"bookings missing", R"({"total":0,"page":1,"size":20})"_ba, "bookings:"},
        {"bookings null", R"({"bookings":null,"total":0})"_ba, "bookings:"},
        {"bookings object", "{\"bookings\":" + records + ",\"total\":1}", "bookings:"},
        {"total missing", page(R"(,"page":1,"size":20)"), "total:"},
        {"total null", page(R"(,"total":null)"), "total:"},
        {"total negative", page(R"(,"total":-1)"), "total:"},
        {"total fraction", page(R"(,"total":1.5)"), "total:"},
        {"total string", page(R"(,"total":"15")"), "total:"},
        {"total past int", page(R"(,"total":2147483648)"), "total:"},
        {"page negative", page(R"(,"total":1,"page":-1)"), "page:"},
        {"size string", page(R"(,"total":1,"size":"20")"), "size:"},
        {"FastAPI 422",
         R"({"detail":[{"loc":["query","size"],"msg":"too big","type":"value_error"}]})"_ba,
         "bookings:"},
    };
}

QByteArray oneBadRecordPage()
{
    QJsonArray records = fiveRecords();
    QJsonObject bad = records.at(2).toObject();
    bad.insert(u"status"_s, u"tentative"_s);
    records.replace(2, bad);
    return pageBody(records, 15);
}

QByteArray nonObjectRecordsPage()
{
    QJsonArray records{1, u"b0"_s, QJsonValue(), QJsonArray{minimalRecord()}};
    records.append(minimalRecord());
    return pageBody(records, 5);
}

QByteArray unreadableIdsPage()
{
    QJsonObject numericId = minimalRecord();
    numericId.insert(u"id"_s, 42);
    QJsonObject longId = minimalRecord(QString(129, u'x'));
    longId.remove(u"status"_s);
    QJsonObject maxId = minimalRecord(QString(128, u'y'));
    maxId.remove(u"start_time"_s);
    return pageBody({numericId, longId, maxId}, 3);
}

RecordBytesPage recordBytesPage()
{
    // Brackets and quotes inside strings must not end a record.
    const QList<QByteArray> records = {
        R"({ "status" : "confirmed", "id":"a]}1", "start_time":"2026-03-20T14:00:00Z",
            "end_time":"2026-03-20T14:30:00Z",
            "metadata":{"notes":"say \"hi\" \\ }]", "list":[1,[2,{"x":null}],-3.5e2]},
            "lead":{"name":"Jos\u00e9","phone":"+49 1"} })"_ba,
        R"({"id":"b2","start_time":"2026-03-20T15:00:00+01:00","end_time":"2026-03-20T16:00:00Z","status":"cancelled","lead":null,"extra":true})"_ba};
    const QByteArray body = "\xef\xbb\xbf {\"total\" : 3 ,\n \"bookings\" : [ " + records.at(0) +
                            " ,\n 42, " + records.at(1) + "\t] , \"page\":1}\n";
    return {body, records};
}

QByteArray twoBookingsKeysPage()
{
    const QByteArray first = compact(minimalRecord(u"first"_s));
    const QByteArray second = compact(minimalRecord(u"second"_s));
    return "{\"bookings\":[" + first + "],\"total\":1,\"bookings\":[" + second + "]}";
}

QByteArray hugeMetadataPage(const QString &notes)
{
    QJsonObject object = minimalRecord();
    object.insert(u"metadata"_s, QJsonObject{{u"notes"_s, notes}});
    return pageBody(QJsonArray{object}, 1);
}

QByteArray nestedMetadataPage(int depth)
{
    return "{\"bookings\":[" + nestedMetadataRecord(depth) + "],\"total\":1}";
}

QList<QByteArray> mutationSeeds()
{
    QJsonArray unicode = fiveRecords();
    QJsonObject rich = parseObject(kFullRecord);
    rich.insert(u"lead"_s, QJsonObject{{u"name"_s, u"山田 Zoë"_s}, {u"channel"_s, u"web"_s}});
    unicode.append(rich);
    return {
        pageBody(fiveRecords(), 5),
        "{\"bookings\":[" + kFullRecord + "," + nestedMetadataRecord(40) + "],\"total\":2}",
        pageBody(unicode, 6),
        QJsonDocument(parseObject(pageBody(unicode, 6))).toJson(QJsonDocument::Indented),
    };
}

void mutateBytes(QByteArray *body, QRandomGenerator *random)
{
    static const QByteArray kTokens[] = {"{",
                                         "}",
                                         "[",
                                         "]",
                                         "\"",
                                         ":",
                                         ",",
                                         "null",
                                         "true",
                                         "-",
                                         "1e999",
                                         "\\u",
                                         "Z",
                                         "+05:30",
                                         "\xff",
                                         "\xc3",
                                         QByteArray(1, '\0'),
                                         "0.5",
                                         "[[[[",
                                         "\"id\":"};

    const auto pick = [&](qsizetype bound) { return qsizetype(random->bounded(int(bound))); };
    const int mutations = 1 + random->bounded(4);
    for (int m = 0; m < mutations && !body->isEmpty(); ++m) {
        const qsizetype at = pick(body->size());
        switch (random->bounded(6)) {
        case 0:
            (*body)[at] = char(body->at(at) ^ (1 << random->bounded(8)));
            break;
        case 1:
            body->truncate(at);
            break;
        case 2:
            body->insert(at, kTokens[pick(std::size(kTokens))]);
            break;
        case 3:
            body->remove(at, 1 + pick(16));
            break;
        case 4:
            body->insert(at, body->mid(pick(body->size()), 1 + pick(64)));
            break;
        default:
            (*body)[at] = char(random->bounded(256));
            break;
        }
    }
}

} // namespace BookingJsonSamples
