#include "bookingdecoder.h"

#include "isodatetime.h"

#include <QStringDecoder>
#include <QStringView>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <simdjson.h>
#include <string_view>
#include <vector>

// What the decoder accepts, following "Wire formats a client must accept" in shared/API.md.
// Pages, detail and PATCH answers and the cache's records all go through readRecord() and
// build() below, so one set of rules applies everywhere:
//
// - id (non-empty string), start_time, end_time and status (one of the five wire names) are
//   required. Absent, null or of the wrong type, they make the record an error. end_time
//   before start_time is an error; equal times are accepted.
// - Every date-time that is present and not null (created_at and updated_at too) must be a
//   string with an offset, or the record is an error: API.md says so, and updated_at drives
//   the check against overwriting someone else's change, so a guessed value is not harmless.
// - The other fields only inform the desk. null or absent means empty; a wrong type is read
//   as absent, and the raw value stays in Booking::json. Hiding an appointment from the desk
//   because a side field is malformed would be worse than showing it without that field.
// - calcom_booking_id and event_type_id accept whole JSON numbers within qint64 (123.0 too:
//   JSON does not tell it from 123) and strings of 1 to 19 ASCII decimal digits, which some
//   producers write for 64-bit ids to survive JavaScript's doubles. Anything else is absent.
// - lead: null, absent or not an object means no lead. Inside it every field is optional and
//   a missing lead.id still gives a lead. Unknown channel or status strings decode to Unknown.
// - metadata: an object is kept as its text; anything else means none. A record without the
//   metadata or updated_at key is a brief list row (Booking::brief).
// - A name given twice in one object: the last one counts (as in QJsonObject). Names are
//   compared after unescaping.
// - Text is taken exactly as sent, a byte order mark (U+FEFF, EF BB BF) included, at the
//   start of a value or anywhere: "\xEF\xBB\xBF" is a one-character id, "\xEF\xBB\xBF2" is
//   not a number. Only a BOM before the body's first byte is skipped.
// - The whole body must be valid JSON, every value checked, also those the desk does not
//   read (unknown fields, metadata): a record is stored and later re-read from its bytes, so
//   it must be JSON that Qt's parser reads the same way. Stricter than Qt in one corner:
//   an escaped UTF-16 surrogate without its pair ("\ud800") is invalid, as RFC 8259 wants.
//   Nesting is limited to 1024 levels, like Qt's parser.
//
// Error messages name the field, never its value: records carry personal data.

