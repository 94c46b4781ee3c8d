#include "bookingdetailscontent.h"

#include "arrival.h"
#include "bookingchange.h"
#include "conflictdialog.h"
#include "timetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QString dash()
{
    return QStringLiteral("—");
}

// The symbol a receptionist expects for the common ISO 4217 codes; other codes as written.
QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols{{QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("JPY"), QStringLiteral("¥")},
                                                 {QStringLiteral("CHF"), QStringLiteral("CHF")}};
    return symbols.value(code.toUpper(), code.toUpper());
}

// {"amount": 45.5, "currency": "EUR"} (and "value"/"price" for the amount): money.
std::optional<QString> moneyText(const QJsonObject &object)
{
    if (object.size() != 2 || !object.value(QLatin1String("currency")).isString())
        return std::nullopt;
    const QString currency = object.value(QLatin1String("currency")).toString().trimmed();
    if (currency.size() != 3)
        return std::nullopt;
    for (const char *key : {"amount", "value", "price"}) {
        const QJsonValue amount = object.value(QLatin1String(key));
        if (amount.isDouble())
            return QLocale().toCurrencyString(amount.toDouble(), currencySymbol(currency));
    }
    return std::nullopt;
}

QString valueText(const QJsonValue &value, int depth)
{
    // Deeper than this a value is summarized: the panel must stay readable whatever comes.
    constexpr int kMaxDepth = 4;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty() ? dash() : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? BookingDetailsContent::tr("yes") : BookingDetailsContent::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return dash();
        if (depth >= kMaxDepth)
            return BookingDetailsContent::tr("(%n item(s))", nullptr, int(array.size()));
        QStringList items;
        for (const QJsonValue &item : array)
            items.append(valueText(item, depth + 1));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (const auto money = moneyText(object))
            return *money;
        if (object.isEmpty())
            return dash();
        if (depth >= kMaxDepth)
            return BookingDetailsContent::tr("(%n field(s))", nullptr, int(object.size()));
        QStringList pairs;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            pairs.append(BookingDetailsContent::tr("%1: %2").arg(
                BookingDetailsContent::keyLabel(it.key()), valueText(it.value(), depth + 1)));
        }
        return (depth == 0 ? QString() : QStringLiteral("(")) + pairs.join(QStringLiteral("; ")) +
               (depth == 0 ? QString() : QStringLiteral(")"));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return dash();
}

} // namespace

QString BookingDetailsContent::keyLabel(const QString &key)
{
    QString label = key.trimmed();
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label.isEmpty() ? tr("(unnamed)") : label;
}

QString BookingDetailsContent::valueText(const QJsonValue &value)
{
    return ::valueText(value, 0);
}

BookingDetailsContent BookingDetailsContent::of(const Booking &cached,
                                                const QList<OutboxEntry> &outbox, bool inFlight,
                                                const QTimeZone &zone)
{
    // Changes waiting in the outbox show what they will do (the sync state says they wait).
    Booking booking = cached;
    QStringList waiting;
    for (const OutboxEntry &entry : outbox) {
        if (entry.state != OutboxEntry::State::Pending)
            continue;
        const BookingChange change = BookingChange::fromOutboxEntry(entry);
        booking = change.appliedTo(booking);
        waiting.append(change.describe(zone));
    }
    const QLocale locale;
    const auto time = [&](const QDateTime &utc) {
        return utc.isValid() ? TimeText::longDateTime(utc, zone, locale) : dash();
    };
    const QDateTime start = booking.startTime.toTimeZone(zone);

    BookingDetailsContent content;
    content.title =
        booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name : tr("(no customer)");
    content.status = BookingStatuses::label(booking.status);
    if (!waiting.isEmpty())
        content.status = tr("%1 (waiting to be sent)").arg(content.status);
    content.statusColor = BookingStatuses::color(booking.status);
    QList<Field> &fields = content.fields;
    const auto add = [&](const QString &label, const QString &text, const QUrl &link = {}) {
        fields.append({label, text.isEmpty() ? dash() : text, link});
    };
    add(tr("Date"), locale.toString(start.date(), QLocale::LongFormat));
    add(tr("Time"), tr("%1 – %2 (%n min)", nullptr, int(booking.durationSecs() / 60))
                        .arg(TimeText::timeOfDay(booking.startTime, zone, locale),
                             TimeText::timeOfDay(booking.endTime, zone, locale)));
    add(tr("Time zone"), zone.displayName(start, QTimeZone::LongName));
    if (const std::optional<Arrival> arrival = Arrival::of(booking)) {
        add(tr("Arrived"), tr("%1 (%2)").arg(time(arrival->at), arrival->by));
    }
    if (booking.lead) {
        const Lead &lead = *booking.lead;
        QString phone = lead.phone;
        phone.remove(u' ');
        add(tr("Phone"), lead.phone,
            lead.phone.isEmpty() ? QUrl() : QUrl(QStringLiteral("tel:") + phone));
        add(tr("Email"), lead.email,
            lead.email.isEmpty() ? QUrl() : QUrl(QStringLiteral("mailto:") + lead.email));
        add(tr("Channel"), LeadInfo::label(lead.channel));
        add(tr("Lead status"), LeadInfo::label(lead.status));
    }
    const QUrl meeting(booking.meetingUrl);
    const bool webLink = meeting.scheme() == u"https" || meeting.scheme() == u"http";
    add(tr("Meeting link"), booking.meetingUrl, webLink ? meeting : QUrl());
    add(tr("Service"), booking.service());
    add(tr("Notes"), booking.notes());
    const QJsonObject metadata = booking.metadata;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (it.key() == u"service" || it.key() == u"notes" || it.key() == Arrival::metadataKey())
            continue;
        add(keyLabel(it.key()), valueText(it.value()));
    }
    add(tr("Created"), time(booking.createdAt));
    add(tr("Updated"), time(booking.updatedAt));
    if (booking.calcomBookingId)
        add(tr("Cal.com booking"), QString::number(*booking.calcomBookingId));
    if (!booking.calcomBookingUid.isEmpty())
        add(tr("Cal.com UID"), booking.calcomBookingUid);
    if (booking.eventTypeId)
        add(tr("Cal.com event type"), QString::number(*booking.eventTypeId));

    QString sync = tr("Synced");
    const OutboxEntry *conflict = nullptr;
    for (const OutboxEntry &entry : outbox) {
        if (entry.state == OutboxEntry::State::Conflict)
            conflict = &entry;
        else if (entry.state == OutboxEntry::State::Failed)
            sync = tr("Refused by the server: %1").arg(entry.error);
        else if (!conflict)
            sync = tr("Waiting to be sent to the server: %1").arg(waiting.join(u"; "));
    }
    if (inFlight)
        sync = tr("Sending a change to the server…");
    if (conflict)
        sync = tr("Conflict: the booking changed on the server since the desk changed it");
    add(tr("Sync state"), sync);
    if (conflict) {
        const ConflictVersions versions = ConflictVersions::of(*conflict, zone);
        content.sections.append({tr("Before"), versions.before});
        content.sections.append({tr("Mine (%1)").arg(versions.change), versions.mine});
        content.sections.append({tr("Now on the server"), versions.theirs});
    }
    return content;
}

QString BookingDetailsContent::plainText() const
{
    QStringList lines{title, status};
    for (const Field &field : fields)
        lines.append(field.label + QStringLiteral(": ") + field.text);
    for (const Section &section : sections)
        lines.append(section.title + QStringLiteral(": ") + section.text);
    return lines.join(u'\n');
}
