#include "bookingdecoder.h"
#include "bookingicsexporter.h"
#include "bookingjson.h"
#include "bookingjsonsamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

using namespace BookingJsonSamples;

namespace {

int metadataDepth(const QJsonObject &metadata)
{
    int depth = 0;
    QJsonValue value = metadata;
    while (value.isObject()) {
        ++depth;
        value = value.toObject().value(u"a");
    }
    return depth;
}

} // namespace

class TestBookingJson : public QObject
{
    Q_OBJECT

private slots:
    void parseDateTime_data();
    void parseDateTime();
    void formatDateTime_data();
    void formatDateTime();
    void formatParseRoundTrip();

    void decodeFullRecord();
    void decodeMinimalRecord();
    void decodeBooking_data();
    void decodeBooking();
    void errorsNameTheFieldNotTheData();
    void toleratedWrongTypes();
    void integerIds_data();
    void integerIds();
    void leads_data();
    void leads();
    void unknownFieldsKept();
    void hugeMetadata();
    void icsFoldLineEndsOnContinuationRuns();
    void deeplyNestedMetadata_data();
    void deeplyNestedMetadata();
    void topLevelString_data();
    void topLevelString();

    void encodeShape();
    void encodeKeepsUnknownFieldsTypedWin();
    void encodeKeepsUnknownLeadValues();
    void roundTrip_data();
    void roundTrip();
    void roundTripBuiltInCode();
    void nonAsciiRoundTrip();
};

void TestBookingJson::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be rejected

    for (const DateTimeCase &row : dateTimeCases())
        QTest::newRow(row.name) << row.text << row.expected;
}

void TestBookingJson::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const auto parsed = BookingJson::parseDateTime(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (!parsed)
        return;
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(parsed->time().msec(), expected.time().msec());
}

void TestBookingJson::formatDateTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole seconds") << utc(2026, 3, 20, 14, 0) << "2026-03-20T14:00:00Z";
    QTest::newRow("milliseconds") << utc(2026, 3, 20, 14, 0, 5, 7) << "2026-03-20T14:00:05.007Z";
    QTest::newRow("offset converted")
        << QDateTime(QDate(2026, 3, 20), QTime(14, 0), Qt::OffsetFromUTC, 2 * 3600)
        << "2026-03-20T12:00:00Z";
    QTest::newRow("early year") << utc(987, 1, 2, 3, 4, 5) << "0987-01-02T03:04:05Z";
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestBookingJson::formatDateTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(BookingJson::formatDateTime(time), expected);
}

void TestBookingJson::formatParseRoundTrip()
{
    const QDateTime local(QDate(2026, 7, 1), QTime(9, 15, 30, 450), Qt::LocalTime);
    for (const QDateTime &time : {utc(2026, 3, 20, 14, 0), utc(2026, 3, 20, 14, 0, 59, 999),
                                  utc(1, 1, 1, 0, 0), utc(9999, 12, 31, 23, 59, 59, 1), local}) {
        const auto parsed = BookingJson::parseDateTime(BookingJson::formatDateTime(time));
        QVERIFY(parsed);
        QCOMPARE(*parsed, time);
    }
}

