#pragma once

#include "apirouter.h"
#include "controlapi.h"
#include "faultinjector.h"
#include "listchurn.h"
#include "requeststats.h"
#include "responsescheduler.h"

#include <QAbstractHttpServer>

class BookingStore;
class Seeder;
struct ApiRequest;
struct ServerOptions;

// Writes raw HTTP/1.1 itself instead of using QHttpServerResponder: only then can a fault
// promise a Content-Length and send half, close without answering, or answer late without
// blocking the event loop.
class DevServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    DevServer(const ServerOptions &options, BookingStore &store, Seeder &seeder,
              QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static ApiRequest toApiRequest(const QHttpServerRequest &request);
    ResponseScheduler::Outgoing handleApi(const ApiRequest &request, HttpResponse *response,
                                          FaultInjector::Fault *fault);

    const ServerOptions &m_options;
    ListChurn m_churn;
    ApiRouter m_router;
    FaultInjector m_faults;
    RequestStats m_stats;
    ControlApi m_control;
    ResponseScheduler m_scheduler;
};
