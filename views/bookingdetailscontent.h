#pragma once

#include "booking.h"
#include "outboxentry.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

// Everything about one booking for the details panel, as label and value pairs a screen
// reader reads as such: times with duration and zone, status, customer with tel:/mailto:
// links, meeting link, service, notes, every other metadata key in words (an amount with a
// currency as money, a list as a list, a nested object as "key: value" pairs; never JSON),
// Cal.com ids, and whether the desk's changes reached the server. A change waiting in the
// outbox shows what it will do.
struct BookingDetailsContent
{
    Q_DECLARE_TR_FUNCTIONS(BookingDetailsContent)

public:
    struct Field
    {
        QString label;
        QString text;
        QUrl link; // empty: plain text
    };
    struct Section // a conflict's three versions
    {
        QString title;
        QString text;
    };

    QString title; // the customer
    QString status;
    QColor statusColor;
    QList<Field> fields;
    QList<Section> sections;

    // `outbox`: the desk's unsent changes to this booking; `inFlight`: a change is being sent.
    static BookingDetailsContent of(const Booking &booking, const QList<OutboxEntry> &outbox,
                                    bool inFlight, const QTimeZone &zone);
    // A metadata key as a label: "preferred_time" -> "Preferred time".
    static QString keyLabel(const QString &key);
    // A metadata value in words, in the UI locale.
    static QString valueText(const QJsonValue &value);
    // "Label: value" lines (tests, the clipboard, accessibility checks).
    QString plainText() const;
};
