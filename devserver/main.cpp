#include "bookingstore.h"
#include "devserver.h"
#include "devserverlog.h"
#include "seeder.h"
#include "serveroptions.h"
#include "shutdownwatcher.h"
#include "wireformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "frontdesk-devserver: error: %s\n", qPrintable(message));
    return 2;
}

QHostAddress listenAddress(const QString &host)
{
    if (host == u"localhost")
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(host);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frontdesk-devserver"));

    ServerOptions options;
    QString error;
    if (!ServerOptions::parse(QCoreApplication::arguments(), &options, &error))
        return fail(error);
    if (options.nowMs)
        WireFormat::setNow(*options.nowMs);
    const QHostAddress address = listenAddress(options.host);
    if (address.isNull())
        return fail(QStringLiteral("--host %1 is not an IP address").arg(options.host));

    BookingStore store;
    if (!store.open(options.database, &error))
        return fail(QStringLiteral("cannot open database %1: %2").arg(options.database, error));

    Seeder seeder(options);
    QElapsedTimer seedTimer;
    seedTimer.start();
    const qint64 existing = store.count();
    QByteArray bookingsLine;
    if (existing > 0 && !options.reseed) {
        bookingsLine =
            QStringLiteral("kept %1 bookings from %2").arg(existing).arg(options.database).toUtf8();
    } else {
        if (existing > 0 && !store.clear())
            return fail(store.errorString());
        if (!seeder.seed(store, options.seedBookings, &error))
            return fail(QStringLiteral("seeding failed: %1").arg(error));
        bookingsLine =
            QStringLiteral("seeded %1 bookings around %2 in %3 s")
                .arg(options.seedBookings)
                .arg(QString::fromLatin1(WireFormat::formatUtcMs(options.seedReferenceMs)))
                .arg(double(seedTimer.elapsed()) / 1000.0, 0, 'f', 2)
                .toUtf8();
    }

    DevServer server(options, store, seeder);
    const quint16 port = server.listen(address, options.port);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(options.host).arg(options.port));

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + options.host + u']'
                             : options.host;
    // The test fixture and the app parse the first two lines; keep their wording.
    std::printf("frontdesk-devserver listening on http://%s:%u\n", qPrintable(host),
                unsigned(port));
    std::printf("credentials: %s / %s\n", options.email.toUtf8().constData(),
                options.password.toUtf8().constData());
    std::printf("%s\n", bookingsLine.constData());
    std::fflush(stdout);

    ShutdownWatcher watcher(options.exitOnStdinEof);
    QObject::connect(&watcher, &ShutdownWatcher::shutdownRequested, &app,
                     [&options](const QString &reason) {
                         if (!options.quiet)
                             qCInfo(lcDevServer).noquote() << "shutting down:" << reason;
                         QCoreApplication::quit();
                     });
    return QCoreApplication::exec();
}
