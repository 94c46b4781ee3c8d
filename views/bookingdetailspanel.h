#pragma once

#include <QString>
#include <QTimeZone>
#include <QWidget>

class BookingActions;
class BookingCache;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolBar;

// The details of the selected booking, read in full from the cache (the list holds only
// compact rows), as label and value pairs (BookingDetailsContent): each value is a label of
// its own whose buddy is its label, so a screen reader reads "Phone, +49 …". Follows the
// booking: changes by sync or by the desk's actions show at once.
class BookingDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    BookingDetailsPanel(const BookingCache *cache, BookingActions *actions,
                        QWidget *parent = nullptr);

    void showBooking(const QString &id); // empty: nothing selected
    QString bookingId() const { return m_id; }
    void refresh();
    QString text() const; // plain text shown (tests, accessibility)
    // The zone the booking's times are shown in (the system's by default).
    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }
    // The booking actions, as buttons above the details (nullptr: a separator).
    void setActions(const QList<QAction *> &actions);

Q_SIGNALS:
    // Another booking is shown (the owner reads it fresh from the server when online).
    void bookingShown(const QString &id);
    // The booking shown changed (empty: none), whether online or not.
    void currentChanged(const QString &id);

private:
    const BookingCache *m_cache;
    BookingActions *m_actions;
    QString m_id;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QString m_text; // what the fields say, as "Label: value" lines
    QToolBar *m_actionBar = nullptr;
};
