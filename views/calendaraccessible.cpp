#include "calendaraccessible.h"

#include "bookingrules.h"
#include "bookingtablemodel.h"
#include "calendarmonthpainter.h"
#include "calendarview.h"
#include "clock.h"
#include "timetext.h"

#include <QAccessibleActionInterface>
#include <QKeySequence>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QWindow>

namespace {

// Stable (untranslated) action names for AT-SPI clients and scripts; localizedActionName
// gives the words.
struct ActionName
{
    BookingAction action;
    const char *name;
};

constexpr ActionName kActionNames[] = {
    {BookingAction::Arrive, "MarkArrived"},     {BookingAction::Unarrive, "UndoArrival"},
    {BookingAction::Reschedule, "Reschedule"},  {BookingAction::EditDetails, "EditDetails"},
    {BookingAction::NoShow, "MarkNoShow"},      {BookingAction::Completed, "MarkCompleted"},
    {BookingAction::Confirmed, "SetConfirmed"}, {BookingAction::Cancel, "CancelBooking"},
};

QString nameOf(BookingAction action)
{
    for (const ActionName &entry : kActionNames) {
        if (entry.action == action)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<BookingAction> actionOf(const QString &name)
{
    for (const ActionName &entry : kActionNames) {
        if (name == QLatin1String(entry.name))
            return entry.action;
    }
    return std::nullopt;
}

QHash<const CalendarView *, CalendarAccessible *> &instances()
{
    static QHash<const CalendarView *, CalendarAccessible *> all;
    return all;
}

// One painted item of the calendar: a booking, a day header, the now line or a month
// cell's "+N more". It holds only the view and its key and asks CalendarAccessible for
// everything, so it is never out of date.
class CalendarItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    CalendarItemAccessible(CalendarView *view, const QString &key) : m_view(view), m_key(key) {}

    QString key() const { return m_key; }

    bool isValid() const override { return m_view && CalendarAccessible::hasKey(m_view, m_key); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return CalendarAccessible::itemName(m_view, m_key);
        case QAccessible::Description:
            return CalendarAccessible::itemDescription(m_view, m_key);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        return isValid() ? CalendarAccessible::itemRect(m_view, m_key) : QRect();
    }
    QAccessible::Role role() const override { return CalendarAccessible::itemRole(m_key); }
    QAccessible::State state() const override
    {
        if (!isValid()) {
            QAccessible::State gone;
            gone.invalid = true;
            return gone;
        }
        return CalendarAccessible::itemState(m_view, m_key);
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override
    {
        return isValid() ? CalendarAccessible::itemActions(m_view, m_key) : QStringList();
    }
    QString localizedActionName(const QString &name) const override
    {
        return CalendarAccessible::actionText(name);
    }
    QString localizedActionDescription(const QString &name) const override
    {
        return CalendarAccessible::actionText(name);
    }
    void doAction(const QString &name) override
    {
        if (isValid() && actionNames().contains(name))
            CalendarAccessible::doItemAction(m_view, m_key, name);
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        // The Booking menu's shortcuts (BookingActionSet), which act on the current booking.
        const std::optional<BookingAction> action = actionOf(name);
        QKeySequence keys;
        if (action == BookingAction::Reschedule)
            keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        else if (action == BookingAction::NoShow)
            keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        else if (action == BookingAction::Completed)
            keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
        else if (action == BookingAction::Arrive)
            keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
        else if (action == BookingAction::EditDetails)
            keys = QKeySequence(Qt::Key_F2);
        else if (action == BookingAction::Cancel)
            keys = QKeySequence(Qt::Key_Delete);
        else if (name == showMenuAction())
            keys = QKeySequence(Qt::Key_Menu);
        return keys.isEmpty() ? QStringList()
                              : QStringList{keys.toString(QKeySequence::NativeText)};
    }

private:
    QPointer<CalendarView> m_view;
    QString m_key;
};

QString bookingIdOf(const QString &key)
{
    return key.startsWith(QLatin1String("b:")) ? key.mid(2) : QString();
}

QDate dateOf(const QString &key)
{
    return QDate::fromString(key.mid(2), Qt::ISODate);
}

} // namespace

CalendarAccessible::CalendarAccessible(CalendarView *view) : QAccessibleWidget(view), m_view(view)
{
    instances().insert(view, this);
}

CalendarAccessible::~CalendarAccessible()
{
    // The view may be half destroyed (QAccessibleCache deletes this from ~QWidget): only its
    // address is used.
    instances().remove(m_view);
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

void CalendarAccessible::install()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        QAccessible::installFactory(&CalendarAccessible::factory);
    }
}

QAccessibleInterface *CalendarAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("CalendarView") && object && object->isWidgetType())
        return new CalendarAccessible(static_cast<CalendarView *>(object));
    return nullptr;
}

