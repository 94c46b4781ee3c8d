#include "bookingpagegenerator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <iterator>

namespace {

template<typename T, std::size_t N> const T &pick(QRandomGenerator &random, const T (&list)[N])
{
    return list[random.bounded(quint32(N))];
}

bool chance(QRandomGenerator &random, int percent)
{
    return int(random.bounded(100u)) < percent;
}

QByteArray quoted(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out = "\"";
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += QByteArray("\\u00") + hex[uchar(c) >> 4] + hex[uchar(c) & 15];
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray quoted(const char *utf8)
{
    return quoted(QByteArray(utf8));
}

QByteArray uuid(QRandomGenerator &random)
{
    const quint64 tail =
        (quint64(random.generate()) << 16 | random.bounded(0x10000u)) & 0xffffffffffffULL;
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(random.generate(), 8, 16, QLatin1Char('0'))
        .arg(random.bounded(0x10000u), 4, 16, QLatin1Char('0'))
        .arg(random.bounded(0x1000u), 3, 16, QLatin1Char('0'))
        .arg(random.bounded(0x1000u), 3, 16, QLatin1Char('0'))
        .arg(tail, 12, 16, QLatin1Char('0'))
        .toLatin1();
}

QByteArray alnum(QRandomGenerator &random, int length)
{
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray result;
    for (int i = 0; i < length; ++i)
        result += chars[random.bounded(quint32(sizeof chars - 1))];
    return result;
}

// The server's two formats: whole seconds with Z, or Python's microseconds with +00:00.
QByteArray wireTime(const QDateTime &time, int micros = -1)
{
    if (micros < 0)
        return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1();
    return (time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
            QStringLiteral("%1+00:00").arg(micros, 3, 10, QLatin1Char('0')))
        .toLatin1();
}

constexpr const char *kFirstNames[] = {
    "Jürgen", "Zoë",  "Małgorzata", "José", "François", "Ελένη",  "Мария", "山田",
    "Søren",  "Ayşe", "Anna",       "Jörg", "Núria",    "Łukasz", "Chloé", "Björn"};
constexpr const char *kLastNames[] = {
    "Weiß",        "Ångström", "Nowak",   "Núñez",   "Lefèvre", "Παπαδοπούλου", "Иванова", "太郎",
    "Kierkegaard", "Yılmaz",   "Schmidt", "Schäfer", "Puig",    "Żółć",         "Dubois",  "Öberg"};
constexpr const char *kServices[] = {"Vaccination",   "Initial assessment", "Physiotherapy 30 min",
                                     "Haircut",       "Beard trim",         "Consultation",
                                     "Follow-up",     "Massage 60 min",     "Zahnreinigung",
                                     "Kontrolltermin"};
constexpr const char *kPlainNotes[] = {
    "Caller said: \"any time after 3pm is fine\"", "Bitte klingeln, Hinterhaus 2. OG",
    "Rollstuhl – braucht Rampe am Eingang", "Prefers WhatsApp reminders the day before",
    "Première visite, parle peu anglais"};
constexpr const char *kRichNotes[] = {
    "Prefers Dr. Müller 🙂",
    "Allergic to latex.\nUse the side entrance.",
    "Kommt mit Rollstuhl ♿ – bitte Rampe bereitstellen",
    "Needs invoice to company:\nMüller & Söhne GmbH\nHauptstraße 5\n10115 Berlin",
    "よろしくお願いします",
    "Knee pain after skiing 🎿, MRI results \"pending\"",
    "Tab\tseparated\tnote from an old import",
    "Caller said: \"any time after 3pm is fine\"",
    "C:\\Users\\import\\notes.txt",
};
constexpr const char *kPractitioners[] = {"Dr. Anna Schäfer", "Tomás Oliveira", "Mehmet Öztürk",
                                          "Dr. Ingrid Løvås", "Kateřina Dvořáková"};
constexpr const char *kInsurers[] = {"AOK", "TK", "Barmer", "private", "self-pay"};
constexpr const char *kTags[] = {"vip", "wheelchair", "new_patient", "needs_interpreter",
                                 "prepaid"};
constexpr const char *kPrices[] = {"25.0", "39.9", "45.5", "60.0", "85.0", "120.0"};
constexpr const char *kStatuses[] = {"confirmed", "rescheduled", "cancelled", "completed",
                                     "no_show"};
constexpr const char *kChannels[] = {"whatsapp", "telegram", "web", "email", "voice"};
constexpr const char *kLeadStatuses[] = {"booked", "confirmed", "completed", "no_show"};

} // namespace

BookingPageGenerator::BookingPageGenerator(quint32 seed) : m_random(seed)
{}

QByteArray BookingPageGenerator::metadata(Metadata kind)
{
    QByteArray out = "{\"service\":" + quoted(pick(m_random, kServices));
    if (kind == Metadata::Plain) {
        if (chance(m_random, 50))
            out += ",\"notes\":" + quoted(pick(m_random, kPlainNotes));
        return out + '}';
    }
    if (chance(m_random, 75))
        out += ",\"notes\":" + quoted(pick(m_random, kRichNotes));
    if (chance(m_random, 40))
        out += ",\"practitioner\":" + quoted(pick(m_random, kPractitioners));
    if (chance(m_random, 15)) {
        out += ",\"intake\":{\"first_visit\":";
        out += chance(m_random, 50) ? "true" : "false";
        out += ",\"insurance\":" + quoted(pick(m_random, kInsurers));
        if (chance(m_random, 30))
            out += ",\"referral\":null";
        out += '}';
    }
    if (chance(m_random, 15)) {
        out += ",\"tags\":[" + quoted(pick(m_random, kTags));
        if (chance(m_random, 50))
            out += "," + quoted(pick(m_random, kTags));
        out += ']';
    }
    if (chance(m_random, 20))
        out += ",\"price_eur\":" + QByteArray(pick(m_random, kPrices));
    if (chance(m_random, 10))
        out += ",\"reminders_sent\":" + QByteArray::number(m_random.bounded(4));
    return out + '}';
}

QByteArray BookingPageGenerator::record(Metadata kind)
{
    static const QDateTime origin(QDate(2026, 1, 5), QTime(7, 0), Qt::UTC);
    const QByteArray leadId = uuid(m_random);
    const QDateTime start = origin.addSecs(qint64(m_random.bounded(365 * 24 * 12)) * 300);
    const QDateTime end = start.addSecs(60 * (15 + 15 * qint64(m_random.bounded(4))));
    const QDateTime created =
        start.addDays(-qint64(m_random.bounded(1, 60))).addMSecs(m_random.bounded(86'400'000));
    const QDateTime updated = created.addMSecs(m_random.bounded(86'400'000));
    const QByteArray name =
        QByteArray(pick(m_random, kFirstNames)) + ' ' + pick(m_random, kLastNames);

    QByteArray out = "{\"id\":" + quoted(uuid(m_random));
    out += ",\"lead_id\":" + quoted(leadId);
    out += ",\"calcom_booking_id\":" + QByteArray::number(1'000'000 + m_random.bounded(900'000));
    out += ",\"calcom_booking_uid\":" + quoted(alnum(m_random, 22));
    out += ",\"event_type_id\":" + QByteArray::number(123'456 + m_random.bounded(4));
    out += ",\"start_time\":" + quoted(wireTime(start));
    out += ",\"end_time\":" + quoted(wireTime(end));
    out += ",\"status\":" + quoted(pick(m_random, kStatuses));
    out += ",\"meeting_url\":" + (chance(m_random, 25)
                                      ? quoted("https://meet.example.com/" + alnum(m_random, 10))
                                      : QByteArray("null"));
    out += ",\"metadata\":" + metadata(kind);
    out += ",\"created_at\":" + quoted(wireTime(created, int(m_random.bounded(1000))));
    out += ",\"updated_at\":" + quoted(wireTime(updated, int(m_random.bounded(1000))));
    out += ",\"lead\":{\"id\":" + quoted(leadId);
    out += ",\"name\":" + quoted(name);
    out += ",\"email\":" + quoted(alnum(m_random, 1).toLower() + '.' +
                                  alnum(m_random, 8).toLower() + "@example.de");
    out += ",\"phone\":" + quoted("+49 15" + QByteArray::number(m_random.bounded(10)) + ' ' +
                                  QByteArray::number(m_random.bounded(1'000'000, 9'999'999)));
    out += ",\"channel\":" + quoted(pick(m_random, kChannels));
    out += ",\"status\":" + quoted(pick(m_random, kLeadStatuses));
    return out + "}}";
}

QByteArray BookingPageGenerator::page(int count, Metadata metadata, Style style)
{
    QByteArray out = "{\"bookings\":[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += record(metadata);
    }
    out += "],\"total\":100000,\"page\":" + QByteArray::number(++m_pages) +
           ",\"size\":" + QByteArray::number(count) + '}';
    return restyle(out, style);
}

QByteArray BookingPageGenerator::restyle(const QByteArray &compactJson, Style style)
{
    if (style == Style::Server)
        return compactJson;
    if (style == Style::Indented)
        return QJsonDocument::fromJson(compactJson).toJson(QJsonDocument::Indented);
    if (style == Style::AsciiOnly) {
        QByteArray out;
        const QString text = QString::fromUtf8(compactJson);
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                out += char(c.unicode());
            else
                out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        }
        return out;
    }
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < compactJson.size(); ++i) {
        const char c = compactJson.at(i);
        out += c;
        if (inString) {
            if (c == '\\')
                out += compactJson.at(++i);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ',' || c == ':') {
            out += ' ';
        }
    }
    return out;
}