namespace {

namespace sj = simdjson::ondemand;
using simdjson::error_code;

#define TRY(expression)                                                                            \
    do {                                                                                           \
        if (const error_code tryError = (expression); tryError != simdjson::SUCCESS)               \
            return tryError;                                                                       \
    } while (false)

// Qt's parser takes 1024 levels. simdjson's On-Demand does not check nesting itself (its
// max_depth only sizes a table), so skipValue() checks, and the parser is given room beyond.
constexpr int kMaxDepth = 1024;
constexpr std::size_t kParserDepth = kMaxDepth + 16;
// Longer "ids" are not worth echoing into a log or a sync report.
constexpr qsizetype kMaxReportedIdLength = 128;
// Bodies above this get a parser of their own, freed after: the thread's reused parser keeps
// buffers the size of the largest document it has read.
constexpr std::size_t kReusedParserLimit = std::size_t(4) << 20;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool startsWithBom(std::string_view text)
{
    return text.size() >= kBom.size() && std::memcmp(text.data(), kBom.data(), kBom.size()) == 0;
}

// Writes ASCII text (ids, e-mail addresses, URLs) as UTF-16 to `out`, which has room for it;
// false, with `out` written over, when the text is not ASCII. Faster than QString::fromUtf8,
// and it writes where it is told (see RecordTexts).
bool widenAscii(std::string_view text, char16_t *out)
{
    uchar bits = 0;
    for (const char c : text) {
        bits |= uchar(c);
        *out++ = char16_t(uchar(c));
    }
    return bits < 0x80;
}

bool isAscii(std::string_view text)
{
    uchar bits = 0;
    for (const char c : text)
        bits |= uchar(c);
    return bits < 0x80;
}

// QString::fromUtf8 drops a leading BOM; the rule above keeps it.
QString toQString(std::string_view text)
{
    if (isAscii(text)) {
        QString result(qsizetype(text.size()), Qt::Uninitialized);
        widenAscii(text, reinterpret_cast<char16_t *>(result.data()));
        return result;
    }
    QString result;
    while (startsWithBom(text)) {
        result += QChar(0xFEFF);
        text.remove_prefix(kBom.size());
    }
    if (result.isEmpty())
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    return result + QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Short ASCII text (wire names) is widened on the stack; anything else becomes a QString.
template<typename Function> auto withView(std::string_view text, Function function)
{
    constexpr std::size_t kShort = 32;
    if (text.size() <= kShort) {
        char16_t buffer[kShort];
        bool ascii = true;
        for (std::size_t i = 0; i < text.size() && ascii; ++i) {
            ascii = uchar(text[i]) < 0x80;
            buffer[i] = char16_t(uchar(text[i]));
        }
        if (ascii)
            return function(QStringView(buffer, qsizetype(text.size())));
    }
    const QString string = toQString(text);
    return function(QStringView(string));
}

// What the reader saw of one value.
struct Slot
{
    enum class Kind { Absent, Null, String, Number, Object, Other };
    Kind kind = Kind::Absent;
    std::string_view text;         // String; Object: its bytes
    std::optional<qint64> integer; // Number: a whole number within qint64
    double number = 0;             // Number

    QString string() const { return kind == Kind::String ? toQString(text) : QString(); }
};

std::optional<qint64> wholeNumber(double value)
{
    // [-2^63, 2^63): the doubles that convert to qint64 without overflow.
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(value) || value != std::trunc(value) || value < -kLimit || value >= kLimit)
        return std::nullopt;
    return qint64(value);
}

error_code skipValue(sj::value &value, int depth);

// Eight bytes at a time, inline: the texts are short, and a memchr call per string value had
// been 6% of decoding a page. Reading past a string stays within the input: simdjson's
// padding follows it.
constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighBits = 0x8080808080808080ULL;

quint64 load8(const char *from)
{
    quint64 word = 0;
    std::memcpy(&word, from, sizeof word);
    return qFromLittleEndian(word);
}

// The high bit of each byte of `word` equal to `c`; exact for the lowest such byte, which is
// all the callers look at.
quint64 bytesEqual(quint64 word, char c)
{
    const quint64 x = word ^ (kOnes * uchar(c));
    return (x - kOnes) & ~x & kHighBits;
}

// The first '"' or '\\' from `from` on. Stage 1 has checked that every string is closed and
// holds no control characters, so up to the first backslash the text is final.
const char *nameEnd(const char *from)
{
    for (;; from += 8) {
        const quint64 word = load8(from);
        if (const quint64 found = bytesEqual(word, '"') | bytesEqual(word, '\\'))
            return from + qCountTrailingZeroBits(found) / 8;
    }
}

bool hasBackslash(std::string_view text)
{
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        if (bytesEqual(load8(text.data() + i), '\\'))
            return true;
    }
    for (; i < text.size(); ++i) {
        if (text[i] == '\\')
            return true;
    }
    return false;
}

// A name without escapes is its bytes in the input; only others are unescaped (into
// simdjson's string buffer, which cost a call and a copy per name). Checks the field's error,
// so that callers can then take its value by reference: copying values out through
// simdjson_result (get()) stalled on store forwarding, a tenth of decoding a page.
Q_ALWAYS_INLINE error_code readKey(simdjson::simdjson_result<sj::field> &result,
                                   std::string_view *key)
{
    TRY(result.error());
    sj::field &field = result.value_unsafe();
    const char *raw = field.key().raw();
    const char *end = nameEnd(raw);
    if (*end == '"') {
        *key = std::string_view(raw, std::size_t(end - raw));
        return simdjson::SUCCESS;
    }
    return field.unescaped_key().get(*key);
}

error_code skipObject(sj::object object, int depth)
{
    for (auto field : object) {
        std::string_view key;
        TRY(readKey(field, &key));
        sj::value &value = field.value_unsafe().value();
        TRY(skipValue(value, depth));
    }
    return simdjson::SUCCESS;
}

error_code readNull(sj::value &value)
{
    bool isNull = false;
    TRY(value.is_null().get(isNull));
    return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
}

