#include "customerpanel.h"

#include "bookingcache.h"
#include "clock.h"
#include "customerhistory.h"
#include "customerhistorymodel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

CustomerPanel::CustomerPanel(const BookingCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_title(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_none(new QLabel(this))
    , m_facts(new QWidget(this))
    , m_form(new QFormLayout(m_facts))
    , m_phone(new QLabel(m_facts))
    , m_email(new QLabel(m_facts))
    , m_channel(new QLabel(m_facts))
    , m_status(new QLabel(m_facts))
    , m_counts(new QLabel(m_facts))
    , m_lastNoShow(new QLabel(m_facts))
    , m_model(new CustomerHistoryModel(this))
    , m_bookings(new QTableView(this))
{
    setObjectName(QStringLiteral("customerPanel"));
    setAccessibleName(tr("Customer"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Customer name"));
    m_warning->setObjectName(QStringLiteral("noShowWarning"));
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("No-show warning"));
    // Colours from the palette's own warning-like pair would be ideal; Qt has none, so a
    // dark amber on light amber (contrast 7.6:1), with the text saying it anyway.
    m_warning->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4403; padding: 4px; font-weight: bold;"));
    m_none->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    const auto addRow = [this](const QString &label, QLabel *value) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setAccessibleName(QString(label).remove(u'&'));
        m_form->addRow(label, value);
    };
    addRow(tr("Phone:"), m_phone);
    addRow(tr("Email:"), m_email);
    addRow(tr("Channel:"), m_channel);
    addRow(tr("Lead status:"), m_status);
    addRow(tr("Visits:"), m_counts);
    addRow(tr("Last no-show:"), m_lastNoShow);

    m_bookings->setModel(m_model);
    m_bookings->setAccessibleName(tr("Bookings of this customer"));
    m_bookings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bookings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bookings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bookings->setTabKeyNavigation(false);
    m_bookings->verticalHeader()->hide();
    m_bookings->horizontalHeader()->setStretchLastSection(true);
    m_bookings->setWordWrap(false);
    const auto choose = [this](const QModelIndex &index) {
        const QString id = index.data(CustomerHistoryModel::BookingIdRole).toString();
        if (!id.isEmpty() && id != m_bookingId)
            Q_EMIT bookingChosen(id);
    };
    connect(m_bookings, &QAbstractItemView::clicked, this, choose);
    connect(m_bookings, &QAbstractItemView::activated, this, choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    layout->addWidget(m_none);
    layout->addWidget(m_facts);
    layout->addWidget(m_bookings, 1);
    showBooking({});
}

void CustomerPanel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    m_model->setDisplayTimeZone(zone);
    refresh();
}

void CustomerPanel::showBooking(const QString &id)
{
    m_bookingId = id;
    const QString before = m_leadId;
    refresh();
    if (!m_leadId.isEmpty() && m_leadId != before)
        Q_EMIT leadShown(m_leadId);
}

void CustomerPanel::refresh()
{
    const std::optional<Booking> booking =
        m_bookingId.isEmpty() || !m_cache ? std::nullopt : m_cache->booking(m_bookingId);
    m_leadId = booking ? booking->leadId : QString();
    if (m_leadId.isEmpty() && booking && booking->lead)
        m_leadId = booking->lead->id;
    const bool known = !m_leadId.isEmpty();
    m_facts->setVisible(known);
    m_bookings->setVisible(known);
    m_none->setVisible(!known);
    if (!known) {
        m_title->setText(booking && booking->lead ? booking->lead->name : tr("Customer"));
        m_none->setText(!booking ? tr("Select a booking to see its customer.")
                                 : tr("This booking has no customer record (no lead), so there "
                                      "is no history to show."));
        m_warning->hide();
        m_model->setHistory({});
        return;
    }
    BookingQuery query;
    query.leadId = m_leadId;
    const QDateTime now = Clock::now();
    const CustomerHistory history = CustomerHistory::of(m_leadId, m_cache->bookings(query), now);
    const std::optional<Lead> lead = history.lead() ? history.lead() : booking->lead;
    const QString dash = QStringLiteral("—");
    m_title->setText(lead && !lead->name.isEmpty() ? lead->name : tr("(no name)"));
    m_phone->setText(lead && !lead->phone.isEmpty() ? lead->phone : dash);
    m_email->setText(lead && !lead->email.isEmpty() ? lead->email : dash);
    m_channel->setText(lead ? LeadInfo::label(lead->channel) : dash);
    m_status->setText(lead ? LeadInfo::label(lead->status) : dash);
    const CustomerHistory::Counts counts = history.counts();
    m_counts->setText(tr("%1 completed · %2 no-shows · %3 cancelled · %4 upcoming")
                          .arg(counts.completed)
                          .arg(counts.noShow)
                          .arg(counts.cancelled)
                          .arg(counts.upcoming));
    m_lastNoShow->setText(history.lastNoShow().isValid()
                              ? QLocale().toString(history.lastNoShow().toTimeZone(m_zone).date(),
                                                   QLocale::LongFormat)
                              : tr("never"));
    m_warning->setVisible(history.warns());
    m_warning->setText(tr("⚠ %1").arg(CustomerHistory::warningText(history.recentNoShows())));
    m_model->setHistory(history);
    m_bookings->resizeColumnToContents(CustomerHistoryModel::StartColumn);
    m_bookings->resizeColumnToContents(CustomerHistoryModel::StatusColumn);
    const int row = m_model->rowOf(m_bookingId);
    if (row >= 0) {
        m_bookings->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    }
}

QString CustomerPanel::text() const
{
    QStringList lines{m_title->text()};
    if (m_warning->isVisibleTo(this))
        lines.append(m_warning->text());
    if (m_none->isVisibleTo(this))
        lines.append(m_none->text());
    if (m_facts->isVisibleTo(this)) {
        for (int row = 0; row < m_form->rowCount(); ++row) {
            auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
            auto *value =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
            if (label && value)
                lines.append(label->text() + u' ' + value->text());
        }
    }
    return lines.join(u'\n');
}
