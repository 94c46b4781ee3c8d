#pragma once

#include <QTimeZone>
#include <QWidget>

class BookingCache;
class CustomerHistoryModel;
class QFormLayout;
class QLabel;
class QTableView;

// The customer of the selected booking: who they are (the brief lead), how often they came,
// did not come or cancelled, what is coming up, and every booking of theirs. Read from the
// cache, so it answers at once and offline; the owner refreshes it from the server
// (leadShown) and calls refresh() when that brings rows.
class CustomerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPanel(const BookingCache *cache, QWidget *parent = nullptr);

    void showBooking(const QString &id); // empty: nothing selected
    QString leadId() const { return m_leadId; }
    void refresh();
    void setDisplayTimeZone(const QTimeZone &zone);
    CustomerHistoryModel *model() const { return m_model; }
    QTableView *bookingsView() const { return m_bookings; }
    // The panel as plain text (tests, accessibility).
    QString text() const;

Q_SIGNALS:
    // Another customer is shown: the owner may refresh their bookings from the server.
    void leadShown(const QString &leadId);
    // A booking of the history was clicked (or Enter pressed on it).
    void bookingChosen(const QString &id);

private:
    const BookingCache *m_cache;
    QString m_bookingId;
    QString m_leadId;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QLabel *m_title;
    QLabel *m_warning;
    QLabel *m_none;
    QWidget *m_facts;
    QFormLayout *m_form;
    QLabel *m_phone;
    QLabel *m_email;
    QLabel *m_channel;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_lastNoShow;
    CustomerHistoryModel *m_model;
    QTableView *m_bookings;
};
