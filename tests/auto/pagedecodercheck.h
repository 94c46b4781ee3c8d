#pragma once

#include "../fuzz/referencedecoder.h"
#include "bookingjson.h"
#include "bookingjsonsamples.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QTest>

// tst_pagedecoder and tst_pagedecodermutations: a page decoded by BookingJson's decoder
// (simdjson) and by the reference (QJsonDocument), every field, error and skipped record
// compared; and the small builders of pages both use.
namespace PageDecoderCheck {

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

inline QByteArray cbor(const QJsonObject &object)
{
    // Integer and double, key order and duplicates all show in the encoding.
    return QCborMap::fromJsonObject(object).toCborValue().toCbor();
}

inline void compareTime(const QDateTime &actual, const QDateTime &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual.timeSpec(), expected.timeSpec());
        QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }
}

// Everything but json, which the reference does not rebuild.
inline void compareBooking(const Booking &actual, const Booking &expected)
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
inline QString errorField(const QString &error)
{
    return error.section(u':', 0, 0);
}

// A record decoded alone (detail answer, cache bytes) gives what the page gave.
inline void compareAlone(const Booking &fromPage)
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
inline Counts decodeBothWays(const QByteArray &body)
{
    Counts counts;
    [&] {
        QString referenceError;
        const auto reference = ReferenceDecoder::page(body, &referenceError);
        QString error;
        const auto page = BookingJson::decodePage(body, &error);
        QVERIFY2(page.has_value() == reference.has_value(),
                 qPrintable(error + QStringLiteral(" | ") + referenceError));
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
        const QList<int> &indexes = reference->bookingIndexes; // each booking's object
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

inline QByteArray pageOf(const QList<QByteArray> &records,
                         const QByteArray &envelope = ",\"total\":9")
{
    return "{\"bookings\":[" + records.join(',') + ']' + envelope + '}';
}

// The minimal record with `key` (its own or a new one) set to `rawValue`, once.
inline QByteArray withField(const QByteArray &key, const QByteArray &rawValue)
{
    QByteArray json = BookingJsonSamples::minimalWith(QString::fromLatin1(key),
                                                      QJsonValue(QJsonValue::Undefined));
    json.chop(1);
    return json + ",\"" + key + "\":" + rawValue + '}';
}

inline QByteArray nested(int depth, const QByteArray &inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

} // namespace PageDecoderCheck
