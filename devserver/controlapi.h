#pragma once

#include "httpresponse.h"

class AuthApi;
class BookingStore;
class FaultInjector;
class ListChurn;
class RequestStats;
class Seeder;
struct ApiRequest;

// /_control/*: test hooks for faults, tokens, stats and changes made "by another
// receptionist". Never faulted, never delayed, loopback peers only (checked by the caller).
class ControlApi
{
public:
    ControlApi(FaultInjector &faults, AuthApi &auth, BookingStore &store, Seeder &seeder,
               RequestStats &stats, ListChurn &churn);

    HttpResponse handle(const ApiRequest &request);

private:
    HttpResponse faults(const ApiRequest &request);
    HttpResponse mutate(const ApiRequest &request);
    HttpResponse create(const ApiRequest &request);
    HttpResponse churn(const ApiRequest &request);
    HttpResponse stats();

    FaultInjector &m_faults;
    AuthApi &m_auth;
    BookingStore &m_store;
    Seeder &m_seeder;
    RequestStats &m_stats;
    ListChurn &m_churn;
};
