#pragma once

#include "bookingrow.h"

#include <QList>
#include <QObject>

class BookingActions;
class BookingTableModel;
class DetailFetcher;
class LeadHistoryFetcher;
class SyncEngine;

// The one way bookings written to the cache reach the list's model: sync passes, the desk's
// own actions, fetched records and a customer's history. What a pass or a fetch wrote comes
// as the list rows its writer computed (BookingWriter), so after a pass the GUI thread reads
// nothing back from SQLite: not the rows, not the no-show warnings (counted by the pass's
// writer on its thread). An action changes one booking, read back by id with the warnings;
// a fetched record counts them again only when a no-show came or went.
class BookingModelFeed : public QObject
{
    Q_OBJECT

public:
    explicit BookingModelFeed(BookingTableModel *model, QObject *parent = nullptr);

    // Turns on the engine's rows and no-show warnings (SyncEngine::setFeedsList).
    void watch(SyncEngine *engine);
    void watch(BookingActions *actions);
    void watch(DetailFetcher *details);
    void watch(LeadHistoryFetcher *history);

private:
    void applyFetched(const QList<BookingRow> &rows);

    BookingTableModel *m_model;
};
