#include "calendarnavigator.h"

#include "calendarview.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    , m_modes(new QButtonGroup(this))
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
