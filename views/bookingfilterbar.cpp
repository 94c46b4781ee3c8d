#include "bookingfilterbar.h"

#include "bookingfilterproxy.h"
#include "bookingtablemodel.h"
#include "clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

namespace {

// Long enough to let a word be typed, short enough to feel immediate.
constexpr int kSearchDelayMs = 200;
// The day timer wakes at least this often: QTimer's clock stops while the computer sleeps,
// so a single timer to midnight could fire hours late after a suspend.
constexpr qint64 kMaxDayTimerMs = 60 * 60 * 1000;

} // namespace

BookingFilterBar::BookingFilterBar(BookingFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_date(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_dayTimer.setSingleShot(true);
    m_dayTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_dayTimer, &QTimer::timeout, this, &BookingFilterBar::onDayTimer);
    m_search->setPlaceholderText(tr("Search name, email, phone, service, notes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search bookings"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &BookingFilterBar::applySearchNow);
    connect(&m_searchDelay, &QTimer::timeout, this, &BookingFilterBar::applySearchNow);

    m_statusButton->setText(tr("Status"));
    m_statusButton->setToolTip(tr("Show bookings with these statuses"));
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_statusMenu);
    for (BookingStatus status : BookingStatuses::all()) {
        QAction *action = m_statusMenu->addAction(BookingStatuses::label(status));
        action->setCheckable(true);
        action->setChecked(status != BookingStatus::Cancelled);
        action->setData(int(status));
        connect(action, &QAction::toggled, this, &BookingFilterBar::applyStatuses);
    }

    m_date->setAccessibleName(tr("Date filter"));
    for (DatePreset::Preset preset : DatePreset::all())
        m_date->addItem(DatePreset::label(preset), int(preset));
    m_date->setCurrentIndex(m_date->findData(int(DatePreset::All)));
    const QDate today = Clock::today(displayTimeZone());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &BookingFilterBar::onDateChanged);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    connect(m_date, &QComboBox::currentIndexChanged, this, &BookingFilterBar::onDateChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_date);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    applyStatuses();
    onDateChanged();
}

DatePreset::Preset BookingFilterBar::datePreset() const
{
    return DatePreset::Preset(m_date->currentData().toInt());
}

void BookingFilterBar::setDatePreset(DatePreset::Preset preset)
{
    m_date->setCurrentIndex(m_date->findData(int(preset)));
}

void BookingFilterBar::setCustomRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    setDatePreset(DatePreset::Custom);
}

void BookingFilterBar::setStatusVisible(BookingStatus status, bool visible)
{
    for (QAction *action : m_statusMenu->actions()) {
        if (action->data().toInt() == int(status))
            action->setChecked(visible);
    }
}

void BookingFilterBar::applySearchNow()
{
    m_searchDelay.stop();
    m_proxy->setSearchText(m_search->text());
    Q_EMIT filtersChanged();
}

void BookingFilterBar::applyStatuses()
{
    QList<BookingStatus> statuses;
    for (const QAction *action : m_statusMenu->actions()) {
        if (action->isChecked())
            statuses.append(BookingStatus(action->data().toInt()));
    }
    const bool all = statuses.size() == BookingStatuses::all().size();
    m_statusButton->setText(
        all ? tr("All statuses")
            : tr("Statuses: %1 of %2").arg(statuses.size()).arg(BookingStatuses::all().size()));
    // Screen readers say the name ("Status filter") and this: "Statuses: 4 of 5".
    m_statusButton->setAccessibleDescription(m_statusButton->text());
    m_proxy->setStatuses(statuses);
    Q_EMIT filtersChanged();
}

void BookingFilterBar::onDateChanged()
{
    const bool custom = datePreset() == DatePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    refreshDateRange();
}

QTimeZone BookingFilterBar::displayTimeZone() const
{
    const BookingTableModel *model = m_proxy->bookingModel();
    return model ? model->displayTimeZone() : QTimeZone::systemTimeZone();
}

void BookingFilterBar::refreshDateRange()
{
    const QTimeZone zone = displayTimeZone();
    const QDateTime now = Clock::now();
    const DatePreset::Range range =
        DatePreset::range(datePreset(), now, zone, m_from->date(), m_to->date());
    m_proxy->setStartRange(range.fromMs, range.toMs);
    m_rangeDay = now.toTimeZone(zone).date();
    armDayTimer(now);
    Q_EMIT filtersChanged();
}

void BookingFilterBar::armDayTimer(const QDateTime &now)
{
    // Shortly after the next midnight, so that the new day has surely begun.
    const qint64 toMidnight = now.msecsTo(m_rangeDay.addDays(1).startOfDay(displayTimeZone())) + 50;
    m_dayTimer.start(int(qBound(qint64(50), toMidnight, kMaxDayTimerMs)));
}

void BookingFilterBar::onDayTimer()
{
    const QTimeZone zone = displayTimeZone();
    if (Clock::now().toTimeZone(zone).date() != m_rangeDay)
        refreshDateRange();
    else
        armDayTimer(Clock::now()); // woken early (the hourly cap): wait again
}

void BookingFilterBar::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("filters/search"), m_search->text());
    settings.setValue(QStringLiteral("filters/date"), DatePreset::settingsKey(datePreset()));
    settings.setValue(QStringLiteral("filters/from"), m_from->date());
    settings.setValue(QStringLiteral("filters/to"), m_to->date());
    QStringList hidden;
    for (const QAction *action : m_statusMenu->actions()) {
        if (!action->isChecked())
            hidden.append(BookingStatuses::wireName(BookingStatus(action->data().toInt())));
    }
    settings.setValue(QStringLiteral("filters/hiddenStatuses"), hidden);
}

void BookingFilterBar::restoreSettings(const QSettings &settings)
{
    if (!settings.contains(QStringLiteral("filters/date")))
        return;
    const QStringList hidden =
        settings.value(QStringLiteral("filters/hiddenStatuses")).toStringList();
    for (QAction *action : m_statusMenu->actions()) {
        const BookingStatus status = BookingStatus(action->data().toInt());
        action->setChecked(!hidden.contains(BookingStatuses::wireName(status)));
    }
    const QDate from = settings.value(QStringLiteral("filters/from")).toDate();
    const QDate to = settings.value(QStringLiteral("filters/to")).toDate();
    if (from.isValid() && to.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setDatePreset(
        DatePreset::fromSettingsKey(settings.value(QStringLiteral("filters/date")).toString())
            .value_or(DatePreset::All));
    m_search->setText(settings.value(QStringLiteral("filters/search")).toString());
    applySearchNow();
}
