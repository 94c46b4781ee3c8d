#include "calendarpane.h"

#include "appsettings.h"
#include "bookingactioncontroller.h"
#include "bookingactionset.h"
#include "calendarnavigator.h"
#include "calendarview.h"

#include <QSettings>
#include <QVBoxLayout>

static_assert(AppSettings::minHourHeight == CalendarView::kMinHourHeight &&
              AppSettings::maxHourHeight == CalendarView::kMaxHourHeight);

CalendarPane::CalendarPane(BookingTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new CalendarView(this))
    , m_navigator(new CalendarNavigator(m_view, this))
{
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Calendar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view, &CalendarView::currentBookingChanged, this,
            &CalendarPane::currentBookingChanged);
    connect(m_view, &CalendarView::bookingActivated, this, &CalendarPane::bookingActivated);
    connect(m_view, &CalendarView::hourHeightChanged, this, &CalendarPane::hourHeightChanged);
}

void CalendarPane::setBookingActions(BookingActionSet *actions, BookingActionController *controller)
{
    // A drop or a keyboard move is only a wish until the controller's confirmation; every
    // outcome (sent, refused, abandoned) gives the block back to the model's times.
    connect(m_view, &CalendarView::rescheduleRequested, controller,
            &BookingActionController::rescheduleTo);
    connect(controller, &BookingActionController::finished, m_view,
            [this](const QString &id) { m_view->endReschedule(id); });
    m_view->addAction(actions->cancel()); // Del cancels while the calendar has focus
    connect(m_view, &CalendarView::contextMenuRequested, actions,
            [this, actions](const QString &, const QPoint &globalPos) {
                actions->execContextMenu(m_view, globalPos);
            });
    connect(m_view, &CalendarView::currentBookingChanged, actions, &BookingActionSet::update);
    // The accessible children's booking actions (the view queued them already, so a dialog's
    // event loop never runs inside an assistive technology's call).
    connect(
        m_view, &CalendarView::bookingActionRequested, controller,
        [controller](BookingAction action, const QString &id) { controller->trigger(action, id); });
}

void CalendarPane::setSlotProvider(SlotProvider *provider)
{
    m_view->setSlotProvider(provider);
}

void CalendarPane::applySettings(const AppSettings &settings)
{
    m_view->setTimeZone(settings.timeZone());
    m_view->setBusinessHours(settings.businessStart, settings.businessEnd);
    m_navigator->setSnap(settings.snapMinutes, settings.snapToSlots);
    m_view->setHourHeight(settings.hourHeight);
}

void CalendarPane::showBooking(const QString &id)
{
    m_view->setCurrentBookingId(id);
}

void CalendarPane::restoreSettings(const QSettings &settings)
{
    m_navigator->restoreSettings(settings);
}

void CalendarPane::saveSettings(QSettings &settings) const
{
    m_navigator->saveSettings(settings);
    settings.setValue(AppSettings::hourHeightKey(), m_view->hourHeight());
}