CalendarView *CalendarAccessible::view() const
{
    return static_cast<CalendarView *>(object());
}

QAccessible::Role CalendarAccessible::role() const
{
    return QAccessible::List;
}

QString CalendarAccessible::text(QAccessible::Text t) const
{
    const QString own = QAccessibleWidget::text(t);
    if (t != QAccessible::Description || !own.isEmpty())
        return own;
    const CalendarView *calendar = view();
    const QList<QDate> days = calendar->visibleDays();
    if (days.isEmpty())
        return own;
    const QLocale locale = calendar->locale();
    return tr("%1 to %2, use the arrow keys to move between bookings")
        .arg(locale.toString(days.first(), QLocale::LongFormat),
             locale.toString(days.last(), QLocale::LongFormat));
}

QStringList CalendarAccessible::keys(const CalendarView *view)
{
    view->ensureBlocks();
    QStringList result;
    const CalendarGeometry &geometry = view->m_geometry;
    const bool month = view->m_mode == CalendarView::Mode::Month;
    const int headers = month ? std::min(7, geometry.columnCount()) : geometry.columnCount();
    for (int column = 0; column < headers; ++column)
        result.append(QStringLiteral("d:") + geometry.day(column).toString(Qt::ISODate));
    if (!month && geometry.columnOf(view->now()) >= 0)
        result.append(QStringLiteral("now"));
    QSet<QString> seen;
    for (const CalendarBlock &block : std::as_const(view->m_blocks)) {
        if (!seen.contains(block.id)) {
            seen.insert(block.id);
            result.append(QStringLiteral("b:") + block.id);
        }
    }
    if (month) {
        for (int day = 0; day < geometry.columnCount(); ++day) {
            if (view->m_moreCount.value(geometry.day(day)) > 0)
                result.append(QStringLiteral("m:") + geometry.day(day).toString(Qt::ISODate));
        }
    }
    return result;
}

bool CalendarAccessible::hasKey(const CalendarView *view, const QString &key)
{
    if (key.startsWith(QLatin1String("b:")))
        return view->firstBlockOf(key.mid(2)) != nullptr;
    return keys(view).contains(key);
}

int CalendarAccessible::indexOfBooking(const CalendarView *view, const QString &id)
{
    return id.isEmpty() ? -1 : int(keys(view).indexOf(QStringLiteral("b:") + id));
}

void CalendarAccessible::layoutChanged(CalendarView *view)
{
    CalendarAccessible *self = instances().value(view);
    if (!self || self->m_items.isEmpty() || self->m_purgeQueued)
        return;
    self->m_purgeQueued = true;
    // The view is the timer's context: a view destroyed meanwhile took its interface along.
    QTimer::singleShot(0, view, [view] {
        if (CalendarAccessible *self = instances().value(view))
            self->purge();
    });
}

void CalendarAccessible::purge()
{
    m_purgeQueued = false;
    const QStringList shown = keys(view());
    const QSet<QString> current(shown.cbegin(), shown.cend());
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (current.contains(it.key())) {
            ++it;
        } else {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_items.erase(it);
        }
    }
}

int CalendarAccessible::childCount() const
{
    return int(keys(view()).size());
}

QAccessibleInterface *CalendarAccessible::child(int index) const
{
    const QStringList all = keys(view());
    if (index < 0 || index >= all.size())
        return nullptr;
    const QString &key = all.at(index);
    QAccessible::Id id = m_items.value(key);
    if (!id || !QAccessible::accessibleInterface(id)) {
        id = QAccessible::registerAccessibleInterface(new CalendarItemAccessible(view(), key));
        m_items.insert(key, id);
    }
    return QAccessible::accessibleInterface(id);
}

int CalendarAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const CalendarItemAccessible *>(child);
    return item ? int(keys(view()).indexOf(item->key())) : -1;
}

QAccessibleInterface *CalendarAccessible::childAt(int x, int y) const
{
    const QStringList all = keys(view());
    // Later items are drawn on top (bookings over the grid, later lanes over earlier ones).
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (itemRect(view(), all.at(i)).contains(x, y))
            return child(int(i));
    }
    return nullptr;
}

QAccessibleInterface *CalendarAccessible::focusChild() const
{
    const CalendarView *calendar = view();
    if (!calendar->hasFocus())
        return nullptr;
    const int index = indexOfBooking(calendar, calendar->currentBookingId());
    return index >= 0 ? child(index) : nullptr;
}

