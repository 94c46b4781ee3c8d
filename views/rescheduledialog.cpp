#include "rescheduledialog.h"

#include "apiclient.h"
#include "bookingrules.h"
#include "clock.h"
#include "reschedulecheck.h"
#include "timetext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int kSlotRole = Qt::UserRole + 1; // index into m_slots; -1: not choosable

} // namespace

RescheduleDialog::RescheduleDialog(ApiClient *client, const Booking &booking, const QTimeZone &zone,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_booking(booking)
    , m_zone(zone)
    , m_from(new QDateEdit(this))
    , m_days(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_custom(new QCheckBox(tr("&Custom time"), this))
    , m_customStart(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_warning(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_noShows(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    const QString customer =
        booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name : tr("(no name)");
    setWindowTitle(tr("Reschedule – %1").arg(customer));

    const QDateTime local = booking.startTime.toTimeZone(zone);
    const QDate today = Clock::now().toTimeZone(zone).date();
    m_from->setDate(qMax(today, local.date()));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_days->setRange(1, 14);
    m_days->setValue(3);
    m_days->setSuffix(tr(" day(s)"));
    m_days->setAccessibleName(tr("Number of days"));
    auto *load = new QPushButton(tr("&Show slots"), this);

    m_tree->setHeaderLabels({tr("Available slots")});
    m_tree->setAccessibleName(tr("Available slots"));
    m_tree->setRootIsDecorated(true);
    m_state->setWordWrap(true);

    // QDateTimeEdit (Qt 6.4) knows no time zones: it edits the wall clock of the display
    // zone, and chosen() places that in the zone.
    m_customStart->setDateTime(QDateTime(local.date(), local.time()));
    m_customStart->setCalendarPopup(true);
    m_customStart->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' +
                                    TimeText::timeFormat());
    m_customStart->setAccessibleName(tr("Custom start"));
    m_customStart->setEnabled(false);
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(int(qMax<qint64>(5, booking.durationSecs() / 60)));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_warning->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Change to send"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPushButton *ok = m_buttons->addButton(tr("&Reschedule"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("rescheduleButton"));
    ok->setEnabled(false);
    ok->setDefault(true); // Enter on a chosen slot reschedules

    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(m_days);
    range->addWidget(load);
    range->addStretch();
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_custom);
    custom->addWidget(m_customStart, 1);
    custom->addWidget(m_duration);

    m_noShows->setObjectName(QStringLiteral("noShowWarning"));
    m_noShows->setAccessibleName(tr("No-show warning"));
    m_noShows->setWordWrap(true);
    m_noShows->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4403; padding: 4px; font-weight: bold;"));
    m_noShows->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noShows);
    layout->addWidget(new QLabel(
        tr("Now: %1").arg(RescheduleCheck::timeRange(booking.startTime, booking.endTime, zone)),
        this));
    layout->addLayout(range);
    layout->addWidget(m_state);
    layout->addWidget(m_tree, 1);
    layout->addLayout(custom);
    layout->addWidget(m_warning);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // Reading order ("Show slots" is made after the buttons), and the keyboard starts on the
    // slots, where the choice is made.
    setTabOrder(m_days, load);
    m_tree->setFocus(Qt::OtherFocusReason);

    connect(load, &QPushButton::clicked, this, &RescheduleDialog::loadSlots);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_tree->currentItem() && m_tree->currentItem()->data(0, kSlotRole).toInt() >= 0)
            m_custom->setChecked(false);
        updateSummary();
    });
    connect(m_custom, &QCheckBox::toggled, this, [this](bool on) {
        m_customStart->setEnabled(on);
        updateSummary();
    });
    connect(m_customStart, &QDateTimeEdit::dateTimeChanged, this, &RescheduleDialog::updateSummary);
    connect(m_duration, &QSpinBox::valueChanged, this, &RescheduleDialog::updateSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 560);
    updateSummary();
    if (m_client)
        loadSlots();
}

void RescheduleDialog::loadSlots()
{
    if (!m_client)
        return;
    m_state->setText(tr("Loading available slots…"));
    const QDate from = m_from->date();
    m_client->availableSlots(
        from, from.addDays(m_days->value() - 1), this, [this](const ApiResult<SlotList> &result) {
            if (!result.ok()) {
                setSlots({});
                m_state->setText(tr("The available slots could not be loaded: %1 You can still "
                                    "enter a custom time.")
                                     .arg(result.error().userMessage()));
                return;
            }
            setSlots(result.value().timeSlots);
        });
}

