#pragma once

#include "authapi.h"
#include "bookingsapi.h"
#include "httpresponse.h"

class BookingStore;
class ListChurn;
struct ApiRequest;
struct ServerOptions;

// Routes /api/v1/* the way Starlette does: path first (404), then method (405), then the
// bearer check, then validation inside the handlers.
class ApiRouter
{
public:
    ApiRouter(const ServerOptions &options, BookingStore &store, ListChurn &churn);

    HttpResponse route(const ApiRequest &request);
    AuthApi &auth() { return m_auth; }

private:
    AuthApi m_auth;
    BookingsApi m_bookings;
};
