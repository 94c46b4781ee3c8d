#pragma once

#include <QByteArray>
#include <QRandomGenerator>

// List pages of generated bookings for tst_pagedecoder and bench_decode. The records are
// shaped like frontdesk-devserver's (and bench_cacheupsert's makeRecord): about 650 bytes,
// keys in the API's order, names in several scripts, notes with quotes, newlines and
// emoji, microsecond times with +00:00 beside whole-second Z times, a null meeting_url on
// three bookings in four, nested lead and metadata objects. Deterministic for a seed.
class BookingPageGenerator
{
public:
    enum class Metadata {
        Plain, // service, and notes on every other booking (bench_cacheupsert)
        Rich,  // the dev server's extras too: nested intake, tags, prices such as 39.9
    };
    enum class Style {
        Server,    // compact, as the dev server writes it
        Spaced,    // ", " and ": " between tokens, as Python's json.dumps
        AsciiOnly, // every non-ASCII character as \uXXXX, as json.dumps(ensure_ascii=True)
        Indented,  // QJsonDocument::Indented: keys sorted, four-space indentation
    };

    explicit BookingPageGenerator(quint32 seed);

    QByteArray record(Metadata metadata);
    // A page of `count` records with total, page and size as the server writes them.
    QByteArray page(int count, Metadata metadata, Style style = Style::Server);

    static QByteArray restyle(const QByteArray &compactJson, Style style);

private:
    QByteArray metadata(Metadata kind);

    QRandomGenerator m_random;
    int m_pages = 0;
};