// Qt's parser refuses a number that is not zero but rounds to it (1e-400), so the decoder
// does too: metadata and Booking::json are read again by Qt and must not fail there.
error_code underflow(std::string_view token)
{
    for (const char c : token) {
        if (c == 'e' || c == 'E')
            break;
        if (c >= '1' && c <= '9')
            return simdjson::NUMBER_ERROR;
    }
    return simdjson::SUCCESS;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view token)
{
    std::size_t i = 0;
    const auto at = [&](char c) { return i < token.size() && token[i] == c; };
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9')
            ++i;
        return i > from;
    };
    if (at('-'))
        ++i;
    if (at('0'))
        ++i;
    else if (!digits())
        return false;
    if (at('.')) {
        ++i;
        if (!digits())
            return false;
    }
    if (at('e') || at('E')) {
        ++i;
        if (at('+') || at('-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == token.size();
}

error_code readNumber(sj::value &value, Slot *slot)
{
    slot->kind = Slot::Kind::Number;
    std::string_view token = value.raw_json_token();
    // The token runs up to the next one, white space included.
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' ||
                              token.back() == '\r'))
        token.remove_suffix(1);
    const bool plainInteger = token.find_first_of(".eE") == std::string_view::npos;
    if (plainInteger) {
        int64_t integer = 0;
        if (value.get_int64().get(integer) == simdjson::SUCCESS) {
            slot->integer = integer;
            slot->number = double(integer);
            return simdjson::SUCCESS;
        }
    }
    // Fractions, exponents and integers beyond qint64: a double, as Qt reads them.
    // simdjson 3.0 refuses some valid numbers (integers of 100 digits, "0e30177777") and
    // reads some long fractions as 0: those are converted from the token (from_chars: Qt's
    // toDouble refuses long digit strings, strtod follows the locale).
    if (value.get_double().get(slot->number) == simdjson::SUCCESS && slot->number != 0) {
        slot->integer = wholeNumber(slot->number);
        return simdjson::SUCCESS;
    }
    if (!isJsonNumber(token))
        return simdjson::NUMBER_ERROR;
    const auto [end, status] =
        std::from_chars(token.data(), token.data() + token.size(), slot->number);
    if (status != std::errc() || end != token.data() + token.size() || !std::isfinite(slot->number))
        return simdjson::NUMBER_ERROR;
    slot->integer = wholeNumber(slot->number);
    return slot->number == 0 ? underflow(token) : simdjson::SUCCESS;
}

// Reads a value that is kept when it is a string, null or a number; other values are
// checked and counted as Other.
error_code readSlot(sj::value &value, Slot *slot, int depth)
{
    *slot = Slot();
    sj::json_type type;
    TRY(value.type().get(type));
    switch (type) {
    case sj::json_type::string: {
        slot->kind = Slot::Kind::String;
        // As for names: text without escapes is taken from the input. The token runs from the
        // opening quote to the next token, so the closing quote is its last byte but white
        // space. The value must still be read (as a raw string, no copy): skipping an unread
        // one does not check what follows it ("a":"b":"c" would pass).
        std::string_view token = value.raw_json_token();
        while (token.back() != '"')
            token.remove_suffix(1);
        token = token.substr(1, token.size() - 2);
        if (hasBackslash(token))
            return value.get_string().get(slot->text);
        slot->text = token;
        sj::raw_json_string ignored;
        return value.get_raw_json_string().get(ignored);
    }
    case sj::json_type::null:
        slot->kind = Slot::Kind::Null;
        return readNull(value);
    case sj::json_type::number:
        return readNumber(value, slot);
    default:
        slot->kind = Slot::Kind::Other;
        return skipValue(value, depth);
    }
}

error_code skipValue(sj::value &value, int depth)
{
    sj::json_type type;
    TRY(value.type().get(type));
    if (depth >= kMaxDepth && (type == sj::json_type::object || type == sj::json_type::array))
        return simdjson::DEPTH_ERROR;
    switch (type) {
    case sj::json_type::object: {
        sj::object object;
        TRY(value.get_object().get(object));
        return skipObject(object, depth + 1);
    }
    case sj::json_type::array: {
        sj::array array;
        TRY(value.get_array().get(array));
        for (auto element : array) {
            TRY(element.error());
            sj::value &item = element.value_unsafe();
            TRY(skipValue(item, depth + 1));
        }
        return simdjson::SUCCESS;
    }
    case sj::json_type::boolean: {
        bool ignored = false;
        return value.get_bool().get(ignored);
    }
    default: {
        Slot ignored;
        return readSlot(value, &ignored, depth);
    }
    }
}

