#include "bookingfilterproxy.h"

#include "bookingtablemodel.h"

namespace {

quint32 bit(BookingStatus status)
{
    return 1u << int(status);
}

} // namespace

BookingFilterProxy::BookingFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void BookingFilterProxy::setBookingModel(BookingTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void BookingFilterProxy::setStatuses(const QList<BookingStatus> &statuses)
{
    quint32 mask = 0;
    for (BookingStatus status : statuses)
        mask |= bit(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateFilterChange();
}

QList<BookingStatus> BookingFilterProxy::statuses() const
{
    QList<BookingStatus> result;
    for (BookingStatus status : BookingStatuses::all()) {
        if (m_statusMask & bit(status))
            result.append(status);
    }
    return result;
}

void BookingFilterProxy::setStartRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilterChange();
}

void BookingFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_query = SearchText::parse(text);
    invalidateFilterChange();
}

void BookingFilterProxy::invalidateFilterChange()
{
    // One layout change instead of QSortFilterProxyModel's row removals per contiguous run:
    // a first letter typed at 100,000 rows removes thousands of runs, and a view handles
    // each one separately (seconds). Selection survives through persistent indexes.
    invalidate();
}

bool BookingFilterProxy::hasFilter() const
{
    return !m_query.isEmpty() || m_fromMs || m_toMs ||
           statuses().size() != BookingStatuses::all().size();
}

bool BookingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const BookingRow &row = m_model->row(sourceRow);
    if (!(m_statusMask & bit(row.status)))
        return false;
    if ((m_fromMs && row.startMs < *m_fromMs) || (m_toMs && row.startMs >= *m_toMs))
        return false;
    return m_query.isEmpty() || SearchText::matches(m_query, row.searchText, row.searchDigits);
}

bool BookingFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return BookingTableModel::compare(left.column(), m_model->row(left.row()),
                                      m_model->row(right.row())) < 0;
}
