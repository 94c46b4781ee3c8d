#pragma once

#include "booking.h"
#include "lead.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <optional>

// The booking JSON the codec's tests decode: tst_bookingjson checks what each decodes to,
// tst_pagedecoder that both page decoders agree on every one of them.
namespace BookingJsonSamples {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int msec = 0);
// Fails the process on text that is not a JSON object: test data must be right.
QJsonObject parseObject(const QByteArray &json);
QByteArray compact(const QJsonObject &object);

// Every field set, with spacing, fractions and offsets as a server might write them.
extern const QByteArray kFullRecord;
QJsonObject minimalRecord(const QString &id = QStringLiteral("b1"));
// The minimal record with one field set; an undefined value removes the field.
QByteArray minimalWith(const QString &key, const QJsonValue &value);
QByteArray minimalWithRaw(const QString &key, const QByteArray &rawValue);
QByteArray pageBody(const QJsonArray &records, int total);
QJsonArray fiveRecords();
QByteArray nestedMetadataRecord(int depth);

struct DateTimeCase
{
    const char *name;
    QString text;
    QDateTime expected; // invalid: must be rejected
};
QList<DateTimeCase> dateTimeCases();

struct RecordCase
{
    QByteArray name;
    QByteArray record;
    QString errorField; // empty: the record decodes
};
QList<RecordCase> recordCases();

// calcom_booking_id and event_type_id.
struct IdCase
{
    const char *name;
    QByteArray raw;
    bool present;
    qint64 expected;
};
QList<IdCase> idCases();

struct LeadCase
{
    const char *name;
    QByteArray raw;
    bool present;
    Lead expected;
};
QList<LeadCase> leadCases();

struct PageCase
{
    const char *name;
    QByteArray body;
    QString errorPrefix; // empty: decodes
};
QList<PageCase> pageEnvelopeCases();

// Five minimal records, the third with an unknown status.
QByteArray oneBadRecordPage();
// Four elements that are not objects, then a record.
QByteArray nonObjectRecordsPage();
// A numeric id, a 129-character id and a 128-character id, each in a bad record.
QByteArray unreadableIdsPage();
// Spacing, key order, escapes and a byte order mark as a server might write them; the
// records' exact bytes are in `records`, the second element of the array is 42.
struct RecordBytesPage
{
    QByteArray body;
    QList<QByteArray> records;
};
RecordBytesPage recordBytesPage();
// "bookings" twice, with records "first" and "second".
QByteArray twoBookingsKeysPage();
QByteArray hugeMetadataPage(const QString &notes);
QByteArray nestedMetadataPage(int depth);

// The pages tst_bookingjson's fuzz starts from, and its byte-level mutation.
QList<QByteArray> mutationSeeds();
void mutateBytes(QByteArray *body, QRandomGenerator *random);

// Every field except json, which legitimately differs after a trip through encode(), and
// brief: encode() writes every field, so a brief row comes back as a full one.
inline void compareTyped(Booking actual, const Booking &expected)
{
    actual.json = expected.json;
    actual.brief = expected.brief;
    QCOMPARE(actual, expected);
}

} // namespace BookingJsonSamples