// The bytes of an object that has just been read to its end: from its opening brace to the
// iterator's position (the next token, or the end of the input), white space after the
// closing brace trimmed off. Taking them this way costs no second pass over the object, as
// raw_json() and reset() did.
std::string_view objectBytes(const char *begin, simdjson::simdjson_result<const char *> location,
                             const char *inputEnd)
{
    const char *end = nullptr;
    if (std::move(location).get(end) != simdjson::SUCCESS)
        end = inputEnd; // OUT_OF_BOUNDS: the object was the last thing in the input
    while (end > begin && end[-1] != '}')
        --end;
    return std::string_view(begin, std::size_t(end - begin));
}

enum Field {
    Id,
    LeadId,
    CalcomBookingId,
    CalcomBookingUid,
    EventTypeId,
    StartTime,
    EndTime,
    Status,
    MeetingUrl,
    Metadata,
    CreatedAt,
    UpdatedAt,
    LeadField,
    FieldCount
};

enum LeadFieldIndex { LeadIdField, Name, Email, Phone, Channel, LeadStatus, LeadFieldCount };

constexpr std::string_view kFields[FieldCount] = {
    "id",       "lead_id", "calcom_booking_id", "calcom_booking_uid", "event_type_id", "start_time",
    "end_time", "status",  "meeting_url",       "metadata",           "created_at",    "updated_at",
    "lead"};

constexpr std::string_view kLeadFields[LeadFieldCount] = {"id",    "name",    "email",
                                                          "phone", "channel", "status"};

