#include "bookingfilterproxy.h"

#include "bookingtablemodel.h"

#include <algorithm>

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
    SearchText::Query query = SearchText::parse(text);
    m_skipUnmatched = m_model && m_textMatchesGeneration == m_model->generation() &&
                      m_textMatches.size() == std::size_t(m_model->rowCount()) &&
                      narrows(m_query, query);
    m_query = std::move(query);
    invalidateFilterChange();
    m_skipUnmatched = false;
}

bool BookingFilterProxy::narrows(const SearchText::Query &from, const SearchText::Query &to)
{
    // Words only, none of them matching phone digits instead of text: then every row the
    // longer words match contains each shorter word too.
    if (from.words.isEmpty() || !from.digits.isEmpty() || !to.digits.isEmpty())
        return false;
    for (const QString &word : to.words) {
        if (!SearchText::phoneDigits(word).isEmpty())
            return false;
    }
    for (const QString &shorter : from.words) {
        if (std::none_of(to.words.cbegin(), to.words.cend(),
                         [&](const QString &word) { return word.contains(shorter); }))
            return false;
    }
    return true;
}

void BookingFilterProxy::invalidateFilterChange()
{
    // One layout change instead of QSortFilterProxyModel's row removals per contiguous run:
    // a first letter typed at 100,000 rows removes thousands of runs, and a view handles
    // each one separately (seconds). Selection survives through persistent indexes.
    m_recording = m_model != nullptr;
    if (m_recording && !m_skipUnmatched)
        m_textMatches.assign(std::size_t(m_model->rowCount()), TextMatch::Unknown);
    if (m_model)
        m_textMatchesGeneration = m_model->generation();
    invalidate();
    // The proxy filters lazily without persistent indexes: filter now, while recording.
    rowCount();
    m_recording = false;
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
    if (m_query.isEmpty())
        return true;
    TextMatch *known = m_recording && std::size_t(sourceRow) < m_textMatches.size()
                           ? &m_textMatches[std::size_t(sourceRow)]
                           : nullptr;
    if (known && m_skipUnmatched && *known == TextMatch::No)
        return false;
    const bool match = SearchText::matches(m_query, row.searchText, row.searchDigits);
    if (known)
        *known = match ? TextMatch::Yes : TextMatch::No;
    return match;
}

bool BookingFilterProxy::acceptsStatusAndSearch(int sourceRow) const
{
    if (!m_model || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return false;
    const BookingRow &row = m_model->row(sourceRow);
    return (m_statusMask & bit(row.status)) &&
           (m_query.isEmpty() || SearchText::matches(m_query, row.searchText, row.searchDigits));
}

bool BookingFilterProxy::filtersStatusOrSearch() const
{
    return !m_query.isEmpty() || statuses().size() != BookingStatuses::all().size();
}

bool BookingFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->compareRows(left.column(), left.row(), right.row()) < 0;
}