void TestBookingJson::decodeFullRecord()
{
    const QJsonObject object = parseObject(kFullRecord);
    QString error;
    const auto booking = BookingJson::decodeBooking(object, &error);
    QVERIFY2(booking, qPrintable(error));

    QCOMPARE(booking->id, QStringLiteral("770a9400-e29b-41d4-a716-446655440000"));
    QCOMPARE(booking->leadId, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
    QCOMPARE(booking->calcomBookingId, std::optional<qint64>(987654));
    QCOMPARE(booking->calcomBookingUid, QStringLiteral("uid-abc"));
    QCOMPARE(booking->eventTypeId, std::optional<qint64>(123456));
    QCOMPARE(booking->startTime, utc(2026, 3, 20, 14, 0));
    QCOMPARE(booking->endTime, utc(2026, 3, 20, 14, 30, 0, 250));
    QCOMPARE(booking->status, BookingStatus::Rescheduled);
    QCOMPARE(booking->meetingUrl, QStringLiteral("https://meet.example/abc"));
    QCOMPARE(booking->metadata, object.value(u"metadata").toObject());
    QCOMPARE(booking->service(), QStringLiteral("Haircut"));
    QCOMPARE(booking->notes(), QStringLiteral("Allergic to latex"));
    QCOMPARE(booking->createdAt, utc(2026, 3, 7, 10, 0, 0, 123));
    QCOMPARE(booking->updatedAt, utc(2026, 3, 8, 10, 15));
    QCOMPARE(booking->durationSecs(), 30 * 60);
    QVERIFY(booking->lead);
    QCOMPARE(booking->lead->id, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
    QCOMPARE(booking->lead->name, QStringLiteral("Jane Smith"));
    QCOMPARE(booking->lead->email, QStringLiteral("jane@example.com"));
    QCOMPARE(booking->lead->phone, QStringLiteral("+49123456789"));
    QCOMPARE(booking->lead->channel, LeadChannel::WhatsApp);
    QCOMPARE(booking->lead->status, LeadStatus::Booked);
    QCOMPARE(booking->json, compact(object));
}

void TestBookingJson::decodeMinimalRecord()
{
    const auto booking = BookingJson::decodeBooking(minimalRecord(), nullptr);
    QVERIFY(booking);
    QCOMPARE(booking->id, QStringLiteral("b1"));
    QCOMPARE(booking->status, BookingStatus::Confirmed);
    QVERIFY(booking->leadId.isEmpty());
    QVERIFY(!booking->calcomBookingId);
    QVERIFY(booking->calcomBookingUid.isEmpty());
    QVERIFY(!booking->eventTypeId);
    QVERIFY(booking->meetingUrl.isEmpty());
    QVERIFY(booking->metadata.isEmpty());
    QVERIFY(!booking->createdAt.isValid());
    QVERIFY(!booking->updatedAt.isValid());
    QVERIFY(!booking->lead);
}

void TestBookingJson::decodeBooking_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("errorField"); // empty: the record decodes

    for (const RecordCase &row : recordCases())
        QTest::newRow(row.name.constData()) << row.record << row.errorField;
}

void TestBookingJson::decodeBooking()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, errorField);

    const QJsonObject object = parseObject(record);
    QString error;
    const auto booking = BookingJson::decodeBooking(object, &error);
    if (errorField.isEmpty()) {
        QVERIFY2(booking, qPrintable(error));
        QCOMPARE(booking->json, compact(object));
        QVERIFY(booking->startTime <= booking->endTime);
        QCOMPARE(booking->startTime.timeSpec(), Qt::UTC);
    } else {
        QVERIFY(!booking);
        QVERIFY2(error.startsWith(errorField), qPrintable(error));
        // The null-pointer form must fail the same way without touching memory.
        QVERIFY(!BookingJson::decodeBooking(object, nullptr));
    }
}

void TestBookingJson::errorsNameTheFieldNotTheData()
{
    QJsonObject object = parseObject(kFullRecord);
    for (const auto &[key, value] : {std::pair{u"start_time"_s, u"Jane Smith at noon"_s},
                                     std::pair{u"status"_s, u"jane@example.com"_s},
                                     std::pair{u"updated_at"_s, u"+49123456789"_s}}) {
        QJsonObject broken = object;
        broken.insert(key, value);
        QString error;
        QVERIFY(!BookingJson::decodeBooking(broken, &error));
        QVERIFY2(error.startsWith(key + u':'), qPrintable(error));
        for (const char *secret : {"Jane", "jane@", "+49", "latex"})
            QVERIFY2(!error.contains(QLatin1String(secret)), qPrintable(error));
    }
}

void TestBookingJson::toleratedWrongTypes()
{
    const QByteArray record =
        R"({"id":"b1","start_time":"2026-03-20T14:00:00Z","end_time":"2026-03-20T14:30:00Z",
            "status":"confirmed","lead_id":7,"calcom_booking_id":"abc",
            "calcom_booking_uid":["x"],"event_type_id":12.5,"meeting_url":5,
            "metadata":"x","lead":[]})";
    const QJsonObject object = parseObject(record);
    QString error;
    const auto booking = BookingJson::decodeBooking(object, &error);
    QVERIFY2(booking, qPrintable(error));
    QVERIFY(booking->leadId.isEmpty());
    QVERIFY(!booking->calcomBookingId);
    QVERIFY(booking->calcomBookingUid.isEmpty());
    QVERIFY(!booking->eventTypeId);
    QVERIFY(booking->meetingUrl.isEmpty());
    QVERIFY(booking->metadata.isEmpty());
    QVERIFY(!booking->lead);
    // The raw values survive in the cached JSON.
    const QJsonObject cached = parseObject(booking->json);
    QCOMPARE(cached.value(u"meeting_url"), QJsonValue(5));
    QCOMPARE(cached.value(u"metadata"), QJsonValue(QStringLiteral("x")));
    QCOMPARE(cached.value(u"lead"), QJsonValue(QJsonArray()));

    for (const QByteArray &lead : {"\"x\""_ba, "5"_ba, "true"_ba}) {
        const auto other =
            BookingJson::decodeBooking(parseObject(minimalWithRaw(u"lead"_s, lead)), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(!other->lead);
    }
}

