#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class CalendarView;
struct CalendarBlock;

// CalendarView paints its bookings, so assistive technology (Orca over AT-SPI, Narrator,
// VoiceOver) knows of them only through this interface: it gives the view its day headers,
// the now line, one child per visible booking (with its actions) and, in the month view,
// each day's "+N more" as accessible children.
//
// Children are identified by a key ("b:<booking id>", "d:<date>", "now", "m:<date>"), and
// one interface per key lives as long as the view shows it, so a screen reader keeps its
// place across a sync or a scroll. Index order: headers, the now line, bookings (by day and
// start), then the "+N more" entries.
class CalendarAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(CalendarAccessible)

public:
    explicit CalendarAccessible(CalendarView *view);
    ~CalendarAccessible() override;

    // Installs the factory that gives every CalendarView this interface (once a process;
    // main() and the tests call it).
    static void install();
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    // The index of the booking's child, or -1 when it is not shown.
    static int indexOfBooking(const CalendarView *view, const QString &id);
    // The view laid its blocks out anew: interfaces of items it no longer shows are
    // dropped (later, from the event loop: never under a caller that holds one).
    static void layoutChanged(CalendarView *view);

    QAccessible::Role role() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // What the item interfaces read (one place for the view's internals).
    static QStringList keys(const CalendarView *view);
    static bool hasKey(const CalendarView *view, const QString &key);
    static QString itemName(const CalendarView *view, const QString &key);
    static QString itemDescription(const CalendarView *view, const QString &key);
    static QRect itemRect(const CalendarView *view, const QString &key); // global pixels
    static QAccessible::Role itemRole(const QString &key);
    static QAccessible::State itemState(const CalendarView *view, const QString &key);
    static QStringList itemActions(const CalendarView *view, const QString &key);
    static QString actionText(const QString &action);
    static void doItemAction(CalendarView *view, const QString &key, const QString &action);

private:
    CalendarView *view() const;
    void purge();

    mutable QHash<QString, QAccessible::Id> m_items;
    const CalendarView *m_view; // the key in instances(), never dereferenced after ~CalendarView
    bool m_purgeQueued = false;
};
