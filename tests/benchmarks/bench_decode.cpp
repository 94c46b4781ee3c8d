// Decodes the same generated list pages (100 records each, shaped like the dev server's)
// with a QJsonDocument reading (tests/fuzz/referencedecoder.h, the one tst_pagedecoder
// compares with) and with BookingJson::decodePage (simdjson), alternating the two over
// several rounds in one run. Before simdjson, decodePage's hand-written direct reader took
// 192-252 us/page on the development machine (2.7-3.3x the QJsonDocument path).
// Prints microseconds per page, bookings per second and the ratio, for the fastest round
// and the median; asserts nothing.
//
//   bench_decode [--pages N] [--records N] [--rounds N] [--only reference|direct]
//
// --only times one path, for a profiler.

#include "../fuzz/referencedecoder.h"
#include "benchmeter.h"
#include "bookingjson.h"
#include "bookingpagegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

using Decode = std::function<std::optional<BookingPage>(const QByteArray &)>;

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
};

// One pass over every page; the bookings decoded are counted so that nothing is optimized
// away and a path that skipped records would show.
Run decodeAll(const QList<QByteArray> &pages, const Decode &decode, qint64 *bookings)
{
    BenchMeter meter;
    meter.start();
    qint64 count = 0;
    for (const QByteArray &page : pages) {
        if (const auto decoded = decode(page))
            count += decoded->bookings.size();
    }
    const auto sample = meter.stop();
    *bookings = count;
    return {sample.wallMs, sample.cpuMs()};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The decoder agrees with the reference on every page (json aside, which the reference
// does not rebuild).
bool samePages(const QList<QByteArray> &pages)
{
    for (const QByteArray &body : pages) {
        QString error;
        const auto reference = ReferenceDecoder::page(body, &error);
        const auto page = BookingJson::decodePage(body, &error);
        if (!reference || !page || page->skipped != reference->page.skipped ||
            page->total != reference->page.total ||
            page->bookings.size() != reference->page.bookings.size())
            return false;
        for (qsizetype i = 0; i < page->bookings.size(); ++i) {
            Booking booking = page->bookings.at(i);
            booking.json.clear();
            if (!(booking == reference->page.bookings.at(i)))
                return false;
        }
    }
    return true;
}

std::optional<BookingPage> referencePage(const QByteArray &body)
{
    auto page = ReferenceDecoder::page(body, nullptr);
    return page ? std::optional<BookingPage>(std::move(page->page)) : std::nullopt;
}

void profile(const QList<QByteArray> &pages, int rounds, bool direct)
{
    const Decode decode = [direct](const QByteArray &body) {
        return direct ? BookingJson::decodePage(body, nullptr) : referencePage(body);
    };
    qint64 bookings = 0;
    QList<double> ms;
    for (int round = 0; round < rounds; ++round)
        ms.append(decodeAll(pages, decode, &bookings).wallMs);
    std::printf("    %s only: fastest %.1f us/page, median %.1f\n", direct ? "direct" : "reference",
                *std::min_element(ms.begin(), ms.end()) * 1000.0 / double(pages.size()),
                median(ms) * 1000.0 / double(pages.size()));
}

void measure(const char *label, const QList<QByteArray> &pages, int records, int rounds)
{
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    std::printf("  %s: %lld pages of %d records, %.0f bytes per record; decoder answers "
                "every page with the reference's result: %s\n",
                label, qlonglong(pages.size()), records,
                double(bytes) / double(pages.size() * records), samePages(pages) ? "yes" : "NO");

    const Decode reference = [](const QByteArray &body) { return referencePage(body); };
    const Decode direct = [](const QByteArray &body) {
        return BookingJson::decodePage(body, nullptr);
    };
    QList<double> referenceMs;
    QList<double> directMs;
    double referenceCpu = 0;
    double directCpu = 0;
    qint64 referenceBookings = 0;
    qint64 directBookings = 0;
    for (int round = 0; round < rounds; ++round) {
        // Alternating which goes first evens out a warm cache and frequency changes.
        const bool referenceFirst = round % 2 == 0;
        for (int i = 0; i < 2; ++i) {
            if ((i == 0) == referenceFirst) {
                const Run run = decodeAll(pages, reference, &referenceBookings);
                referenceMs.append(run.wallMs);
                referenceCpu += run.cpuMs;
            } else {
                const Run run = decodeAll(pages, direct, &directBookings);
                directMs.append(run.wallMs);
                directCpu += run.cpuMs;
            }
        }
    }

    const double perPage = 1000.0 / double(pages.size());
    const auto line = [&](const char *path, double ms, qint64 bookings) {
        std::printf("    %-32s %8.1f us/page %12.0f bookings/s\n", path, ms * perPage,
                    double(bookings) / (ms / 1000.0));
    };
    const double bestReference = *std::min_element(referenceMs.begin(), referenceMs.end());
    const double bestDirect = *std::min_element(directMs.begin(), directMs.end());
    std::printf("    fastest of %d rounds:\n", rounds);
    line("QJsonDocument (reference)", bestReference, referenceBookings);
    line("decodePage (simdjson)", bestDirect, directBookings);
    std::printf("    %-32s %8.2fx\n", "ratio", bestReference / bestDirect);
    std::printf("    median of %d rounds:\n", rounds);
    line("QJsonDocument (reference)", median(referenceMs), referenceBookings);
    line("decodePage (simdjson)", median(directMs), directBookings);
    std::printf("    %-32s %8.2fx\n", "ratio", median(referenceMs) / median(directMs));
    std::printf("    CPU time, all rounds: reference %.0f ms, direct %.0f ms\n", referenceCpu,
                directCpu);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Distinct pages per kind."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records per page."),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Timed passes per path."),
                      QStringLiteral("n"), QStringLiteral("9")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Time one path: reference or direct."),
                      QStringLiteral("path")});
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    const int pageCount = std::clamp(parser.value(QStringLiteral("pages")).toInt(), 1, 100000);
    const int records = std::clamp(parser.value(QStringLiteral("records")).toInt(), 1, 10000);
    const int rounds = std::clamp(parser.value(QStringLiteral("rounds")).toInt(), 1, 1000);

    std::printf("bench_decode: BookingJson::decodePage; %s\n",
                qPrintable(BenchMeter::machineLoad()));
    using Generator = BookingPageGenerator;
    Generator generator(20260320);
    for (const auto &[label, metadata] :
         {std::pair{"records as bench_cacheupsert's", Generator::Metadata::Plain},
          std::pair{"records as the dev server's (richer metadata)", Generator::Metadata::Rich}}) {
        QList<QByteArray> pages;
        for (int i = 0; i < pageCount; ++i)
            pages.append(generator.page(records, metadata));
        if (only.isEmpty())
            measure(label, pages, records, rounds);
        else
            profile(pages, rounds, only == u"direct");
    }
    std::printf("  %s\n", qPrintable(BenchMeter::machineLoad()));
    return 0;
}