QString CalendarAccessible::itemName(const CalendarView *view, const QString &key)
{
    const QLocale locale = view->locale();
    const QTimeZone zone = view->timeZone();
    //: The date in the calendar's spoken names of bookings and days, a QLocale date format
    //: (dddd: weekday, d: day, MMMM: month name)
    const QString dayFormat = tr("dddd d MMMM");
    if (key == QLatin1String("now")) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(view->now(), zone);
        return tr("Current time, %1").arg(TimeText::timeOfDay(now, zone, locale));
    }
    if (key.startsWith(QLatin1String("d:"))) {
        const QDate day = dateOf(key);
        if (view->mode() == CalendarView::Mode::Month)
            return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
        const QString name = locale.toString(day, dayFormat);
        const QDate today = QDateTime::fromMSecsSinceEpoch(view->now(), zone).date();
        return day == today ? tr("%1, today").arg(name) : name;
    }
    if (key.startsWith(QLatin1String("m:"))) {
        const QDate day = dateOf(key);
        return tr("%n more booking(s) on %1", nullptr, view->m_moreCount.value(day))
            .arg(locale.toString(day, dayFormat));
    }
    const CalendarBlock *block = view->firstBlockOf(bookingIdOf(key));
    if (!block || !view->m_model)
        return {};
    const BookingRow &row = view->m_model->row(block->row);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(block->startMs, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(block->endMs, zone);
    QStringList parts;
    if (start.date() == end.date()) {
        parts << tr("%1, %2 to %3")
                     .arg(locale.toString(start.date(), dayFormat),
                          TimeText::timeOfDay(start, zone, locale),
                          TimeText::timeOfDay(end, zone, locale));
    } else {
        parts << tr("%1, %2 to %3, %4")
                     .arg(locale.toString(start.date(), dayFormat),
                          TimeText::timeOfDay(start, zone, locale),
                          locale.toString(end.date(), dayFormat),
                          TimeText::timeOfDay(end, zone, locale));
    }
    parts << (row.hasLead && !row.field(BookingRow::Customer).isEmpty()
                  ? row.field(BookingRow::Customer).toString()
                  : tr("no customer"));
    if (!row.field(BookingRow::Service).isEmpty())
        parts << row.field(BookingRow::Service).toString();
    parts << locale.toLower(BookingStatuses::label(row.status));
    if (row.arrivedMs != 0)
        parts << tr("arrived");
    if (view->isPending(block->id))
        parts << tr("change pending");
    return parts.join(QStringLiteral(", "));
}

QString CalendarAccessible::itemDescription(const CalendarView *view, const QString &key)
{
    if (key == QLatin1String("now"))
        return tr("The line across today marks the current time.");
    if (key.startsWith(QLatin1String("m:")))
        return tr("Opens the day with all its bookings.");
    if (key.startsWith(QLatin1String("d:"))) {
        if (view->mode() == CalendarView::Mode::Month)
            return {};
        const QDate day = dateOf(key);
        int count = 0;
        QSet<QString> seen;
        for (const CalendarBlock &block : std::as_const(view->m_blocks)) {
            if (view->m_geometry.day(block.column) == day && !seen.contains(block.id)) {
                seen.insert(block.id);
                ++count;
            }
        }
        return tr("%n booking(s)", nullptr, count);
    }
    // Why it cannot be moved, in the rules' words.
    const CalendarBlock *block = view->firstBlockOf(bookingIdOf(key));
    if (!block || !view->m_model)
        return {};
    const BookingRow &row = view->m_model->row(block->row);
    const BookingFacts facts{row.status, QDateTime::fromMSecsSinceEpoch(row.startMs, Qt::UTC),
                             QDateTime::fromMSecsSinceEpoch(row.endMs, Qt::UTC),
                             row.arrivedMs != 0};
    const RuleVerdict verdict = BookingRules::check(BookingAction::Reschedule, facts, Clock::now());
    return verdict ? QString() : verdict.reason;
}