void TestBookingJson::integerIds_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");

    for (const IdCase &row : idCases())
        QTest::newRow(row.name) << row.raw << row.present << row.expected;
}

void TestBookingJson::integerIds()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, present);
    QFETCH(qint64, expected);

    const std::optional<qint64> wanted = present ? std::optional(expected) : std::nullopt;
    for (const QString &key : {u"calcom_booking_id"_s, u"event_type_id"_s}) {
        QString error;
        const auto booking =
            BookingJson::decodeBooking(parseObject(minimalWithRaw(key, raw)), &error);
        QVERIFY2(booking, qPrintable(error));
        QCOMPARE(key == u"event_type_id" ? booking->eventTypeId : booking->calcomBookingId, wanted);
    }
    const auto list =
        BookingJson::decodeSlots(R"({"slots":[],"event_type_id":)" + raw + '}', nullptr);
    QVERIFY(list);
    QCOMPARE(list->eventTypeId, wanted);
}

void TestBookingJson::leads_data()
{
    QTest::addColumn<QByteArray>("lead");
    QTest::addColumn<bool>("present");
    QTest::addColumn<Lead>("expected");

    for (const LeadCase &row : leadCases())
        QTest::newRow(row.name) << row.raw << row.present << row.expected;
}

void TestBookingJson::leads()
{
    QFETCH(QByteArray, lead);
    QFETCH(bool, present);
    QFETCH(Lead, expected);

    QString error;
    const auto booking =
        BookingJson::decodeBooking(parseObject(minimalWithRaw(u"lead"_s, lead)), &error);
    QVERIFY2(booking, qPrintable(error));
    QCOMPARE(booking->lead.has_value(), present);
    if (present)
        QCOMPARE(*booking->lead, expected);
}

void TestBookingJson::unknownFieldsKept()
{
    QJsonObject object = parseObject(kFullRecord);
    object.insert(u"future_field"_s, QJsonObject{{u"x"_s, QJsonArray{1, 2, 3}}});
    QJsonObject lead = object.value(u"lead").toObject();
    lead.insert(u"company"_s, u"ACME"_s);
    object.insert(u"lead"_s, lead);

    const auto booking = BookingJson::decodeBooking(object, nullptr);
    QVERIFY(booking);
    const QJsonObject cached = parseObject(booking->json);
    QCOMPARE(cached.value(u"future_field"), object.value(u"future_field"));
    QCOMPARE(cached.value(u"lead").toObject().value(u"company"), QJsonValue(u"ACME"_s));
}

// BookingIcsExporter::foldLine looped forever on 75 or more UTF-8 continuation bytes in a
// row (found by reading the code; the 76 bytes below hung it). Every line it writes is at
// most 75 octets and unfolding gives the input back.
void TestBookingJson::icsFoldLineEndsOnContinuationRuns()
{
    const QByteArray hang = "\x41\xff" + QByteArray(71, '\x88') + "\xbf\xbe\xbe";
    QCOMPARE(hang.size(), 76);
    for (const QByteArray &line :
         QList<QByteArray>{hang, QByteArray(75, '\x80'), QByteArray(1000, '\xbf'),
                           "A" + QByteArray(300, '\x88')}) {
        const QByteArray folded = BookingIcsExporter::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        for (const QByteArray &physical : folded.chopped(2).split('\n'))
            QVERIFY(physical.chopped(physical.endsWith('\r') ? 1 : 0).size() <= 75);
        QCOMPARE(QByteArray(folded).chopped(2).replace("\r\n ", ""), line);
    }
}

