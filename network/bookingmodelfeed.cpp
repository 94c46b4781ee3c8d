#include "bookingmodelfeed.h"

#include "bookingactions.h"
#include "bookingtablemodel.h"
#include "detailfetcher.h"
#include "leadhistoryfetcher.h"
#include "syncengine.h"

#include <algorithm>

BookingModelFeed::BookingModelFeed(BookingTableModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{}

void BookingModelFeed::watch(SyncEngine *engine)
{
    engine->setFeedsList(true);
    // Row inserts, changes and removals, never a reset: selection and scrolling survive.
    connect(engine, &SyncEngine::rowsWritten, m_model, &BookingTableModel::applyRows);
    connect(engine, &SyncEngine::bookingsRemoved, m_model, &BookingTableModel::applyRemoved);
    connect(engine, &SyncEngine::noShowsCounted, m_model, &BookingTableModel::applyNoShows);
}

void BookingModelFeed::watch(BookingActions *actions)
{
    // The cache holds the server's answer to an action (or the change queued offline).
    connect(actions, &BookingActions::bookingChanged, m_model,
            [model = m_model](const QString &id) { model->applyWritten({}, {id}); });
}

void BookingModelFeed::watch(DetailFetcher *details)
{
    connect(details, &DetailFetcher::rowsFetched, this, &BookingModelFeed::applyFetched);
}

void BookingModelFeed::watch(LeadHistoryFetcher *history)
{
    connect(history, &LeadHistoryFetcher::finished, this,
            [this](const LeadHistoryFetcher::Report &report) { applyFetched(report.rows); });
}

void BookingModelFeed::applyFetched(const QList<BookingRow> &rows)
{
    // The warnings are counted again only when a no-show came or went (a record fetched
    // after the pass that listed it, a customer's older bookings): rarely.
    const bool noShowsMoved = std::any_of(rows.cbegin(), rows.cend(), [this](const BookingRow &row) {
        const int at = m_model->rowOf(row.id);
        return row.status == BookingStatus::NoShow ||
               (at >= 0 && m_model->row(at).status == BookingStatus::NoShow);
    });
    m_model->applyRows(rows);
    if (noShowsMoved)
        m_model->refreshNoShows();
}
