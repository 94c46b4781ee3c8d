#include "settingsdialog.h"

#include "clock.h"
#include "serverurl.h"
#include "timetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}

// Editable from the start: its field is then next to it in the Tab order. Made editable only
// once the other fields exist, Shift+Tab from the last of them would land on it.
QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    return combo;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_tabs(new QTabWidget(this))
    , m_server(new QLineEdit(this))
    , m_serverNote(noteLabel(this))
    , m_refresh(new QSpinBox(this))
    , m_zone(editableCombo(this))
    , m_language(new QComboBox(this))
    , m_languageNote(noteLabel(this))
    , m_snap(new QComboBox(this))
    , m_snapToSlots(new QCheckBox(tr("Snap only to &available slots"), this))
    , m_businessStart(new QTimeEdit(this))
    , m_businessEnd(new QTimeEdit(this))
    , m_datePreset(new QComboBox(this))
    , m_notifyNew(new QCheckBox(tr("New &bookings"), this))
    , m_notifyChanges(new QCheckBox(tr("Bookings &moved or cancelled elsewhere"), this))
    , m_notifyReminders(new QCheckBox(tr("&Reminders before a booking starts"), this))
    , m_reminderMinutes(new QSpinBox(this))
    , m_notifyLate(new QCheckBox(tr("Late c&ustomers"), this))
    , m_graceMinutes(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    QTabWidget *tabs = m_tabs;
    tabs->addTab(createGeneralPage(), tr("&General"));
    tabs->addTab(createCalendarPage(), tr("&Calendar"));
    tabs->addTab(createListPage(), tr("&List"));
    tabs->addTab(createNotificationsPage(), tr("&Notifications"));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_error->setAccessibleName(tr("Problem with the settings"));
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Tab in reading order: the status boxes (made with their page, after the other fields)
    // go between the business hours and the default dates.
    QWidget *previous = m_businessEnd;
    for (BookingStatus status : BookingStatuses::all()) {
        QCheckBox *box = m_statuses.value(status);
        setTabOrder(previous, box);
        previous = box;
    }
    updateNotes();
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_server->setText(m_initial.server.toDisplayString());
    m_server->setPlaceholderText(tr("https://bookings.example.com"));
    m_server->setAccessibleName(tr("Server address"));
    connect(m_server, &QLineEdit::textChanged, this, &SettingsDialog::updateNotes);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(m_serverNote);

    m_refresh->setRange(0, AppSettings::maxRefreshSeconds);
    m_refresh->setSingleStep(15);
    m_refresh->setSuffix(tr(" seconds"));
    m_refresh->setSpecialValueText(tr("Never (refresh by hand)"));
    m_refresh->setValue(m_initial.refreshSeconds);
    m_refresh->setAccessibleName(tr("Refresh interval in seconds"));
    form->addRow(tr("&Refresh every:"), m_refresh);

    // Every zone the system knows, searchable by any part of its name ("kolkata").
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setAccessibleName(tr("Display time zone"));
    const QTimeZone system = QTimeZone::systemTimeZone();
    m_zone->addItem(tr("System (%1)").arg(QString::fromUtf8(system.id())), QString());
    const QDateTime now = Clock::now();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromUtf8(id);
        m_zone->addItem(name, name);
        m_zone->setItemData(m_zone->count() - 1,
                            QTimeZone(id).displayName(now, QTimeZone::OffsetName), Qt::ToolTipRole);
    }
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(m_initial.displayZone)));
    form->addRow(tr("Display &time zone:"), m_zone);

    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that it can be found by someone who cannot read
    // the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initial.language)));
    m_language->setAccessibleName(tr("Language"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNotes);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_languageNote);
    return page;
}

QWidget *SettingsDialog::createCalendarPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    for (int minutes : AppSettings::snapSteps())
        m_snap->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    m_snap->setCurrentIndex(qMax(0, m_snap->findData(m_initial.snapMinutes)));
    m_snap->setAccessibleName(tr("Snap step"));
    form->addRow(tr("&Snap to:"), m_snap);
    m_snapToSlots->setChecked(m_initial.snapToSlots);
    m_snapToSlots->setToolTip(tr("Dragged bookings land only on times the server offers"));
    form->addRow(m_snapToSlots);

    for (QTimeEdit *edit : {m_businessStart, m_businessEnd})
        edit->setDisplayFormat(TimeText::timeFormat());
    m_businessStart->setTime(m_initial.businessStart);
    m_businessEnd->setTime(m_initial.businessEnd);
    m_businessStart->setAccessibleName(tr("Business hours start"));
    m_businessEnd->setAccessibleName(tr("Business hours end"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_businessStart);
    hours->addWidget(new QLabel(tr("to"), page));
    hours->addWidget(m_businessEnd);
    hours->addStretch(1);
    // A row of several widgets gets no buddy by itself: without one the & would show.
    auto *hoursLabel = new QLabel(tr("&Business hours:"), page);
    hoursLabel->setBuddy(m_businessStart);
    form->addRow(hoursLabel, hours);
    return page;
}

