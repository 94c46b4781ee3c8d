#include "insightstablemodel.h"

#include "timetext.h"

#include <QLocale>

namespace {

// Columns as ids, so that each kind lists the ones it has.
enum ColumnId {
    Label,
    Total,
    Confirmed,
    Rescheduled,
    Completed,
    NoShow,
    Cancelled,
    NoShowRate,
    CancellationRate,
    Value
};

constexpr BookingStatus statusOf(int column)
{
    switch (column) {
    case Confirmed:
        return BookingStatus::Confirmed;
    case Rescheduled:
        return BookingStatus::Rescheduled;
    case Completed:
        return BookingStatus::Completed;
    case NoShow:
        return BookingStatus::NoShow;
    default:
        return BookingStatus::Cancelled;
    }
}

QString percentText(std::optional<double> rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %")
                : QStringLiteral("–");
}

} // namespace

InsightsTableModel::InsightsTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{}

QString InsightsTableModel::periodLabel(const InsightsReport &report, QDate start)
{
    const QLocale locale;
    if (report.daily)
        return locale.toString(start, QLocale::ShortFormat);
    return tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat));
}

QList<InsightsTableModel::Row> InsightsTableModel::rowsOf(Kind kind, const InsightsReport &report)
{
    QList<Row> rows;
    const QLocale locale;
    switch (kind) {
    case Kind::Periods:
        for (const InsightPeriod &period : report.periods)
            rows.append({periodLabel(report, period.start),
                         period.start.toString(Qt::ISODate),
                         period.counts,
                         0,
                         {}});
        break;
    case Kind::Weekday:
        for (int day = 0; day < 7; ++day)
            rows.append({locale.dayName(day + 1),
                         QString::number(day + 1),
                         report.byWeekday[std::size_t(day)],
                         0,
                         {}});
        break;
    case Kind::Hour: {
        // The hours that have bookings, and those between them.
        int first = 24;
        int last = -1;
        for (int hour = 0; hour < 24; ++hour) {
            if (report.byHour[std::size_t(hour)].total > 0) {
                first = std::min(first, hour);
                last = hour;
            }
        }
        for (int hour = first; hour <= last; ++hour)
            rows.append({TimeText::clock(QTime(hour, 0), locale),
                         QString::number(hour),
                         report.byHour[std::size_t(hour)],
                         0,
                         {}});
        break;
    }
    case Kind::Service:
    case Kind::Channel: {
        const auto &entries = kind == Kind::Service ? report.byService : report.byChannel;
        for (const InsightNamedCounts &entry : InsightsReport::top(entries, Insights::kTopGroups)) {
            QString label = Insights::displayName(entry);
            if (kind == Kind::Channel && !entry.other)
                label = Insights::channelLabel(entry.key);
            rows.append({label,
                         entry.other ? QString()
                                     : (entry.key.isEmpty() ? QStringLiteral("(none)") : entry.key),
                         entry.counts,
                         0,
                         {}});
        }
        break;
    }
    case Kind::LeadTime:
        for (qsizetype bin = 0; bin < report.leadTimeBins.size(); ++bin)
            rows.append({Insights::leadTimeBinLabel(int(bin)),
                         QString::number(Insights::kLeadTimeBinStarts[std::size_t(bin)]),
                         {},
                         report.leadTimeBins.at(bin),
                         {}});
        break;
    case Kind::TopNoShow:
        for (const InsightNoShowCustomer &customer : report.topNoShow)
            rows.append({customer.name.isEmpty() ? customer.leadId : customer.name.simplified(),
                         customer.leadId,
                         {},
                         double(customer.noShows),
                         customer.latestBookingId});
        break;
    }
    return rows;
}

void InsightsTableModel::setReport(const InsightsReport &report)
{
    // A summary of a few dozen rows: a reset is cheaper than working out what moved.
    beginResetModel();
    m_report = report;
    m_rows = rowsOf(m_kind, report);
    endResetModel();
}

QList<int> InsightsTableModel::columns() const
{
    switch (m_kind) {
    case Kind::Periods:
        return {Label, Total, Confirmed, Rescheduled, Completed, NoShow, Cancelled};
    case Kind::Weekday:
    case Kind::Hour:
    case Kind::Service:
    case Kind::Channel:
        return {Label, Total, Completed, NoShow, Cancelled, NoShowRate, CancellationRate};
    case Kind::LeadTime:
    case Kind::TopNoShow:
        return {Label, Value};
    }
    return {};
}

int InsightsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InsightsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant InsightsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columns().size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = columns().at(index.column());
    if (role == KeyRole)
        return row.key;
    if (role == BookingIdRole)
        return row.bookingId;
    if (role == Qt::TextAlignmentRole)
        return column == Label ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::AccessibleTextRole)
        return {};
    const bool raw = role == RawRole;
    const QLocale locale;
    switch (column) {
    case Label:
        return row.label;
    case Total:
        return raw ? QVariant(row.counts.total) : QVariant(locale.toString(row.counts.total));
    case NoShowRate:
    case CancellationRate: {
        const auto rate =
            column == NoShowRate ? row.counts.noShowRate() : row.counts.cancellationRate();
        if (raw)
            return rate ? QVariant(*rate) : QVariant();
        return percentText(rate);
    }
    case Value:
        return raw ? QVariant(qint64(row.value)) : QVariant(locale.toString(qint64(row.value)));
    default: {
        const int count = row.counts.count(statusOf(column));
        return raw ? QVariant(count) : QVariant(locale.toString(count));
    }
    }
}

QVariant InsightsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columns().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columns().at(section)) {
    case Label:
        switch (m_kind) {
        case Kind::Periods:
            return m_report.daily ? tr("Day") : tr("Week");
        case Kind::Weekday:
            return tr("Weekday");
        case Kind::Hour:
            return tr("Hour");
        case Kind::Service:
            return tr("Service");
        case Kind::Channel:
            return tr("Channel");
        case Kind::LeadTime:
            return tr("Booked ahead");
        case Kind::TopNoShow:
            return tr("Customer");
        }
        return {};
    case Total:
        return tr("Bookings");
    case NoShowRate:
        return tr("No-show rate");
    case CancellationRate:
        return tr("Cancellation rate");
    case Value:
        return m_kind == Kind::TopNoShow ? tr("No-shows") : tr("Bookings");
    default:
        return BookingStatuses::label(statusOf(columns().at(section)));
    }
}
