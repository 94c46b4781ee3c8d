#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

struct Booking;

// How text search matches bookings, in one place for the cache's SQL and the views' filters:
// case and accents do not matter ("jurgen" finds "Jürgen"), every word must match, and a
// phone number matches by its digits whatever the formatting ("0151 234" finds
// "+49 151 234…": a leading trunk 0 of the query is ignored).
class SearchText
{
public:
    struct Query
    {
        QStringList words; // folded; each must occur in the text or, if numeric, the digits
        QString digits;    // a phone-number query: must occur in the digits
        bool isEmpty() const { return words.isEmpty() && digits.isEmpty(); }

        // What matches() compares with a list row's bytes, made once by parse(): the words
        // in UTF-8, each word's phoneDigits() (empty when it has none), the digits.
        QList<QByteArray> wordBytes;
        QList<QByteArray> wordDigitBytes;
        QByteArray digitBytes;
    };

    // Case and accents folded: NFKD, non-spacing marks dropped, case-folded, ß → ss.
    static QString fold(QStringView text);
    // fold() appended to `out`.
    static void foldInto(QString &out, QStringView text);
    // fold() worked out through normalization and Qt's case folding, whatever the text:
    // fold() takes shortcuts that must agree with it (tst_searchtext checks).
    static QString foldByNormalization(QStringView text);
    static QString digits(QStringView text);
    static QString bookingText(const Booking &booking);
    static QString bookingDigits(const Booking &booking);

    static Query parse(const QString &input);
    // `text` is the folded bookingText in UTF-8, `digits` bookingDigits (BookingRow's).
    static bool matches(const Query &query, QByteArrayView text, QByteArrayView digits);
    // The digits a numeric word is looked up with in phone numbers; empty when the word is
    // not numeric or too short to mean anything.
    static QString phoneDigits(QStringView word);
};
