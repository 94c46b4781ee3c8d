#pragma once

#include "apierror.h"
#include "timeslot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>

class ApiClient;
class BookingCache;

// The API's free appointment slots for the range the calendar shows. fetch() first offers
// what the cache holds for the range (so the calendar has slots offline), then asks the
// server and stores its answer in the cache. A newer fetch supersedes an older one that
// has not been answered yet.
class SlotProvider : public QObject
{
    Q_OBJECT

public:
    SlotProvider(ApiClient *client, BookingCache *cache, QObject *parent = nullptr);
    ~SlotProvider() override;

    void fetch(const QDateTime &from, const QDateTime &to);
    QList<TimeSlot> timeSlots() const { return m_slots; }
    // Whether the slots shown came from the cache because the server could not answer.
    bool isFromCache() const { return m_fromCache; }

    // The days (UTC) asked for a range: the slot's day is its start's UTC day, and a day
    // more on each side covers display zones far from UTC.
    static QDate firstDay(const QDateTime &from) { return from.toUTC().date().addDays(-1); }
    static QDate lastDay(const QDateTime &to) { return to.toUTC().date().addDays(1); }

Q_SIGNALS:
    void slotsChanged();
    void fetchFailed(const ApiError &error);

private:
    ApiClient *m_client;
    BookingCache *m_cache;
    QList<TimeSlot> m_slots;
    bool m_fromCache = false;
    QObject *m_request = nullptr; // the context of the request in flight
};
