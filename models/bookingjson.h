#pragma once

#include "booking.h"
#include "timeslot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// A record of a page that could not be decoded. The rest of the page is kept.
struct SkippedRecord
{
    int index = -1; // position in the page's array
    QString id;     // the record's id when it had a readable one
    QString reason; // for logs and the sync report (English, developer-facing)

    friend bool operator==(const SkippedRecord &, const SkippedRecord &) = default;
};

struct BookingPage
{
    QList<Booking> bookings;
    QList<SkippedRecord> skipped;
    int total = 0;
    int page = 0;
    int size = 0;
};

struct SlotList
{
    QList<TimeSlot> timeSlots;
    QDate startDate;
    QDate endDate;
    std::optional<qint64> eventTypeId;
    // Slots that could not be decoded and were left out (for the caller's log).
    int skipped = 0;
};

// Decoding and encoding of the Empfio API's booking JSON, following "Wire formats a client
// must accept" in shared/API.md. Decoding never throws and never asserts on input: every
// failure is a std::nullopt plus a reason in *error (English, for logs).
class BookingJson
{
public:
    // ISO 8601 with a mandatory offset (Z, +00:00, -05:30, ...), optional fractional seconds
    // of any length. Returns a UTC QDateTime; nullopt for anything else.
    static std::optional<QDateTime> parseDateTime(QStringView text);
    // "2026-03-20T14:00:00Z" (milliseconds only when non-zero).
    static QString formatDateTime(const QDateTime &time);

    // Every booking goes through BookingDecoder's rules (bookingdecoder.cpp). An object built
    // in code is written compactly first; Booking::json holds those bytes.
    static std::optional<Booking> decodeBooking(const QJsonObject &object, QString *error);
    // One record's JSON text (as the cache stores it): Booking::json keeps these bytes.
    static std::optional<Booking> decodeRecord(const QByteArray &record, QString *error);
    // Detail and PATCH answers (one booking object): Booking::json is the object as sent.
    static std::optional<Booking> decodeBookingBody(const QByteArray &body, QString *error);
    // List endpoint body: envelope errors fail the page; bad records are skipped and listed.
    // Each Booking::json holds the record's bytes exactly as the page carried them.
    static std::optional<BookingPage> decodePage(const QByteArray &body, QString *error);
    static std::optional<SlotList> decodeSlots(const QByteArray &body, QString *error);

    // The API's own booking shape (times in UTC with Z); unknown fields of booking.json are
    // kept, typed fields win over them.
    static QJsonObject encode(const Booking &booking);

    // JSON text that the decoder accepted, as a QJsonObject (Qt's parser), for metadata and
    // encode(): a byte order mark inside strings is kept as U+FEFF, as the decoder keeps it
    // (Qt's parser would drop one at the start of a string). nullopt if not an object.
    static std::optional<QJsonObject> parseObject(QByteArrayView json);
};
