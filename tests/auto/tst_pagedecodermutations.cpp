// BookingJson's decoder against the reference decoder (tests/fuzz/referencedecoder.h) on
// generated pages of every style, and on thousands of pages mutated so that most stay valid
// JSON. (Table, edge and byte order mark pages: tst_pagedecoder.)

#include "bookingjsonsamples.h"
#include "bookingpagegenerator.h"
#include "pagedecodercheck.h"

#include <QRandomGenerator>
#include <QTest>

#include <iterator>

using namespace Qt::StringLiterals;
using namespace BookingJsonSamples;
using namespace PageDecoderCheck;

namespace {

QByteArray valueAfter(const QByteArray &body, qsizetype at, qsizetype *end)
{
    qsizetype p = at;
    int depth = 0;
    do {
        if (p >= body.size())
            break;
        const char c = body.at(p);
        if (c == '"') {
            for (++p; p < body.size() && body.at(p) != '"'; ++p) {
                if (body.at(p) == '\\')
                    ++p;
            }
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++p;
        } else if (c == '}' || c == ']') {
            --depth;
            ++p;
        } else if (depth > 0) {
            ++p;
        } else {
            while (p < body.size() && !QByteArrayView(",}] \n\t\r").contains(body.at(p)))
                ++p;
        }
    } while (depth > 0);
    *end = qMin(p, body.size());
    return body.mid(at, *end - at);
}

// Mutations that keep most pages valid JSON, so that the direct reader has work to do:
// names twice or escaped, values of the wrong type, deeper nesting, escapes, non-ASCII
// text and spacing inserted anywhere. Byte-level damage comes from tst_bookingjson's.
void mutate(QByteArray *body, QRandomGenerator *random)
{
    static const QByteArray kNames[] = {"id",
                                        "lead_id",
                                        "calcom_booking_id",
                                        "calcom_booking_uid",
                                        "event_type_id",
                                        "status",
                                        "start_time",
                                        "end_time",
                                        "created_at",
                                        "updated_at",
                                        "meeting_url",
                                        "metadata",
                                        "lead",
                                        "name",
                                        "channel",
                                        "notes",
                                        "service",
                                        "bookings",
                                        "total",
                                        "page"};
    static const QByteArray kValues[] = {"\"x\"",
                                         "\"\"",
                                         "1",
                                         "-0",
                                         "1.5",
                                         "1e2",
                                         "25.0",
                                         "null",
                                         "true",
                                         "false",
                                         "{}",
                                         "[]",
                                         "[1,\"a\",{\"b\":null}]",
                                         "{\"a\":{\"b\":[1,2]}}",
                                         "\"2026-03-20T14:00:00Z\"",
                                         "\"2026-03-20T14:00:00.123456+00:00\"",
                                         "\"confirmed\"",
                                         "\"whatsapp\"",
                                         "\"123\"",
                                         "\"9223372036854775808\"",
                                         "9223372036854775808",
                                         "\"\\u00e9\\ud83d\\ude00\"",
                                         "\"\\ud800\"",
                                         "\"\\u0041\"",
                                         "12345678901234567890",
                                         "\"Zoë 山田\""};
    static const QByteArray kInserts[] = {
        "\\u00e9",      "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\u0000", "\\n",
        "\\\"",         "\\\\",           "\\/",     "\\a",     "é",       "😀",
        "\xef\xbb\xbf", "\xef\xbf\xbf",   " ",       "\t",      "\n",      "\r\n",
        "\x01",         "\\u12",          "\\"};
    static const int kDepths[] = {1, 2, 3, 57, 58, 59, 60, 61, 62, 70, 1030};

    const auto pick = [&](qsizetype bound) { return qsizetype(random->bounded(int(bound))); };
    const QByteArray name = '"' + kNames[pick(std::size(kNames))] + "\":";
    const qsizetype named = body->isEmpty() ? -1 : body->indexOf(name, pick(body->size()));
    const qsizetype at = named >= 0 ? named : body->indexOf(name);
    switch (random->bounded(7)) {
    case 0:
        mutateBytes(body, random);
        break;
    case 1:
        if (!body->isEmpty())
            body->insert(pick(body->size()), kInserts[pick(std::size(kInserts))]);
        break;
    case 2: // the name twice in one object
        if (at >= 0)
            body->insert(at, name + kValues[pick(std::size(kValues))] + ',');
        break;
    case 3: // a value of another type
        if (at >= 0) {
            qsizetype end = 0;
            valueAfter(*body, at + name.size(), &end);
            body->replace(at + name.size(), end - at - name.size(),
                          kValues[pick(std::size(kValues))]);
        }
        break;
    case 4: // deeper nesting
        if (at >= 0) {
            qsizetype end = 0;
            const QByteArray value = valueAfter(*body, at + name.size(), &end);
            const int depth = kDepths[pick(std::size(kDepths))];
            const QByteArray wrapped = random->bounded(2)
                                           ? nested(depth, value)
                                           : QByteArray(depth, '{').replace("{", "{\"n\":") +
                                                 value + QByteArray(depth, '}');
            body->replace(at + name.size(), end - at - name.size(), wrapped);
        }
        break;
    case 5: // a name spelled with an escape
        if (at >= 0)
            body->replace(at + 1, 1,
                          QByteArray("\\u00" + QByteArray::number(uchar(body->at(at + 1)), 16)));
        break;
    default: // spacing around a structural character
        if (!body->isEmpty()) {
            const qsizetype p = pick(body->size());
            if (QByteArrayView("{}[],:").contains(body->at(p)))
                body->insert(p + random->bounded(2), " \n\t\r"_ba.mid(pick(4), 1 + pick(3)));
        }
        break;
    }
}

} // namespace

