#include "bookingstatus.h"

#include <algorithm>
#include <cmath>

namespace {

struct StatusInfo
{
    BookingStatus status;
    QStringView wire;  // with its length: lookups (per decoded record) need not count it
    const char *label; // translated through BookingStatuses::tr
    QRgb color;
    QRgb lightFill; // behind dark text (a light palette's)
    QRgb darkFill;  // behind light text (a dark palette's)
    bool active;
};

// Colours are chosen to stay distinguishable for red-green colour blindness. Text is never
// drawn on the colour itself but on its fills, which keep a contrast of at least 4.5:1 (WCAG
// AA) with a light palette's dark text and a dark palette's light text (tst_bookingstatus).
constexpr StatusInfo kStatuses[] = {
    {BookingStatus::Confirmed, u"confirmed", QT_TRANSLATE_NOOP("BookingStatuses", "Confirmed"),
     0xff4c9be8, 0xffd2e5fa, 0xff1d3b5c, true},
    {BookingStatus::Rescheduled, u"rescheduled",
     QT_TRANSLATE_NOOP("BookingStatuses", "Rescheduled"), 0xff9b7be0, 0xffe3daf7, 0xff392b5a, true},
    {BookingStatus::Completed, u"completed", QT_TRANSLATE_NOOP("BookingStatuses", "Completed"),
     0xff5bb974, 0xffd3eedb, 0xff1e4529, false},
    {BookingStatus::NoShow, u"no_show", QT_TRANSLATE_NOOP("BookingStatuses", "No-show"), 0xffe8a33d,
     0xfff8e3c5, 0xff553910, false},
    {BookingStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("BookingStatuses", "Cancelled"),
     0xffa0a4a8, 0xffeeeff0, 0xff323538, false},
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
    return info(status).wire.toString();
}

std::optional<BookingStatus> BookingStatuses::fromWireName(QStringView name)
{
    for (const auto &entry : kStatuses) {
        if (name == entry.wire)
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

QColor BookingStatuses::fill(BookingStatus status, bool darkPalette)
{
    return QColor::fromRgb(darkPalette ? info(status).darkFill : info(status).lightFill);
}

double BookingStatuses::relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double BookingStatuses::contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

bool BookingStatuses::isActive(BookingStatus status)
{
    return info(status).active;
}