QWidget *SettingsDialog::createListPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *statuses = new QVBoxLayout;
    for (BookingStatus status : BookingStatuses::all()) {
        auto *box = new QCheckBox(BookingStatuses::label(status), page);
        box->setChecked(m_initial.defaultStatuses.contains(status));
        m_statuses.insert(status, box);
        statuses->addWidget(box);
    }
    form->addRow(tr("Show bookings that are:"), statuses);
    for (DatePreset::Preset preset : DatePreset::all()) {
        if (preset != DatePreset::Custom)
            m_datePreset->addItem(DatePreset::label(preset), int(preset));
    }
    m_datePreset->setCurrentIndex(
        qMax(0, m_datePreset->findData(int(m_initial.defaultDatePreset))));
    m_datePreset->setAccessibleName(tr("Default dates"));
    form->addRow(tr("&Dates:"), m_datePreset);
    auto *note = noteLabel(page);
    note->setText(tr("The list starts with these filters and returns to them when they are "
                     "changed here."));
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::createNotificationsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_notifyNew->setChecked(m_initial.notifyNewBookings);
    m_notifyNew->setToolTip(tr("Bookings that arrived since the last refresh, such as the ones "
                               "the AI receptionist made"));
    form->addRow(m_notifyNew);
    m_notifyChanges->setChecked(m_initial.notifyChanges);
    m_notifyChanges->setToolTip(tr("Changes made on the server or at another desk, not here"));
    form->addRow(m_notifyChanges);

    m_notifyReminders->setChecked(m_initial.notifyReminders);
    form->addRow(m_notifyReminders);
    m_reminderMinutes->setRange(1, AppSettings::maxReminderMinutes);
    m_reminderMinutes->setSuffix(tr(" minutes before"));
    m_reminderMinutes->setValue(m_initial.reminderMinutes);
    m_reminderMinutes->setAccessibleName(tr("Reminder minutes before the start"));
    m_reminderMinutes->setEnabled(m_notifyReminders->isChecked());
    connect(m_notifyReminders, &QCheckBox::toggled, m_reminderMinutes, &QSpinBox::setEnabled);
    form->addRow(tr("Remin&d:"), m_reminderMinutes);

    m_notifyLate->setChecked(m_initial.notifyLate);
    m_notifyLate->setToolTip(tr("A customer not marked as arrived some minutes after the start"));
    form->addRow(m_notifyLate);
    // Not tied to the box above: the day's late count uses the same minutes.
    m_graceMinutes->setRange(0, AppSettings::maxGraceMinutes);
    m_graceMinutes->setSuffix(tr(" minutes after the start"));
    m_graceMinutes->setValue(m_initial.graceMinutes);
    m_graceMinutes->setAccessibleName(tr("Minutes after the start until a customer is late"));
    form->addRow(tr("La&te after:"), m_graceMinutes);

    auto *note = noteLabel(page);
    note->setText(tr("More than five at once come as one summary. Nothing is shown for the "
                     "first refresh of an account."));
    form->addRow(note);
    return page;
}

QUrl SettingsDialog::chosenServer() const
{
    if (m_server->text().trimmed() == m_initial.server.toDisplayString())
        return m_initial.server;
    return ServerUrl::fromUserInput(m_server->text());
}

void SettingsDialog::updateNotes()
{
    const bool otherServer = chosenServer() != m_initial.server;
    m_serverNote->setText(
        otherServer ? tr("Another server means another account with its own bookings: you will "
                         "be asked to sign in there. The bookings of this account stay cached.")
                    : tr("Each server has its own account and its own cached bookings."));
    m_languageNote->setText(m_language->currentData().toString() == m_initial.language
                                ? tr("The language is chosen when Frontdesk starts.")
                                : tr("The new language takes effect when Frontdesk is started "
                                     "again."));
}

QString SettingsDialog::problem() const
{
    const QString serverText = m_server->text().trimmed();
    if (!serverText.isEmpty() && serverText != m_initial.server.toDisplayString()) {
        const QUrl url = ServerUrl::fromUserInput(serverText);
        if (!url.isValid())
            return tr("“%1” is not a server address, for example https://bookings.example.com.")
                .arg(serverText);
        if (ServerUrl::check(url))
            return tr("Use an https:// address: plain http:// is only allowed for a server on "
                      "this computer.");
    }
    // The zone field is editable for searching: what stays typed must be one of the zones.
    if (m_zone->findText(m_zone->currentText(), Qt::MatchFixedString) < 0)
        return tr("“%1” is not a time zone: choose one from the list.").arg(m_zone->currentText());
    if (m_businessStart->time() >= m_businessEnd->time())
        return tr("Business hours must end after they start.");
    if (std::none_of(m_statuses.cbegin(), m_statuses.cend(),
                     [](const QCheckBox *box) { return box->isChecked(); }))
        return tr("Choose at least one status for the list to show.");
    return QString();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result = m_initial;
    const QString serverText = m_server->text().trimmed();
    if (!serverText.isEmpty())
        result.server = chosenServer();
    result.refreshSeconds = m_refresh->value();
    const int zone = m_zone->findText(m_zone->currentText(), Qt::MatchFixedString);
    result.displayZone = zone >= 0 ? m_zone->itemData(zone).toString() : m_initial.displayZone;
    result.language = m_language->currentData().toString();
    result.snapMinutes = m_snap->currentData().toInt();
    result.snapToSlots = m_snapToSlots->isChecked();
    result.businessStart = m_businessStart->time();
    result.businessEnd = m_businessEnd->time();
    result.defaultStatuses.clear();
    for (BookingStatus status : BookingStatuses::all()) {
        if (m_statuses.value(status)->isChecked())
            result.defaultStatuses.append(status);
    }
    result.defaultDatePreset = DatePreset::Preset(m_datePreset->currentData().toInt());
    result.notifyNewBookings = m_notifyNew->isChecked();
    result.notifyChanges = m_notifyChanges->isChecked();
    result.notifyReminders = m_notifyReminders->isChecked();
    result.reminderMinutes = m_reminderMinutes->value();
    result.notifyLate = m_notifyLate->isChecked();
    result.graceMinutes = m_graceMinutes->value();
    return result;
}

void SettingsDialog::accept()
{
    const QString problem = this->problem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