class TestPageDecoderMutations : public QObject
{
    Q_OBJECT

private slots:
    void generatedPages();
    void mutatedPages();
};

void TestPageDecoderMutations::generatedPages()
{
    using Generator = BookingPageGenerator;
    Generator generator(20260320);
    int pages = 0;
    for (const auto metadata : {Generator::Metadata::Plain, Generator::Metadata::Rich}) {
        for (const auto style : {Generator::Style::Server, Generator::Style::Spaced,
                                 Generator::Style::AsciiOnly, Generator::Style::Indented}) {
            for (int i = 0; i < 4; ++i) {
                const QByteArray body = generator.page(100, metadata, style);
                const Counts counts = decodeBothWays(body);
                if (QTest::currentTestFailed())
                    return;
                QCOMPARE(counts.decoded, 1);
                ++pages;
            }
        }
    }
    QCOMPARE(pages, 32);
}

void TestPageDecoderMutations::mutatedPages()
{
    BookingPageGenerator generator(7);
    QList<QByteArray> seeds = mutationSeeds();
    for (const auto style :
         {BookingPageGenerator::Style::Server, BookingPageGenerator::Style::Spaced,
          BookingPageGenerator::Style::AsciiOnly}) {
        seeds.append(generator.page(3, BookingPageGenerator::Metadata::Rich, style));
        seeds.append(generator.page(2, BookingPageGenerator::Metadata::Plain, style));
    }

    QRandomGenerator random(19700101);
    Counts counts;
    constexpr int kRounds = 6000;
    for (int round = 0; round < kRounds; ++round) {
        QByteArray body = seeds.at(random.bounded(int(seeds.size())));
        const int mutations = 1 + random.bounded(3);
        for (int m = 0; m < mutations; ++m)
            mutate(&body, &random);
        counts.count(decodeBothWays(body));
        if (QTest::currentTestFailed()) {
            qWarning("round %d", round);
            return;
        }
    }
    qDebug("%d pages: %d decoded, %d with skipped records, %d failed", kRounds, counts.decoded,
           counts.skipping, counts.failed);
    // Guards the mutations: each outcome must have been seen often.
    QVERIFY2(counts.decoded > kRounds / 10, qPrintable(QString::number(counts.decoded)));
    QVERIFY2(counts.skipping > kRounds / 20, qPrintable(QString::number(counts.skipping)));
    QVERIFY2(counts.failed > kRounds / 20, qPrintable(QString::number(counts.failed)));
}

QTEST_GUILESS_MAIN(TestPageDecoderMutations)
#include "tst_pagedecodermutations.moc"
