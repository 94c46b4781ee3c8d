#include "bookingdetailspanel.h"

#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingdetailshtml.h"

#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

BookingDetailsPanel::BookingDetailsPanel(const BookingCache *cache, BookingActions *actions,
                                         QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_actions(actions)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a booking to see its details."), this))
    , m_browser(new QTextBrowser(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    // tel:, mailto: and the meeting link go to the desktop's handlers (phone app, mail, browser).
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Booking details"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_browser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    if (m_actions) {
        connect(m_actions, &BookingActions::bookingChanged, this, [this](const QString &id) {
            if (id == m_id)
                refresh();
        });
        connect(m_actions, &BookingActions::outboxChanged, this, &BookingDetailsPanel::refresh);
    }
}

void BookingDetailsPanel::showBooking(const QString &id)
{
    const bool other = id != m_id;
    m_id = id;
    refresh();
    if (other && !id.isEmpty())
        Q_EMIT bookingShown(id);
}

void BookingDetailsPanel::refresh()
{
    const std::optional<Booking> booking =
        m_id.isEmpty() || !m_cache ? std::nullopt : m_cache->booking(m_id);
    if (!booking) {
        m_placeholder->setText(m_id.isEmpty() ? tr("Select a booking to see its details.")
                                              : tr("This booking is no longer on the server."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    QList<OutboxEntry> outbox;
    for (const OutboxEntry &entry : m_cache->outbox()) {
        if (entry.bookingId == m_id)
            outbox.append(entry);
    }
    const bool inFlight = m_actions && m_actions->isPending(m_id);
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(BookingDetailsHtml::render(*booking, outbox, inFlight, m_zone));
    m_browser->verticalScrollBar()->setValue(scroll);
    m_stack->setCurrentWidget(m_browser);
}

void BookingDetailsPanel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    refresh();
}

QString BookingDetailsPanel::text() const
{
    return m_stack->currentWidget() == m_browser ? m_browser->toPlainText() : m_placeholder->text();
}

void BookingDetailsPanel::setActions(const QList<QAction *> &actions)
{
    if (!m_actionBar) {
        m_actionBar = new QToolBar(tr("Booking actions"), this);
        m_actionBar->setAccessibleName(tr("Booking actions"));
        m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_actionBar);
    }
    m_actionBar->clear();
    m_actionBar->addActions(actions);
}