void TestBookingJson::hugeMetadata()
{
    const QString notes(1 << 20, u'n');
    const QByteArray body = hugeMetadataPage(notes);
    QVERIFY(body.size() > (1 << 20));

    QString error;
    const auto page = BookingJson::decodePage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->bookings.size(), 1);
    QCOMPARE(page->bookings.first().notes().size(), notes.size());
    const auto again =
        BookingJson::decodeBooking(BookingJson::encode(page->bookings.first()), nullptr);
    QVERIFY(again);
    QCOMPARE(again->notes(), notes);
}

void TestBookingJson::deeplyNestedMetadata_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("500") << 500;
    QTest::newRow("1020") << 1020;
    QTest::newRow("2000") << 2000;
    QTest::newRow("100000") << 100000;
}

void TestBookingJson::deeplyNestedMetadata()
{
    QFETCH(int, depth);

    const QByteArray body = nestedMetadataPage(depth);
    QString error;
    const auto page = BookingJson::decodePage(body, &error);
    // Whether Qt's nesting limit (1024 in Qt 6.4) lets the body through is Qt's business; the
    // codec must survive either way and keep what it was given.
    if (depth <= 500)
        QVERIFY2(page, qPrintable(error));
    if (!page) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(page->bookings.size(), 1);
    QCOMPARE(metadataDepth(page->bookings.first().metadata), depth);
    const QJsonObject encoded = BookingJson::encode(page->bookings.first());
    QCOMPARE(metadataDepth(encoded.value(u"metadata").toObject()), depth);
}

void TestBookingJson::encodeShape()
{
    Booking booking;
    booking.id = u"b1"_s;
    booking.startTime = utc(2026, 3, 20, 14, 0);
    booking.endTime = utc(2026, 3, 20, 14, 30, 0, 5);
    booking.status = BookingStatus::NoShow;

    const QJsonObject object = BookingJson::encode(booking);
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({u"calcom_booking_id"_s, u"calcom_booking_uid"_s, u"created_at"_s,
                                u"end_time"_s, u"event_type_id"_s, u"id"_s, u"lead"_s, u"lead_id"_s,
                                u"meeting_url"_s, u"metadata"_s, u"start_time"_s, u"status"_s,
                                u"updated_at"_s}));
    QCOMPARE(object.value(u"id"), QJsonValue(u"b1"_s));
    QCOMPARE(object.value(u"start_time"), QJsonValue(u"2026-03-20T14:00:00Z"_s));
    QCOMPARE(object.value(u"end_time"), QJsonValue(u"2026-03-20T14:30:00.005Z"_s));
    QCOMPARE(object.value(u"status"), QJsonValue(u"no_show"_s));
    for (const char *key : {"lead_id", "calcom_booking_id", "calcom_booking_uid", "event_type_id",
                            "meeting_url", "metadata", "created_at", "updated_at", "lead"})
        QVERIFY2(object.value(QLatin1String(key)).isNull(), key);

    booking.calcomBookingId = 9007199254740993;
    booking.lead = Lead{u"l1"_s, u"Jane"_s, {}, u"+1"_s, LeadChannel::Voice, LeadStatus::New};
    const QJsonObject withLead = BookingJson::encode(booking);
    QCOMPARE(withLead.value(u"calcom_booking_id").toInteger(), qint64(9007199254740993));
    const QJsonObject lead = withLead.value(u"lead").toObject();
    QCOMPARE(lead.value(u"channel"), QJsonValue(u"voice"_s));
    QCOMPARE(lead.value(u"status"), QJsonValue(u"new"_s));
    QVERIFY(lead.value(u"email").isNull());
    QCOMPARE(lead.value(u"phone"), QJsonValue(u"+1"_s));
}