QRect CalendarAccessible::itemRect(const CalendarView *view, const QString &key)
{
    const CalendarGeometry &geometry = view->m_geometry;
    const bool month = view->mode() == CalendarView::Mode::Month;
    QRectF rect;
    if (key == QLatin1String("now")) {
        const qint64 now = view->now();
        const int column = geometry.columnOf(now);
        if (column < 0)
            return {};
        rect = view->toViewport(QRectF(geometry.columnLeft(column), geometry.yOf(column, now) - 2,
                                       geometry.columnWidth(), 4));
    } else if (key.startsWith(QLatin1String("d:"))) {
        const int column = int(view->m_days.indexOf(dateOf(key)));
        if (column < 0)
            return {};
        rect = QRectF(view->rulerWidth() + geometry.columnLeft(month ? column % 7 : column), 0,
                      geometry.columnWidth(), view->headerHeight());
    } else if (key.startsWith(QLatin1String("m:"))) {
        const int day = int(view->m_days.indexOf(dateOf(key)));
        if (day < 0)
            return {};
        rect = view->toViewport(CalendarMonthPainter::moreLineRect(*view, day));
    } else {
        const CalendarBlock *block = view->firstBlockOf(bookingIdOf(key));
        if (!block)
            return {};
        rect = view->toViewport(block->rect);
    }
    const QRect local = rect.toAlignedRect();
    return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role CalendarAccessible::itemRole(const QString &key)
{
    if (key == QLatin1String("now"))
        return QAccessible::StaticText;
    if (key.startsWith(QLatin1String("d:")))
        return QAccessible::ColumnHeader;
    if (key.startsWith(QLatin1String("m:")))
        return QAccessible::Button;
    return QAccessible::ListItem;
}

QAccessible::State CalendarAccessible::itemState(const CalendarView *view, const QString &key)
{
    QAccessible::State state;
    if (!view->isVisible()) {
        state.invisible = true;
        return state;
    }
    // Scrolled out of the grid (it stays a child: the arrow keys reach it).
    const QRect shown(
        view->viewport()->mapToGlobal(QPoint(view->rulerWidth(), view->headerHeight())),
        view->viewport()->size() - QSize(view->rulerWidth(), view->headerHeight()));
    const QRect rect = itemRect(view, key);
    if (key.startsWith(QLatin1String("d:"))) {
        state.readOnly = true;
        return state;
    }
    state.offscreen = !rect.intersects(shown);
    if (key.startsWith(QLatin1String("m:")) || key == QLatin1String("now"))
        return state;
    const QString id = bookingIdOf(key);
    state.focusable = true;
    state.selectable = true;
    state.selected = id == view->currentBookingId();
    state.focused = state.selected && view->hasFocus();
    // Read-only where the rules forbid moving it (completed, cancelled, begun, …).
    const int row = view->m_model ? view->m_model->rowOf(id) : -1;
    if (row >= 0) {
        const BookingRow &booking = view->m_model->row(row);
        const BookingFacts facts{
            booking.status, QDateTime::fromMSecsSinceEpoch(booking.startMs, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(booking.endMs, Qt::UTC), booking.arrivedMs != 0};
        state.readOnly = !BookingRules::allows(BookingAction::Reschedule, facts, Clock::now());
    }
    return state;
}

QStringList CalendarAccessible::itemActions(const CalendarView *view, const QString &key)
{
    if (key.startsWith(QLatin1String("m:")))
        return {QAccessibleActionInterface::pressAction()};
    if (!key.startsWith(QLatin1String("b:")))
        return {};
    QStringList names{QAccessibleActionInterface::pressAction(),
                      QAccessibleActionInterface::showMenuAction()};
    for (const BookingAction action : view->availableActions(bookingIdOf(key)))
        names.append(nameOf(action));
    return names;
}

QString CalendarAccessible::actionText(const QString &action)
{
    if (const std::optional<BookingAction> booking = actionOf(action))
        return BookingRules::actionName(*booking);
    if (action == QAccessibleActionInterface::pressAction())
        return tr("Select");
    if (action == QAccessibleActionInterface::showMenuAction())
        return tr("Show the booking's menu");
    return action;
}

void CalendarAccessible::doItemAction(CalendarView *view, const QString &key, const QString &action)
{
    if (key.startsWith(QLatin1String("m:"))) {
        view->openDay(dateOf(key));
        return;
    }
    const QString id = bookingIdOf(key);
    if (action == QAccessibleActionInterface::pressAction()) {
        view->setFocus(Qt::OtherFocusReason);
        if (id != view->currentBookingId()) {
            view->setCurrentBookingId(id);
            Q_EMIT view->currentBookingChanged(id);
        }
        return;
    }
    // A menu or a dialog runs an event loop of its own: queued, so the assistive technology's
    // call returns first (AT-SPI waits for its answer).
    QPointer<CalendarView> guard(view);
    if (action == QAccessibleActionInterface::showMenuAction()) {
        QMetaObject::invokeMethod(
            view,
            [guard, id] {
                if (guard)
                    guard->requestContextMenu(id);
            },
            Qt::QueuedConnection);
    } else if (const std::optional<BookingAction> booking = actionOf(action)) {
        const BookingAction chosen = *booking;
        QMetaObject::invokeMethod(
            view,
            [guard, id, chosen] {
                if (guard)
                    guard->requestBookingAction(chosen, id);
            },
            Qt::QueuedConnection);
    }
}
