#include "bookingdetailspanel.h"

#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingdetailscontent.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
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
    , m_scroll(new QScrollArea(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Booking details"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
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
    if (other)
        Q_EMIT currentChanged(id);
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
    const BookingDetailsContent content =
        BookingDetailsContent::of(*booking, outbox, inFlight, m_zone);
    m_text = content.plainText();
    const int scroll = m_scroll->verticalScrollBar()->value();

    auto *page = new QWidget;
    page->setAccessibleName(tr("Booking details"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *title = new QLabel(content.title, page);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(title);
    auto *status = new QLabel(QStringLiteral("<span style=\"color:%1\">&#9632;</span> <b>%2</b>")
                                  .arg(content.statusColor.name(), content.status.toHtmlEscaped()),
                              page);
    status->setAccessibleName(tr("Status: %1").arg(content.status));
    form->addRow(status);
    const auto valueLabel = [page](const QString &text, const QUrl &link) {
        auto *value = new QLabel(page);
        value->setWordWrap(true);
        if (link.isEmpty()) {
            value->setTextFormat(Qt::PlainText);
            value->setText(text);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
        } else {
            // tel:, mailto: and the meeting link go to the desktop's handlers.
            value->setTextFormat(Qt::RichText);
            value->setText(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped()));
            value->setOpenExternalLinks(true);
            value->setTextInteractionFlags(Qt::TextBrowserInteraction);
            value->setAccessibleName(text);
        }
        return value;
    };
    for (const BookingDetailsContent::Field &field : content.fields) {
        auto *label = new QLabel(field.label, page);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        QLabel *value = valueLabel(field.text, field.link);
        label->setBuddy(value);
        value->setAccessibleDescription(field.label);
        form->addRow(label, value);
    }
    for (const BookingDetailsContent::Section &section : content.sections) {
        auto *heading = new QLabel(section.title, page);
        heading->setTextFormat(Qt::PlainText);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        form->addRow(heading);
        QLabel *text = valueLabel(section.text, {});
        text->setAccessibleDescription(section.title);
        heading->setBuddy(text);
        form->addRow(text);
    }
    delete m_scroll->takeWidget();
    m_scroll->setWidget(page);
    m_scroll->verticalScrollBar()->setValue(scroll);
    m_stack->setCurrentWidget(m_scroll);
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
    return m_stack->currentWidget() == m_scroll ? m_text : m_placeholder->text();
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
    for (QAction *action : actions) {
        if (action)
            m_actionBar->addAction(action);
        else
            m_actionBar->addSeparator();
    }
}