// Names are short: compared inline, where string_view's == called memcmp.
bool sameName(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// Servers write the fields in one order, so the one after the last found is tried first.
template<std::size_t N>
int fieldIndex(const std::string_view (&names)[N], std::string_view key, int *next)
{
    if (sameName(key, names[*next])) {
        const int found = *next;
        *next = (found + 1) % int(N);
        return found;
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (sameName(key, names[i])) {
            *next = int(i + 1) % int(N);
            return int(i);
        }
    }
    return -1;
}

struct RecordSlots
{
    std::string_view bytes;
    Slot fields[FieldCount];
    Slot lead[LeadFieldCount];
};

error_code readLead(sj::value &value, Slot *lead, int depth)
{
    for (int i = 0; i < LeadFieldCount; ++i)
        lead[i] = Slot();
    sj::object object;
    TRY(value.get_object().get(object));
    int next = 0;
    for (auto field : object) {
        std::string_view key;
        TRY(readKey(field, &key));
        sj::value &item = field.value_unsafe().value();
        const int index = fieldIndex(kLeadFields, key, &next);
        TRY(index < 0 ? skipValue(item, depth + 1) : readSlot(item, &lead[index], depth + 1));
    }
    return simdjson::SUCCESS;
}

// Reads one record object (at `depth` containers deep) into `record`, checking all of it.
// The caller sets record->bytes once the object has been read.
error_code readRecord(sj::object object, RecordSlots *record, int depth)
{
    int next = 0;
    for (auto field : object) {
        std::string_view key;
        TRY(readKey(field, &key));
        sj::value &value = field.value_unsafe().value();
        const int index = fieldIndex(kFields, key, &next);
        if (index < 0) {
            TRY(skipValue(value, depth));
            continue;
        }
        Slot &slot = record->fields[index];
        sj::json_type type;
        TRY(value.type().get(type));
        if (index == Metadata && type == sj::json_type::object) {
            const char *begin = value.raw_json_token().data();
            sj::object metadata;
            TRY(value.get_object().get(metadata));
            TRY(skipObject(metadata, depth + 1));
            slot = Slot();
            slot.kind = Slot::Kind::Object;
            // Never at the end of the input: the record's closing brace follows.
            slot.text = objectBytes(begin, value.current_location(), nullptr);
        } else if (index == LeadField && type == sj::json_type::object) {
            slot = Slot();
            slot.kind = Slot::Kind::Object;
            TRY(readLead(value, record->lead, depth));
        } else {
            TRY(readSlot(value, &slot, depth));
        }
    }
    return simdjson::SUCCESS;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readTime(const Slot &slot, std::string_view key, bool required, QDateTime *out, QString *error)
{
    // Built only for a message: four QStrings per record that were never used.
    const auto name = [key] { return QString::fromLatin1(key.data(), qsizetype(key.size())); };
    switch (slot.kind) {
    case Slot::Kind::Absent:
    case Slot::Kind::Null:
        return required ? fail(error, QStringLiteral("%1: missing").arg(name())) : true;
    case Slot::Kind::String:
        break;
    default:
        return fail(error, QStringLiteral("%1: not a string").arg(name()));
    }
    // The parser takes ASCII only, so UTF-8 bytes read as they are (a BOM fails, as it must).
    const auto time = IsoDateTime::parseUtf8(QByteArrayView(slot.text.data(), slot.text.size()));
    if (!time)
        return fail(error,
                    QStringLiteral("%1: not an ISO 8601 date-time with a UTC offset").arg(name()));
    *out = std::move(*time);
    return true;
}

std::optional<qint64> optionalId(const Slot &slot)
{
    if (slot.kind == Slot::Kind::Number)
        return slot.integer;
    if (slot.kind != Slot::Kind::String || slot.text.empty() ||
        slot.text.size() > std::size_t(std::numeric_limits<qint64>::digits10 + 1))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : slot.text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(value);
}

QString readableId(const RecordSlots &record)
{
    const QString id = record.fields[Id].string();
    return id.size() <= kMaxReportedIdLength ? id : QString();
}

// The texts of one record become QStrings that share one allocation, each a '\0'-terminated
// slice of it (as QString keeps its own data): one allocation per record instead of up to
// eight, which with their frees had been about a tenth of decoding a page. A QString that is
// changed later detaches (copies its slice) like any shared one; the block is freed with the
// last of them.
class RecordTexts
{
public:
    void add(const Slot &slot, QString *target)
    {
        // Absent, null, not a string, or empty: as Slot::string() gives it, without the block.
        if (slot.kind != Slot::Kind::String || slot.text.empty()) {
            *target = slot.string();
            return;
        }
        Q_ASSERT(m_count < kMaxTexts);
        m_texts[m_count++] = {slot.text, target};
        // UTF-16 takes at most as many units as UTF-8 takes bytes; one more for the '\0'.
        m_units += qsizetype(slot.text.size()) + 1;
    }

    void convert()
    {
        if (m_count == 0)
            return;
        auto [header, data] = QTypedArrayData<char16_t>::allocate(m_units);
        Q_CHECK_PTR(data);
        // One reference per QString, set at once: the block is not shared with anyone yet, and
        // an atomic increment per text had been a quarter of build().
        header->ref_.storeRelaxed(m_count);
        char16_t *out = data;
        for (int i = 0; i < m_count; ++i) {
            const std::string_view text = m_texts[i].text;
            char16_t *const begin = out;
            if (!widenAscii(text, begin)) {
                // As toQString(): a BOM at the start is kept, not dropped as fromUtf8 does.
                QStringDecoder decoder(QStringDecoder::Utf8,
                                       QStringDecoder::Flag::Stateless |
                                           QStringDecoder::Flag::ConvertInitialBom);
                out = reinterpret_cast<char16_t *>(decoder.appendToBuffer(
                    reinterpret_cast<QChar *>(begin), QByteArrayView(text.data(), text.size())));
            } else {
                out = begin + text.size();
            }
            const qsizetype size = out - begin;
            *out++ = u'\0';
            *m_texts[i].target = QString(QString::DataPointer(header, begin, size));
        }
        m_count = 0;
        m_units = 0;
    }

private:
    static constexpr int kMaxTexts = 8;
    struct Text
    {
        std::string_view text;
        QString *target = nullptr;
    };
    Text m_texts[kMaxTexts];
    int m_count = 0;
    qsizetype m_units = 0;
};

// Every field but json and metadata, which the callers fill in from the record's bytes.
bool build(const RecordSlots &record, Booking *booking, QString *error)
{
    const Slot *fields = record.fields;
    if (fields[Id].kind != Slot::Kind::String || fields[Id].text.empty())
        return fail(error, QStringLiteral("id: missing, empty or not a string"));

    if (!readTime(fields[StartTime], kFields[StartTime], true, &booking->startTime, error) ||
        !readTime(fields[EndTime], kFields[EndTime], true, &booking->endTime, error) ||
        !readTime(fields[CreatedAt], kFields[CreatedAt], false, &booking->createdAt, error) ||
        !readTime(fields[UpdatedAt], kFields[UpdatedAt], false, &booking->updatedAt, error))
        return false;
    if (booking->endTime < booking->startTime)
        return fail(error, QStringLiteral("end_time: before start_time"));

    if (fields[Status].kind != Slot::Kind::String)
        return fail(error, QStringLiteral("status: missing or not a string"));
    const auto status = withView(fields[Status].text, &BookingStatuses::fromWireName);
    if (!status)
        return fail(error, QStringLiteral("status: not a known booking status"));
    booking->status = *status;

    RecordTexts texts;
    texts.add(fields[Id], &booking->id);
    texts.add(fields[LeadId], &booking->leadId);
    booking->calcomBookingId = optionalId(fields[CalcomBookingId]);
    texts.add(fields[CalcomBookingUid], &booking->calcomBookingUid);
    booking->eventTypeId = optionalId(fields[EventTypeId]);
    texts.add(fields[MeetingUrl], &booking->meetingUrl);
    booking->brief =
        fields[Metadata].kind == Slot::Kind::Absent || fields[UpdatedAt].kind == Slot::Kind::Absent;

    bool sameLeadId = false;
    if (fields[LeadField].kind == Slot::Kind::Object) {
        const Slot *lead = record.lead;
        Lead &decoded = booking->lead.emplace();
        // The server repeats lead_id there: one string serves both.
        sameLeadId = lead[LeadIdField].kind == Slot::Kind::String &&
                     fields[LeadId].kind == Slot::Kind::String &&
                     lead[LeadIdField].text == fields[LeadId].text;
        if (!sameLeadId)
            texts.add(lead[LeadIdField], &decoded.id);
        texts.add(lead[Name], &decoded.name);
        texts.add(lead[Email], &decoded.email);
        texts.add(lead[Phone], &decoded.phone);
        const auto text = [](const Slot &slot) {
            return slot.kind == Slot::Kind::String ? slot.text : std::string_view();
        };
        decoded.channel = withView(text(lead[Channel]), &LeadInfo::channelFromWireName);
        decoded.status = withView(text(lead[LeadStatus]), &LeadInfo::statusFromWireName);
    }
    texts.convert();
    if (sameLeadId)
        booking->lead->id = booking->leadId;
    return true;
}

// The record's bytes become Booking::json; metadata refers to its slice of them.
void attachJson(const RecordSlots &record, QByteArray json, Booking *booking)
{
    booking->json = std::move(json);
    const Slot &metadata = record.fields[Metadata];
    if (metadata.kind == Slot::Kind::Object) {
        booking->metadata = BookingMetadata::fromJson(
            booking->json, qsizetype(metadata.text.data() - record.bytes.data()),
            qsizetype(metadata.text.size()));
    }
}

// The body, padded as simdjson wants it, in a buffer the thread reuses.
class Input
{
public:
    explicit Input(const QByteArray &body)
    {
        std::string_view text(body.constData(), std::size_t(body.size()));
        // Qt's parser, and so every JSON producer Qt-based code tested against, skips it.
        if (startsWithBom(text))
            text.remove_prefix(kBom.size());
        m_offset = body.size() - qsizetype(text.size());
        m_empty = QByteArrayView(text.data(), qsizetype(text.size())).trimmed().isEmpty();
        thread_local std::vector<char> reused;
        std::vector<char> &buffer = text.size() <= kReusedParserLimit ? reused : m_own;
        buffer.resize(text.size() + simdjson::SIMDJSON_PADDING);
        std::memcpy(buffer.data(), text.data(), text.size());
        m_data = buffer.data();
        m_size = text.size();
        m_capacity = buffer.size();
    }

    bool empty() const { return m_empty; }
    // Where the text handed to simdjson starts in the body.
    qsizetype offset() const { return m_offset; }
    const char *data() const { return m_data; }
    const char *end() const { return m_data + m_size; }

    simdjson::simdjson_result<sj::document> iterate()
    {
        thread_local sj::parser reused;
        sj::parser *parser = &reused;
        if (m_size > kReusedParserLimit) {
            m_parser.emplace();
            parser = &*m_parser;
        }
        if (parser->max_depth() != kParserDepth || parser->capacity() < m_size) {
            if (const error_code error = parser->allocate(m_size, kParserDepth))
                return error;
        }
        return parser->iterate(m_data, m_size, m_capacity);
    }

private:
    std::vector<char> m_own;
    std::optional<sj::parser> m_parser;
    const char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    qsizetype m_offset = 0;
    bool m_empty = true;
};

QString invalid(error_code code)
{
    return QStringLiteral("body: not valid JSON (%1)")
        .arg(QLatin1String(simdjson::error_message(code)));
}

// Whatever follows the root value is an error.
error_code atEnd(sj::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS
               ? simdjson::SUCCESS
               : simdjson::TRAILING_CONTENT;
}

error_code rootObject(sj::document &document, sj::object *object, bool *isObject)
{
    sj::json_type type;
    TRY(document.type().get(type));
    *isObject = type == sj::json_type::object;
    if (!*isObject)
        return simdjson::SUCCESS;
    return document.get_object().get(*object);
}

struct Envelope
{
    bool bookingsArray = false;
    Slot total;
    Slot page;
    Slot size;
};

// Room for as many bookings as the rest of the body holds records the size of the first:
// growing the list moved every Booking several times (5% of decoding a page). A small first
// record does not reserve much for a large body.
void reserveFor(BookingPage *page, std::size_t firstRecord, std::ptrdiff_t rest)
{
    constexpr std::size_t kSmallRecord = 128;
    constexpr qsizetype kMaxReserved = 1000;
    if (firstRecord < kSmallRecord)
        return;
    // A quarter more, since records differ in size: falling short grows the list to twice.
    const qsizetype count = qsizetype(std::size_t(rest) / firstRecord * 5 / 4) + 1;
    page->bookings.reserve(std::min(count, kMaxReserved));
}

error_code readRecords(sj::array array, const char *inputEnd, BookingPage *page)
{
    page->bookings.clear();
    page->skipped.clear();
    int index = 0;
    for (auto element : array) {
        TRY(element.error());
        sj::value &value = element.value_unsafe();
        sj::json_type type;
        TRY(value.type().get(type));
        if (type != sj::json_type::object) {
            TRY(skipValue(value, 2));
            page->skipped.append({index++, QString(), QStringLiteral("record: not a JSON object")});
            continue;
        }
        const char *begin = value.raw_json_token().data();
        sj::object object;
        TRY(value.get_object().get(object));
        RecordSlots record;
        TRY(readRecord(object, &record, 3));
        // Never at the end of the input: the array's closing bracket follows.
        record.bytes = objectBytes(begin, value.current_location(), nullptr);
        if (index == 0)
            reserveFor(page, record.bytes.size(), inputEnd - begin);
        // Built in place: moving a Booking into the list cost as much as building it.
        Booking &booking = page->bookings.emplaceBack();
        QString reason;
        if (build(record, &booking, &reason)) {
            attachJson(record, QByteArray(record.bytes.data(), qsizetype(record.bytes.size())),
                       &booking);
        } else {
            page->bookings.removeLast();
            page->skipped.append({index, readableId(record), reason});
        }
        ++index;
    }
    return simdjson::SUCCESS;
}

error_code readEnvelope(sj::object root, const char *inputEnd, BookingPage *page,
                        Envelope *envelope)
{
    for (auto field : root) {
        std::string_view key;
        TRY(readKey(field, &key));
        sj::value &value = field.value_unsafe().value();
        if (key == "bookings") {
            sj::json_type type;
            TRY(value.type().get(type));
            envelope->bookingsArray = type == sj::json_type::array;
            if (envelope->bookingsArray) {
                sj::array array;
                TRY(value.get_array().get(array));
                TRY(readRecords(array, inputEnd, page));
            } else {
                TRY(skipValue(value, 1));
            }
        } else if (key == "total") {
            TRY(readSlot(value, &envelope->total, 1));
        } else if (key == "page") {
            TRY(readSlot(value, &envelope->page, 1));
        } else if (key == "size") {
            TRY(readSlot(value, &envelope->size, 1));
        } else {
            TRY(skipValue(value, 1));
        }
    }
    return simdjson::SUCCESS;
}

// An int >= 0 of the page envelope. Absent or null is fine unless required.
bool readCount(const Slot &slot, const QString &key, bool required, int *out, QString *error)
{
    if (slot.kind == Slot::Kind::Absent || slot.kind == Slot::Kind::Null)
        return required ? fail(error, QStringLiteral("%1: missing").arg(key)) : true;
    if (slot.kind != Slot::Kind::Number || !slot.integer || *slot.integer < 0 ||
        *slot.integer > std::numeric_limits<int>::max())
        return fail(error, QStringLiteral("%1: not an integer between 0 and 2^31-1").arg(key));
    *out = int(*slot.integer);
    return true;
}

} // namespace

// page and size may be absent (they echo what the client asked for, so it knows them); total
// may not, because without it the client cannot tell when it has paged through everything.
std::optional<BookingPage> BookingDecoder::page(const QByteArray &body, QString *error)
{
    Input input(body);
    if (input.empty()) {
        fail(error, QStringLiteral("body: empty"));
        return std::nullopt;
    }
    BookingPage page;
    Envelope envelope;
    bool isObject = false;
    const error_code code = [&]() -> error_code {
        sj::document document;
        TRY(input.iterate().get(document));
        sj::object root;
        TRY(rootObject(document, &root, &isObject));
        if (isObject)
            TRY(readEnvelope(root, input.end(), &page, &envelope));
        return atEnd(document);
    }();
    if (code != simdjson::SUCCESS) {
        fail(error, invalid(code));
        return std::nullopt;
    }
    if (!isObject) {
        fail(error, QStringLiteral("body: not a JSON object"));
        return std::nullopt;
    }
    if (!envelope.bookingsArray) {
        fail(error, QStringLiteral("bookings: missing or not an array"));
        return std::nullopt;
    }
    if (!readCount(envelope.total, QStringLiteral("total"), true, &page.total, error) ||
        !readCount(envelope.page, QStringLiteral("page"), false, &page.page, error) ||
        !readCount(envelope.size, QStringLiteral("size"), false, &page.size, error))
        return std::nullopt;
    return page;
}

std::optional<Booking> BookingDecoder::record(const QByteArray &body, QString *error)
{
    Input input(body);
    if (input.empty()) {
        fail(error, QStringLiteral("body: empty"));
        return std::nullopt;
    }
    RecordSlots record;
    bool isObject = false;
    const error_code code = [&]() -> error_code {
        sj::document document;
        TRY(input.iterate().get(document));
        std::string_view first;
        TRY(document.raw_json_token().get(first));
        sj::object root;
        TRY(rootObject(document, &root, &isObject));
        if (isObject) {
            TRY(readRecord(root, &record, 1));
            record.bytes = objectBytes(first.data(), document.current_location(), input.end());
        }
        return atEnd(document);
    }();
    if (code != simdjson::SUCCESS) {
        fail(error, invalid(code));
        return std::nullopt;
    }
    if (!isObject) {
        fail(error, QStringLiteral("body: not a JSON object"));
        return std::nullopt;
    }
    Booking booking;
    if (!build(record, &booking, error))
        return std::nullopt;
    const qsizetype begin = input.offset() + qsizetype(record.bytes.data() - input.data());
    const qsizetype size = qsizetype(record.bytes.size());
    attachJson(record, begin == 0 && size == body.size() ? body : body.mid(begin, size), &booking);
    return booking;
}

std::optional<QString> BookingDecoder::topLevelString(QByteArrayView json, std::string_view name)
{
    Input input(QByteArray::fromRawData(json.data(), json.size()));
    if (input.empty())
        return std::nullopt;
    std::optional<QString> found;
    const error_code code = [&]() -> error_code {
        sj::document document;
        TRY(input.iterate().get(document));
        sj::object root;
        TRY(document.get_object().get(root));
        // The loop skips the values it does not look at.
        for (auto field : root) {
            std::string_view key;
            TRY(readKey(field, &key));
            if (key != name)
                continue;
            sj::value &value = field.value_unsafe().value();
            sj::json_type type;
            TRY(value.type().get(type));
            found.reset();
            if (type == sj::json_type::string) {
                std::string_view text;
                TRY(value.get_string().get(text));
                found = toQString(text);
            }
        }
        return simdjson::SUCCESS;
    }();
    return code == simdjson::SUCCESS ? found : std::nullopt;
}
