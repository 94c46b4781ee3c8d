// The list page decoder (BookingJson::decodePage) against the QJsonDocument reading of
// referencedecoder.h, field by field; every decoded record again alone. With libFuzzer a
// structure-aware mutator changes values, names and nesting of a valid page, since byte
// mutations alone gave invalid JSON nineteen times out of twenty.

#include "fuzzcheck.h"
#include "referencedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstring>
#include <random>

namespace {

void checkRecordAlone(const Booking &fromPage)
{
    const auto again = BookingJson::decodeRecord(fromPage.json, nullptr);
    FUZZ_CHECK(again && *again == fromPage);
    const auto body = BookingJson::decodeBookingBody(fromPage.json, nullptr);
    FUZZ_CHECK(body && *body == fromPage);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString referenceError;
    const auto reference = ReferenceDecoder::page(body, &referenceError);
    QString error;
    const auto page = BookingJson::decodePage(body, &error);
    FUZZ_CHECK(page.has_value() == reference.has_value());
    if (!page) {
        FUZZ_CHECK(error.section(u':', 0, 0) == referenceError.section(u':', 0, 0));
        return 0;
    }
    const BookingPage &expected = reference->page;
    FUZZ_CHECK(page->total == expected.total && page->page == expected.page &&
               page->size == expected.size);
    FUZZ_CHECK(page->skipped == expected.skipped);
    FUZZ_CHECK(page->bookings.size() == expected.bookings.size());
    const QList<int> &indexes = reference->bookingIndexes; // for each booking's object
    for (qsizetype i = 0; i < page->bookings.size(); ++i) {
        const Booking &booking = page->bookings.at(i);
        Booking withoutJson = booking;
        withoutJson.json.clear();
        FUZZ_CHECK(withoutJson == expected.bookings.at(i));
        FUZZ_CHECK(body.contains(booking.json));
        FUZZ_CHECK(ReferenceDecoder::jsonMatches(booking.json,
                                                 reference->records.at(indexes.at(i)).toObject()));
        checkRecordAlone(booking);
    }
    return 0;
}

#ifdef FRONTDESK_LIBFUZZER

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

namespace {

using Random = std::mt19937;

template<typename T, std::size_t N> const T &pick(const T (&items)[N], Random &random)
{
    return items[random() % N];
}

const char *const kNames[] = {"id",
                              "lead_id",
                              "calcom_booking_id",
                              "calcom_booking_uid",
                              "event_type_id",
                              "start_time",
                              "end_time",
                              "status",
                              "meeting_url",
                              "metadata",
                              "created_at",
                              "updated_at",
                              "lead",
                              "name",
                              "email",
                              "phone",
                              "channel",
                              "notes",
                              "service",
                              "bookings",
                              "total",
                              "page",
                              "size",
                              "frontdesk",
                              "\xEF\xBB\xBFid",
                              "i\\u0064"};

QJsonValue randomValue(Random &random, int depth)
{
    switch (random() % 16) {
    case 0:
        return QJsonValue();
    case 1:
        return bool(random() % 2);
    case 2:
        return double(qint64(random()) - 0x7fffffff) / double(1 + random() % 1000);
    case 3:
        return qint64(random()) * qint64(random() % 0x7fffffff);
    case 4: {
        const char *const times[] = {
            "2026-03-20T14:00:00Z", "2026-03-20T14:30:00.123456+01:00", "2026-03-20T14:00:00",
            "2026-02-30T14:00:00Z", "9999-12-31T23:59:59-23:59",        "2026-03-20 14:00:00z"};
        return QString::fromLatin1(pick(times, random));
    }
    case 5: {
        const char *const names[] = {"confirmed", "cancelled", "rescheduled",
                                     "no_show",   "completed", "Confirmed",
                                     "whatsapp",  "booked",    ""};
        return QString::fromLatin1(pick(names, random));
    }
    case 6:
        return QString(QString(QChar(0xFEFF)) + QString::number(random() % 100));
    case 7:
        return QString::number(random());
    case 8:
        return QStringLiteral("Zoë 山田 😀");
    case 9:
        if (depth < 40) {
            QJsonArray array;
            for (unsigned i = random() % 4; i > 0; --i)
                array.append(randomValue(random, depth + 1));
            return array;
        }
        return QJsonValue();
    case 10:
        if (depth < 40) {
            QJsonObject object;
            for (unsigned i = random() % 4; i > 0; --i)
                object.insert(QString::fromUtf8(pick(kNames, random)),
                              randomValue(random, depth + 1));
            return object;
        }
        return QJsonValue();
    default:
        return QString::fromUtf8(pick(kNames, random));
    }
}

// Changes one place of `value`: a value replaced, a name renamed, removed or added, a value
// wrapped in more nesting.
void mutate(QJsonValue *value, Random &random, int depth)
{
    if (value->isObject() && value->toObject().size() > 0 && random() % 3 != 0) {
        QJsonObject object = value->toObject();
        const QString key = object.keys().at(qsizetype(random() % object.size()));
        switch (random() % 6) {
        case 0:
            object.remove(key);
            break;
        case 1: {
            const QJsonValue moved = object.take(key);
            object.insert(QString::fromUtf8(pick(kNames, random)), moved);
            break;
        }
        case 2:
            object.insert(QString::fromUtf8(pick(kNames, random)), randomValue(random, depth));
            break;
        default: {
            QJsonValue child = object.value(key);
            mutate(&child, random, depth + 1);
            object.insert(key, child);
            break;
        }
        }
        *value = object;
        return;
    }
    if (value->isArray() && value->toArray().size() > 0 && random() % 3 != 0) {
        QJsonArray array = value->toArray();
        const qsizetype at = qsizetype(random() % array.size());
        switch (random() % 5) {
        case 0:
            array.removeAt(at);
            break;
        case 1:
            array.insert(at, array.at(at));
            break;
        default: {
            QJsonValue child = array.at(at);
            mutate(&child, random, depth + 1);
            array.replace(at, child);
            break;
        }
        }
        *value = array;
        return;
    }
    if (random() % 4 == 0) {
        *value = random() % 2 ? QJsonValue(QJsonArray{*value})
                              : QJsonValue(QJsonObject{{QStringLiteral("n"), *value}});
        return;
    }
    *value = randomValue(random, depth);
}

} // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed)
{
    Random random(seed);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || random() % 10 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    QJsonValue root = document.object();
    for (unsigned i = 1 + random() % 3; i > 0; --i)
        mutate(&root, random, 0);
    QByteArray out = QJsonDocument(root.toObject())
                         .toJson(random() % 4 ? QJsonDocument::Compact : QJsonDocument::Indented);
    // Names twice in one object are beyond QJsonObject: added in the text.
    if (random() % 8 == 0) {
        const qsizetype brace =
            out.indexOf('{', qsizetype(random() % std::max<qsizetype>(1, out.size())));
        if (brace >= 0 && brace + 1 < out.size() && out.at(brace + 1) != '}')
            out.insert(brace + 1, QByteArray("\"") + pick(kNames, random) + "\":\"dup\",");
    }
    if (std::size_t(out.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, out.constData(), std::size_t(out.size()));
    return std::size_t(out.size());
}

#endif
