#pragma once

#include "httpresponse.h"
#include "slotcalculator.h"

class BookingStore;
class ListChurn;
struct ApiRequest;
struct ServerOptions;

// /api/v1/bookings and below, called after authentication.
class BookingsApi
{
public:
    BookingsApi(const ServerOptions &options, BookingStore &store, ListChurn &churn);

    HttpResponse list(const ApiRequest &request);
    HttpResponse get(const QString &rawId);
    HttpResponse patch(const QString &rawId, const ApiRequest &request);
    HttpResponse remove(const QString &rawId);
    HttpResponse availableSlots(const ApiRequest &request);

private:
    const ServerOptions &m_options;
    BookingStore &m_store;
    ListChurn &m_churn;
    SlotCalculator m_slots;
};