void TestBookingJson::encodeKeepsUnknownFieldsTypedWin()
{
    QJsonObject object = parseObject(kFullRecord);
    object.insert(u"future_field"_s, QJsonArray{1, u"two"_s});
    object.insert(u"meeting_url"_s, 5);
    auto booking = BookingJson::decodeBooking(object, nullptr);
    QVERIFY(booking);

    booking->startTime = utc(2026, 3, 21, 9, 0);
    booking->endTime = utc(2026, 3, 21, 9, 45);
    booking->status = BookingStatus::Cancelled;
    booking->calcomBookingUid.clear();
    booking->lead->email.clear();

    const QJsonObject encoded = BookingJson::encode(*booking);
    QCOMPARE(encoded.value(u"future_field"), object.value(u"future_field"));
    QCOMPARE(encoded.value(u"start_time"), QJsonValue(u"2026-03-21T09:00:00Z"_s));
    QCOMPARE(encoded.value(u"end_time"), QJsonValue(u"2026-03-21T09:45:00Z"_s));
    QCOMPARE(encoded.value(u"updated_at"), QJsonValue(u"2026-03-08T10:15:00Z"_s));
    QCOMPARE(encoded.value(u"status"), QJsonValue(u"cancelled"_s));
    QVERIFY(encoded.value(u"calcom_booking_uid").isNull());
    QVERIFY(encoded.value(u"meeting_url").isNull());
    QVERIFY(encoded.value(u"lead").toObject().value(u"email").isNull());
    QCOMPARE(encoded.value(u"metadata"), object.value(u"metadata"));
}

void TestBookingJson::encodeKeepsUnknownLeadValues()
{
    QJsonObject object = minimalRecord();
    object.insert(u"lead"_s, QJsonObject{{u"id"_s, u"l1"_s},
                                         {u"channel"_s, u"instagram"_s},
                                         {u"status"_s, u"vip"_s},
                                         {u"company"_s, u"ACME"_s}});
    auto booking = BookingJson::decodeBooking(object, nullptr);
    QVERIFY(booking && booking->lead);

    QJsonObject lead = BookingJson::encode(*booking).value(u"lead").toObject();
    QCOMPARE(lead.value(u"channel"), QJsonValue(u"instagram"_s));
    QCOMPARE(lead.value(u"status"), QJsonValue(u"vip"_s));
    QCOMPARE(lead.value(u"company"), QJsonValue(u"ACME"_s));

    booking->lead->channel = LeadChannel::Email;
    lead = BookingJson::encode(*booking).value(u"lead").toObject();
    QCOMPARE(lead.value(u"channel"), QJsonValue(u"email"_s));

    // A known value the client turned into Unknown is not resurrected.
    object.insert(u"lead"_s, QJsonObject{{u"channel"_s, u"web"_s}});
    booking = BookingJson::decodeBooking(object, nullptr);
    booking->lead->channel = LeadChannel::Unknown;
    lead = BookingJson::encode(*booking).value(u"lead").toObject();
    QVERIFY(lead.value(u"channel").isNull());

    booking->lead.reset();
    QVERIFY(BookingJson::encode(*booking).value(u"lead").isNull());
}

void TestBookingJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("record");

    QTest::newRow("full") << kFullRecord;
    QTest::newRow("minimal") << compact(minimalRecord());
    QTest::newRow("offsets and fractions")
        << R"({"id":"b1","start_time":"2026-03-20T14:00:00.123456789+05:30",
              "end_time":"2026-03-20 10:00-0800","status":"completed",
              "created_at":"2026-03-01T00:00:00.5z"})"_ba;
    QTest::newRow("tolerated wrong types")
        << R"({"id":"b1","start_time":"2026-03-20T14:00:00Z","end_time":"2026-03-20T15:00:00Z",
              "status":"cancelled","meeting_url":5,"metadata":"x","lead":[],
              "calcom_booking_id":"77","event_type_id":4.0})"_ba;
    QTest::newRow("unknown fields")
        << R"({"id":"b1","start_time":"2026-03-20T14:00:00Z","end_time":"2026-03-20T15:00:00Z",
              "status":"confirmed","x":{"y":[1,2,{"z":null}]},
              "lead":{"name":"Zoë","channel":"sms","extra":1}})"_ba;
}

void TestBookingJson::roundTrip()
{
    QFETCH(QByteArray, record);

    const auto first = BookingJson::decodeBooking(parseObject(record), nullptr);
    QVERIFY(first);
    const QByteArray wire = compact(BookingJson::encode(*first));
    QString error;
    const auto second = BookingJson::decodeBookingBody(wire, &error);
    QVERIFY2(second, qPrintable(error));
    compareTyped(*second, *first);

    // After one trip the JSON is in the encoder's canonical shape and stays put.
    const auto third =
        BookingJson::decodeBookingBody(compact(BookingJson::encode(*second)), &error);
    QVERIFY2(third, qPrintable(error));
    QCOMPARE(*third, *second);
}