void RescheduleDialog::setSlots(const QList<TimeSlot> &offered)
{
    // A slot that has begun is never offered (the server lists today's whole day).
    const QDateTime now = Clock::now();
    m_slots.clear();
    for (const TimeSlot &slot : offered) {
        if (BookingRules::checkNewTime(slot.start, slot.start.addSecs(m_booking.durationSecs()),
                                       now))
            m_slots.append(slot);
    }
    std::sort(m_slots.begin(), m_slots.end(),
              [](const TimeSlot &a, const TimeSlot &b) { return a.start < b.start; });
    m_tree->clear();
    const QLocale locale;
    QMap<QDate, QTreeWidgetItem *> days;
    const auto dayItem = [&](const QDate &day) {
        QTreeWidgetItem *&item = days[day];
        if (!item) {
            item = new QTreeWidgetItem(m_tree, {locale.toString(day, QLocale::LongFormat)});
            item->setData(0, kSlotRole, -1);
            item->setFlags(Qt::ItemIsEnabled);
        }
        return item;
    };
    // The current slot is booked (by this booking), so the API does not list it: it is
    // added in its place, marked, and not choosable (index -1).
    QList<std::pair<TimeSlot, int>> rows;
    for (int i = 0; i < m_slots.size(); ++i)
        rows.append({m_slots.at(i), i});
    const QDate currentDay = RescheduleCheck::dayIn(m_booking.startTime, m_zone);
    if (currentDay >= m_from->date() && currentDay < m_from->date().addDays(m_days->value()))
        rows.append({TimeSlot{m_booking.startTime, m_booking.endTime}, -1});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    for (const auto &[slot, index] : rows) {
        const QDateTime start = slot.start.toTimeZone(m_zone);
        const QString text =
            tr("%1–%2").arg(RescheduleCheck::timeText(start.time()),
                            RescheduleCheck::timeText(slot.end.toTimeZone(m_zone).time()));
        auto *item = new QTreeWidgetItem(dayItem(start.date()),
                                         {index < 0 ? tr("%1 (current)").arg(text) : text});
        item->setData(0, kSlotRole, index);
        if (index < 0) {
            item->setFlags(Qt::ItemIsEnabled);
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    m_tree->expandAll();
    m_state->setText(m_slots.isEmpty() ? tr("No available slots in these days.")
                                       : tr("%n available slot(s).", nullptr, int(m_slots.size())));
    updateSummary();
}

int RescheduleDialog::slotCount() const
{
    return int(m_slots.size());
}

bool RescheduleDialog::selectSlot(int index)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kSlotRole).toInt() == index && index >= 0) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void RescheduleDialog::setCustomTime(const QDateTime &start)
{
    m_custom->setChecked(true);
    const QDateTime local = start.toTimeZone(m_zone);
    m_customStart->setDateTime(QDateTime(local.date(), local.time()));
}

std::optional<ActionPrompter::NewTime> RescheduleDialog::chosen() const
{
    if (m_custom->isChecked()) {
        const QDateTime wall = m_customStart->dateTime();
        const QDateTime start = QDateTime(wall.date(), wall.time(), m_zone).toUTC();
        return ActionPrompter::NewTime{start, start.addSecs(qint64(m_duration->value()) * 60)};
    }
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, kSlotRole).toInt() : -1;
    if (index < 0 || index >= m_slots.size())
        return std::nullopt;
    // A slot gives the start; the booking keeps its length.
    const QDateTime start = m_slots.at(index).start;
    return ActionPrompter::NewTime{start, start.addSecs(m_booking.durationSecs())};
}

QString RescheduleDialog::summaryText() const
{
    return m_summary->text();
}

QString RescheduleDialog::warningText() const
{
    return m_warning->text();
}

void RescheduleDialog::updateSummary()
{
    const std::optional<ActionPrompter::NewTime> time = chosen();
    const RuleVerdict allowed =
        time ? BookingRules::checkNewTime(time->start, time->end, Clock::now()) : RuleVerdict{};
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(allowed && time->start != m_booking.startTime);
    }
    if (!time) {
        m_summary->setText(tr("Choose a slot or enter a custom time."));
        m_warning->clear();
        return;
    }
    if (!allowed) {
        m_warning->setText(allowed.reason);
    } else {
        m_warning->setText(
            m_custom->isChecked() && !RescheduleCheck::isOffered(m_slots, time->start, time->end)
                ? tr("This custom time is not one of the offered slots: make sure the "
                     "practitioner is available.")
                : QString());
    }
    QString text =
        tr("Change: %1 → %2")
            .arg(RescheduleCheck::timeRange(m_booking.startTime, m_booking.endTime, m_zone),
                 RescheduleCheck::timeRange(time->start, time->end, m_zone));
    if (RescheduleCheck::offsetChangesBetween(m_booking.startTime, time->start, m_zone))
        text += u'\n' + tr("The clocks change (daylight saving time) in between.");
    m_summary->setText(text);
}

void RescheduleDialog::setNoShowWarning(const QString &text)
{
    m_noShows->setText(text.isEmpty() ? QString() : tr("⚠ %1").arg(text));
    m_noShows->setVisible(!text.isEmpty());
}

QString RescheduleDialog::noShowWarning() const
{
    return m_noShows->isVisibleTo(this) ? m_noShows->text() : QString();
}
