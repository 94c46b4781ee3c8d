#include "bookingstatus.h"

namespace {

struct StatusInfo
{
    BookingStatus status;
    const char16_t *wire;
    const char *label; // translated through BookingStatuses::tr
    QRgb color;
    bool active;
};

// Colours are chosen to stay distinguishable for red-green colour blindness and to keep
// black text readable on top of them.
constexpr StatusInfo kStatuses[] = {
    {BookingStatus::Confirmed, u"confirmed", QT_TRANSLATE_NOOP("BookingStatuses", "Confirmed"),
     0xff4c9be8, true},
    {BookingStatus::Rescheduled, u"rescheduled",
     QT_TRANSLATE_NOOP("BookingStatuses", "Rescheduled"), 0xff9b7be0, true},
    {BookingStatus::Completed, u"completed", QT_TRANSLATE_NOOP("BookingStatuses", "Completed"),
     0xff5bb974, false},
    {BookingStatus::NoShow, u"no_show", QT_TRANSLATE_NOOP("BookingStatuses", "No-show"), 0xffe8a33d,
     false},
    {BookingStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("BookingStatuses", "Cancelled"),
     0xffa0a4a8, false},
};

const StatusInfo &info(BookingStatus status)
{
    for (const auto &entry : kStatuses) {
        if (entry.status == status)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<BookingStatus> BookingStatuses::all()
{
    QList<BookingStatus> result;
    for (const auto &entry : kStatuses)
        result.append(entry.status);
    return result;
}

QString BookingStatuses::wireName(BookingStatus status)
{
    return QString::fromUtf16(info(status).wire);
}

std::optional<BookingStatus> BookingStatuses::fromWireName(QStringView name)
{
    for (const auto &entry : kStatuses) {
        if (name == QStringView(entry.wire))
            return entry.status;
    }
    return std::nullopt;
}

QString BookingStatuses::label(BookingStatus status)
{
    return tr(info(status).label);
}

QColor BookingStatuses::color(BookingStatus status)
{
    return QColor::fromRgb(info(status).color);
}

bool BookingStatuses::isActive(BookingStatus status)
{
    return info(status).active;
}
