#include "calendarnavigator.h"

#include "calendarview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>

namespace {

QToolButton *button(const QString &text, const QString &accessibleName, const QString &tip,
                    QWidget *parent)
{
    auto *result = new QToolButton(parent);
    result->setText(text);
    result->setAccessibleName(accessibleName);
    result->setToolTip(tip);
    return result;
}

} // namespace

CalendarNavigator::CalendarNavigator(CalendarView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_dateEdit(new QDateEdit(this))
    , m_rangeLabel(new QLabel(this))
    , m_filterNote(new QLabel(this))
    , m_modes(new QButtonGroup(this))
    , m_snap(new QComboBox(this))
{
    setAccessibleName(tr("Calendar navigation"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    QToolButton *previous =
        button(QStringLiteral("‹"), tr("Previous"), tr("Show the previous period (Page Up)"), this);
    QToolButton *today = button(tr("Today"), tr("Today"), tr("Show today"), this);
    QToolButton *next =
        button(QStringLiteral("›"), tr("Next"), tr("Show the next period (Page Down)"), this);
    connect(previous, &QToolButton::clicked, view, &CalendarView::showPrevious);
    connect(today, &QToolButton::clicked, view, &CalendarView::showToday);
    connect(next, &QToolButton::clicked, view, &CalendarView::showNext);
    layout->addWidget(previous);
    layout->addWidget(today);
    layout->addWidget(next);

    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setAccessibleName(tr("Go to date"));
    connect(m_dateEdit, &QDateEdit::dateChanged, view, &CalendarView::setDate);
    layout->addWidget(m_dateEdit);
    m_rangeLabel->setAccessibleName(tr("Shown period"));
    layout->addWidget(m_rangeLabel, 1);
    m_filterNote->setAccessibleName(tr("Calendar filter"));
    m_filterNote->setVisible(false);
    layout->addWidget(m_filterNote);

    // Minutes; 0 = the available slots.
    for (const int minutes : {5, 15, 30})
        m_snap->addItem(tr("Snap: %n min", nullptr, minutes), minutes);
    m_snap->addItem(tr("Snap: free slots"), 0);
    m_snap->setCurrentIndex(m_snap->findData(view->snapMinutes()));
    m_snap->setAccessibleName(tr("Snap dragged bookings to"));
    m_snap->setToolTip(tr("Where a dragged booking lands: whole steps of minutes, or only the "
                          "available slots"));
    connect(m_snap, &QComboBox::currentIndexChanged, this, [this] {
        applySnap();
        Q_EMIT snapChanged(m_view->snapMinutes(), m_view->snapToSlots());
    });
    layout->addWidget(m_snap);

    struct ModeButton
    {
        CalendarView::Mode mode;
        QString label;
        QString tip;
    };
    const QList<ModeButton> modes = {
        {CalendarView::Mode::Day, tr("Day"), tr("Show one day")},
        {CalendarView::Mode::WorkWeek, tr("Work week"), tr("Show the working days of the week")},
        {CalendarView::Mode::Week, tr("Week"), tr("Show the whole week")},
        {CalendarView::Mode::Month, tr("Month"), tr("Show the month")}};
    for (const ModeButton &mode : modes) {
        QToolButton *modeButton = button(mode.label, mode.label, mode.tip, this);
        modeButton->setCheckable(true);
        m_modes->addButton(modeButton, int(mode.mode));
        layout->addWidget(modeButton);
    }
    connect(m_modes, &QButtonGroup::idClicked, view,
            [view](int id) { view->setMode(CalendarView::Mode(id)); });
    connect(view, &CalendarView::visibleRangeChanged, this, &CalendarNavigator::sync);
    connect(view, &CalendarView::modeChanged, this, &CalendarNavigator::sync);
    connect(view, &CalendarView::dateChanged, this, &CalendarNavigator::sync);
    sync();
}

void CalendarNavigator::sync()
{
    const QSignalBlocker blocker(m_dateEdit);
    m_dateEdit->setDate(m_view->date());
    if (QAbstractButton *checked = m_modes->button(int(m_view->mode())))
        checked->setChecked(true);
    const QList<QDate> days = m_view->visibleDays();
    const QLocale locale = this->locale();
    if (days.isEmpty())
        m_rangeLabel->clear();
    else if (m_view->mode() == CalendarView::Mode::Month)
        m_rangeLabel->setText(locale.toString(m_view->date(), QStringLiteral("MMMM yyyy")));
    else if (days.size() == 1)
        m_rangeLabel->setText(locale.toString(days.first(), QLocale::LongFormat));
    else
        m_rangeLabel->setText(
            tr("%1 – %2").arg(locale.toString(days.first(), QLocale::ShortFormat),
                              locale.toString(days.last(), QLocale::ShortFormat)));
}

void CalendarNavigator::applySnap()
{
    const int minutes = m_snap->currentData().toInt();
    m_view->setSnapToSlots(minutes == 0);
    if (minutes > 0)
        m_view->setSnapMinutes(minutes);
}

void CalendarNavigator::setSnap(int minutes, bool toSlots)
{
    const QSignalBlocker blocker(m_snap);
    const int index = m_snap->findData(toSlots ? 0 : minutes);
    m_snap->setCurrentIndex(index >= 0 ? index : m_snap->findData(15));
    applySnap();
}

void CalendarNavigator::setFilterNote(const QString &text)
{
    m_filterNote->setText(text);
    m_filterNote->setToolTip(text);
    m_filterNote->setVisible(!text.isEmpty());
}

QString CalendarNavigator::filterNote() const
{
    return m_filterNote->text();
}

void CalendarNavigator::restoreSettings(const QSettings &settings)
{
    const int mode = settings.value(QStringLiteral("calendar/mode"), int(m_view->mode())).toInt();
    if (mode >= int(CalendarView::Mode::Day) && mode <= int(CalendarView::Mode::Month))
        m_view->setMode(CalendarView::Mode(mode));
    setSnap(settings.value(QStringLiteral("calendar/snapMinutes"), 15).toInt(),
            settings.value(QStringLiteral("calendar/snapToSlots"), false).toBool());
}

void CalendarNavigator::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("calendar/mode"), int(m_view->mode()));
    settings.setValue(QStringLiteral("calendar/snapMinutes"), m_view->snapMinutes());
    settings.setValue(QStringLiteral("calendar/snapToSlots"), m_view->snapToSlots());
}
