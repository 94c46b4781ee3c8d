#pragma once

#include "booking.h"
#include "bookingstatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>
#include <span>
#include <vector>

class BookingCache;

// What insights need of one booking, and nothing more: a 12-month range of a large cache is
// tens of thousands of these.
struct InsightRecord
{
    QString id;
    QString leadId;   // empty: no lead
    QString leadName; // the lead's name as the booking carries it
    QString service;  // metadata.service; empty: none
    QString channel;  // the lead's channel as the API writes it; empty: none
    qint64 startMs = 0;
    std::optional<qint64> createdMs;
    BookingStatus status = BookingStatus::Confirmed;
    bool arrived = false; // metadata.frontdesk.arrived_at (Arrival)

    static InsightRecord from(const Booking &booking);
};

// Bookings of one group (a weekday, an hour, a service, a channel) by what became of them.
struct InsightCounts
{
    int total = 0;
    std::array<int, 5> byStatus{}; // indexed by BookingStatus

    int count(BookingStatus status) const { return byStatus[std::size_t(status)]; }
    void add(BookingStatus status)
    {
        ++total;
        ++byStatus[std::size_t(status)];
    }
    // no_show / (completed + no_show); nullopt when neither happened.
    std::optional<double> noShowRate() const;
    // cancelled / total; nullopt without bookings.
    std::optional<double> cancellationRate() const;

    friend bool operator==(const InsightCounts &, const InsightCounts &) = default;
};

struct InsightNamedCounts
{
    QString key; // as the API writes it; empty: none ("(none)" in JSON and CSV)
    InsightCounts counts;
    bool other = false; // the sum of everything past the top N (InsightsReport::top)

    friend bool operator==(const InsightNamedCounts &, const InsightNamedCounts &) = default;
};

struct InsightPeriod
{
    QDate start; // the day, or the Monday of the week
    InsightCounts counts;

    friend bool operator==(const InsightPeriod &, const InsightPeriod &) = default;
};

struct InsightNoShowCustomer
{
    QString leadId;
    QString name;
    int noShows = 0;
    QString latestBookingId; // the lead's latest booking (by start) among those computed

    friend bool operator==(const InsightNoShowCustomer &, const InsightNoShowCustomer &) = default;
};

// Every figure of the Insights view and `frontdesk-cli insights` for a range of days.
struct InsightsReport
{
    QDate from; // inclusive, in the display zone, by start time
    QDate to;
    QString zone; // IANA id
    InsightCounts all;
    int arrived = 0;
    bool daily = false; // periods are days (ranges up to 31 days), else ISO weeks
    QList<InsightPeriod> periods;
    std::array<InsightCounts, 7> byWeekday{}; // Monday first
    std::array<InsightCounts, 24> byHour{};
    QList<InsightNamedCounts> byService; // every one, most bookings first
    QList<InsightNamedCounts> byChannel;
    // Lead time in days (created_at to start_time) of the bookings that have a created_at.
    QList<double> leadTimeBins; // kLeadTimeBins counts (as doubles for the charts)
    int leadTimeCount = 0;
    std::optional<double> leadTimeMedian;
    std::optional<double> leadTimeP90;
    QList<InsightNoShowCustomer> topNoShow; // at most kTopNoShow

    bool isEmpty() const { return all.total == 0; }
    // The first `n` entries and one "other" entry summing the rest (when there is a rest).
    static QList<InsightNamedCounts> top(const QList<InsightNamedCounts> &entries, int n);
};

Q_DECLARE_METATYPE(InsightsReport)

// The pure computation behind the Insights view and `frontdesk-cli insights`. Weekday, hour
// and day are the start time's in the display zone.
class Insights
{
    Q_DECLARE_TR_FUNCTIONS(Insights)

public:
    static constexpr int kTopNoShow = 10;
    static constexpr int kTopGroups = 10; // services and channels in the charts
    static constexpr int kDailyUpTo = 31; // days; longer ranges go by week
    // Lead time bins, by whole days: 0 (and negative), 1, 2, 3–6, 7–13, 14–29, 30–59, 60–89, 90+.
    static constexpr std::array<int, 9> kLeadTimeBinStarts{0, 1, 2, 3, 7, 14, 30, 60, 90};

    enum class Preset { Last4Weeks, Last3Months, Last12Months, Custom };
    static QList<Preset> presets();
    static QString label(Preset preset);
    static QString settingsKey(Preset preset);
    static std::optional<Preset> fromSettingsKey(const QString &key);
    // The preset's first and last day (inclusive), ending with `today`.
    static std::pair<QDate, QDate> range(Preset preset, QDate today);

    // [start of `from`, start of the day after `to`) in `zone`, as UTC milliseconds.
    static std::pair<qint64, qint64> rangeMs(QDate from, QDate to, const QTimeZone &zone);

    // `records` may hold bookings outside the range: they only count for the latest booking
    // of a top no-show customer.
    static InsightsReport compute(std::span<const InsightRecord> records, QDate from, QDate to,
                                  const QTimeZone &zone);
    static InsightsReport compute(const QList<InsightRecord> &records, QDate from, QDate to,
                                  const QTimeZone &zone);
    // The records of the bookings starting in the range, from the cache's columns (or, when
    // SQLite cannot give them so, from the bookings, a month at a time). Safe on any thread
    // with a cache of its own.
    static QList<InsightRecord> records(const BookingCache &cache, QDate from, QDate to,
                                        const QTimeZone &zone);
    // Those of `sortedRecords` (sortByStart) that start in the range, without copying them.
    static std::span<const InsightRecord> within(const QList<InsightRecord> &sortedRecords,
                                                 QDate from, QDate to, const QTimeZone &zone);
    static void sortByStart(QList<InsightRecord> &records);
    // compute() over records(): what `frontdesk-cli insights` prints.
    static InsightsReport load(const BookingCache &cache, QDate from, QDate to,
                               const QTimeZone &zone);

    // The JSON of `frontdesk-cli insights --json` (see README).
    static QJsonObject toJson(const InsightsReport &report);
    // The numbers behind every chart as one CSV table (RFC 4180, UTF-8 with BOM, CRLF).
    static QByteArray toCsv(const InsightsReport &report);

    static QString leadTimeBinLabel(int bin);
    static QString noneLabel();  // "(none)": no service, no channel
    static QString otherLabel(); // "Other": past the top 10
    // A service or channel as shown: the key, "(none)" or "Other".
    static QString displayName(const InsightNamedCounts &entry);
    static QString channelLabel(const QString &wireName);
    // "What the rates mean", said on the charts and in the tables.
    static QString rateExplanation();
    // Linear interpolation between the closest ranks of the values in order (q in 0..1);
    // the values may come in any order.
    static std::optional<double> percentile(const QList<double> &values, double q);
    // The same, reordering `values` instead of copying them.
    static std::optional<double> percentile(std::vector<double> &values, double q);
};
