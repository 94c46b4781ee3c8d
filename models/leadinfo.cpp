#include "leadinfo.h"

namespace {

struct ChannelInfo
{
    LeadChannel channel;
    QStringView wire;  // with its length: lookups (per decoded record) need not count it
    const char *label; // translated through LeadInfo::tr
};

struct StatusInfo
{
    LeadStatus status;
    QStringView wire;  // with its length: lookups (per decoded record) need not count it
    const char *label; // translated through LeadInfo::tr
};

struct TranslatableText
{
    const char *source;
    const char *disambiguation;
};

constexpr ChannelInfo kChannels[] = {
    {LeadChannel::WhatsApp, u"whatsapp", QT_TRANSLATE_NOOP("LeadInfo", "WhatsApp")},
    {LeadChannel::Telegram, u"telegram", QT_TRANSLATE_NOOP("LeadInfo", "Telegram")},
    {LeadChannel::Web, u"web", QT_TRANSLATE_NOOP("LeadInfo", "Web")},
    {LeadChannel::Email, u"email", QT_TRANSLATE_NOOP("LeadInfo", "Email")},
    {LeadChannel::Voice, u"voice", QT_TRANSLATE_NOOP("LeadInfo", "Phone call")},
};

constexpr StatusInfo kStatuses[] = {
    {LeadStatus::New, u"new", QT_TRANSLATE_NOOP("LeadInfo", "New")},
    {LeadStatus::Contacted, u"contacted", QT_TRANSLATE_NOOP("LeadInfo", "Contacted")},
    {LeadStatus::BookingOffered, u"booking_offered",
     QT_TRANSLATE_NOOP("LeadInfo", "Booking offered")},
    {LeadStatus::Booked, u"booked", QT_TRANSLATE_NOOP("LeadInfo", "Booked")},
    {LeadStatus::Confirmed, u"confirmed", QT_TRANSLATE_NOOP("LeadInfo", "Confirmed")},
    {LeadStatus::Completed, u"completed", QT_TRANSLATE_NOOP("LeadInfo", "Completed")},
    {LeadStatus::NoShow, u"no_show", QT_TRANSLATE_NOOP("LeadInfo", "No-show")},
    {LeadStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("LeadInfo", "Cancelled")},
    {LeadStatus::Lost, u"lost", QT_TRANSLATE_NOOP("LeadInfo", "Lost")},
};

// Both enums share the word "Unknown"; languages that inflect it differently for a channel
// and for a status need two separate translations.
constexpr TranslatableText kUnknownChannel =
    QT_TRANSLATE_NOOP3("LeadInfo", "Unknown", "lead channel");
constexpr TranslatableText kUnknownStatus =
    QT_TRANSLATE_NOOP3("LeadInfo", "Unknown", "lead status");

const ChannelInfo *find(LeadChannel channel)
{
    for (const auto &entry : kChannels) {
        if (entry.channel == channel)
            return &entry;
    }
    return nullptr;
}

const StatusInfo *find(LeadStatus status)
{
    for (const auto &entry : kStatuses) {
        if (entry.status == status)
            return &entry;
    }
    return nullptr;
}

} // namespace

// Unknown has no wire name of its own: it stands for whatever string the client did not
// recognise, and that string is kept in the booking's cached JSON.
QString LeadInfo::wireName(LeadChannel channel)
{
    const ChannelInfo *entry = find(channel);
    return entry ? entry->wire.toString() : QString();
}

LeadChannel LeadInfo::channelFromWireName(QStringView name)
{
    for (const auto &entry : kChannels) {
        if (name == entry.wire)
            return entry.channel;
    }
    return LeadChannel::Unknown;
}

QString LeadInfo::label(LeadChannel channel)
{
    const ChannelInfo *entry = find(channel);
    return entry ? tr(entry->label) : tr(kUnknownChannel.source, kUnknownChannel.disambiguation);
}

QString LeadInfo::wireName(LeadStatus status)
{
    const StatusInfo *entry = find(status);
    return entry ? entry->wire.toString() : QString();
}

LeadStatus LeadInfo::statusFromWireName(QStringView name)
{
    for (const auto &entry : kStatuses) {
        if (name == entry.wire)
            return entry.status;
    }
    return LeadStatus::Unknown;
}

QString LeadInfo::label(LeadStatus status)
{
    const StatusInfo *entry = find(status);
    return entry ? tr(entry->label) : tr(kUnknownStatus.source, kUnknownStatus.disambiguation);
}
