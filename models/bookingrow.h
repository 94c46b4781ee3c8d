#pragma once

#include "bookingstatus.h"
#include "leadinfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <array>
#include <vector>

// What the booking list needs of one booking: the columns, their sort keys and the search
// text, and nothing else. The list holds 100,000 of these, so the display texts share one
// string (a QString costs 40 bytes before its first character) and the server's JSON and
// metadata stay in the cache until the details panel asks for them.
struct BookingRow
{
    enum Field { Customer, Phone, Email, Service, MeetingUrl, FieldCount };

    QString id;
    // UTF-8, half the bytes of a QString here, and a UTF-8 word is found in UTF-8 text
    // byte by byte (no sequence starts inside another).
    QByteArray searchText;   // SearchText::bookingText, folded (the cache's search_text)
    QByteArray searchDigits; // SearchText::bookingDigits
    qint64 startMs = 0;      // UTC milliseconds
    qint64 endMs = 0;
    qint64 arrivedMs = 0; // when the customer was marked arrived; 0: not arrived
    BookingStatus status = BookingStatus::Confirmed;
    LeadChannel channel = LeadChannel::Unknown;
    bool hasLead = false;

    QStringView field(Field which) const
    {
        const int begin = which == 0 ? 0 : m_ends[which - 1];
        return QStringView(m_fields).mid(begin, m_ends[which] - begin);
    }
    void setFields(const std::array<QStringView, FieldCount> &values)
    {
        // One allocation of the exact size: growing by appends reallocates several times
        // per row, and the list loads 100,000 rows at start-up.
        qsizetype total = 0;
        for (QStringView value : values)
            total += value.size();
        m_fields = QString();
        m_fields.reserve(qMin(total, qsizetype(0xffff)));
        for (int i = 0; i < FieldCount; ++i) {
            // Offsets are 16 bits: an absurdly long field is cut for the list (the details
            // panel shows it whole from the cache).
            m_fields += values[i].left(0xffff - m_fields.size());
            m_ends[i] = quint16(m_fields.size());
        }
    }

    // The same from UTF-8 (the cache's columns), decoded through `scratch`, which the
    // caller keeps from row to row.
    void setFieldsFromUtf8(const std::array<QByteArrayView, FieldCount> &bytes,
                           QStringDecoder &decoder, std::vector<QChar> &scratch)
    {
        qsizetype total = 0;
        for (QByteArrayView value : bytes)
            total += value.size(); // UTF-16 never takes more units than UTF-8 bytes
        scratch.resize(std::size_t(total));
        std::array<QStringView, FieldCount> fields;
        QChar *end = scratch.data();
        for (int i = 0; i < FieldCount; ++i) {
            QChar *const begin = end;
            end = decoder.appendToBuffer(begin, bytes[i]);
            fields[i] = QStringView(begin, end);
        }
        setFields(fields);
    }

    friend bool operator==(const BookingRow &, const BookingRow &) = default;

private:
    QString m_fields;
    std::array<quint16, FieldCount> m_ends{};
};

// The rows with a booking given twice (written twice in one batch) kept once, where it was
// given last; the rest in their order.
inline QList<BookingRow> lastRowOfEach(QList<BookingRow> rows)
{
    QHash<QString, qsizetype> last;
    last.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        last.insert(rows.at(i).id, i);
    if (last.size() == rows.size())
        return rows;
    QList<BookingRow> once;
    once.reserve(last.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (last.value(rows.at(i).id) == i)
            once.append(std::move(rows[i]));
    }
    return once;
}