void TestBookingJson::roundTripBuiltInCode()
{
    Booking booking;
    booking.id = u"c0ffee"_s;
    booking.leadId = u"l9"_s;
    booking.calcomBookingId = std::numeric_limits<qint64>::max();
    booking.calcomBookingUid = u"uid"_s;
    booking.eventTypeId = -3;
    booking.startTime = utc(2026, 3, 20, 14, 0, 0, 999);
    booking.endTime = QDateTime(QDate(2026, 3, 20), QTime(16, 0), Qt::OffsetFromUTC, 3600);
    booking.status = BookingStatus::Completed;
    booking.meetingUrl = u"https://meet.example/x?y=1&z=%20"_s;
    booking.metadata = parseObject(R"({"service":"Massage","list":[1,2.5,"x",null,{"a":false}]})");
    booking.createdAt = utc(2020, 2, 29, 0, 0);
    booking.updatedAt = utc(2026, 3, 20, 13, 59, 59, 1);
    booking.lead =
        Lead{u"l9"_s, u"Jane"_s, u"j@x.org"_s, {}, LeadChannel::Telegram, LeadStatus::NoShow};

    const auto decoded =
        BookingJson::decodeBookingBody(compact(BookingJson::encode(booking)), nullptr);
    QVERIFY(decoded);
    compareTyped(*decoded, booking);
}

void TestBookingJson::nonAsciiRoundTrip()
{
    const QString name =
        QStringLiteral("Zoë Łukasiewicz-Ñúñez 山田太郎 Ωμέγα \U0001F469\u200D\u2695");
    const QString notes =
        QStringLiteral("Nächster Termin: ünd \"quoted\" \\ back\nslash \U0001F600");
    QJsonObject object = minimalRecord(QStringLiteral("id-ä"));
    object.insert(u"metadata"_s, QJsonObject{{u"notes"_s, notes}});
    object.insert(u"lead"_s, QJsonObject{{u"name"_s, name}});
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Indented);

    QString error;
    const auto booking = BookingJson::decodeBookingBody(body, &error);
    QVERIFY2(booking, qPrintable(error));
    QCOMPARE(booking->id, QStringLiteral("id-ä"));
    QCOMPARE(booking->lead->name, name);
    QCOMPARE(booking->notes(), notes);

    const auto again =
        BookingJson::decodeBookingBody(compact(BookingJson::encode(*booking)), &error);
    QVERIFY2(again, qPrintable(error));
    compareTyped(*again, *booking);
}

// What insights read of a cached record without decoding it: one top-level string member.
void TestBookingJson::topLevelString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // null: nullopt

    const QString none;
    QTest::newRow("present") << R"({"id":"a","created_at":"2026-01-02T03:04:05Z"})"_ba
                             << u"2026-01-02T03:04:05Z"_s;
    QTest::newRow("absent") << R"({"id":"a"})"_ba << none;
    QTest::newRow("null") << R"({"created_at":null})"_ba << none;
    QTest::newRow("number") << R"({"created_at":12})"_ba << none;
    QTest::newRow("twice: the last") << R"({"created_at":"x","created_at":"y"})"_ba << u"y"_s;
    QTest::newRow("twice, last null") << R"({"created_at":"x","created_at":null})"_ba << none;
    QTest::newRow("nested only")
        << R"({"metadata":{"created_at":"x"},"lead":[{"created_at":1}]})"_ba << none;
    QTest::newRow("escaped key") << R"({"created\u005fat":"x"})"_ba << u"x"_s;
    QTest::newRow("escaped value") << R"({"created_at":"a\"b"})"_ba << u"a\"b"_s;
    QTest::newRow("BOM before") << "\xef\xbb\xbf{\"created_at\":\"x\"}"_ba << u"x"_s;
    QTest::newRow("not JSON") << R"({"created_at":"x")"_ba << none;
    QTest::newRow("array") << R"(["created_at","x"])"_ba << none;
    QTest::newRow("empty") << QByteArray() << none;
}

void TestBookingJson::topLevelString()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const std::optional<QString> found = BookingDecoder::topLevelString(json, "created_at");
    QCOMPARE(found.has_value(), !expected.isNull());
    if (found)
        QCOMPARE(*found, expected);
}

QTEST_GUILESS_MAIN(TestBookingJson)
#include "tst_bookingjson.moc"
