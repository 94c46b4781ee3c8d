#include "conflictdialog.h"

#include "bookingchange.h"
#include "bookingjson.h"
#include "reschedulecheck.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Booking &seen, const Booking &server, const QString &what,
                               const QString &change, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("The booking was changed elsewhere"));
    auto *intro = new QLabel(what, this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("What changed"));
    auto *question = new QLabel(
        tr("Your change: %1. Apply it to the server's version anyway, or discard it?").arg(change),
        this);
    question->setWordWrap(true);

    auto *grid = new QGridLayout;
    auto *mineTitle = new QLabel(tr("<b>As you saw it</b>"), this);
    auto *theirsTitle = new QLabel(tr("<b>Now on the server</b>"), this);
    auto *mine = new QLabel(versionText(seen, zone), this);
    auto *theirs = new QLabel(versionText(server, zone), this);
    mine->setAccessibleName(tr("Booking as you saw it"));
    theirs->setAccessibleName(tr("Booking now on the server"));
    for (QLabel *label : {mine, theirs}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    grid->addWidget(mineTitle, 0, 0);
    grid->addWidget(theirsTitle, 0, 1);
    grid->addWidget(mine, 1, 0);
    grid->addWidget(theirs, 1, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply =
        buttons->addButton(tr("&Apply my change anyway"), QDialogButtonBox::AcceptRole);
    QPushButton *discard =
        buttons->addButton(tr("&Discard my change"), QDialogButtonBox::RejectRole);
    apply->setObjectName(QStringLiteral("applyAnyway"));
    discard->setObjectName(QStringLiteral("discard"));
    discard->setDefault(true);
    apply->setAutoDefault(false); // Enter must not apply a change over someone else's
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(question);
    layout->addWidget(buttons);
}

QString ConflictDialog::versionText(const Booking &booking, const QTimeZone &zone)
{
    QStringList lines;
    lines.append(RescheduleCheck::timeRange(booking.startTime, booking.endTime, zone));
    lines.append(tr("Status: %1").arg(BookingStatuses::label(booking.status)));
    if (!booking.meetingUrl.isEmpty())
        lines.append(tr("Link: %1").arg(booking.meetingUrl));
    if (!booking.notes().isEmpty())
        lines.append(tr("Notes: %1").arg(booking.notes()));
    return lines.join(u'\n');
}

ConflictVersions ConflictVersions::of(const OutboxEntry &entry, const QTimeZone &zone)
{
    const BookingChange change = BookingChange::fromOutboxEntry(entry);
    QString ignored;
    const std::optional<Booking> base = BookingJson::decodeBookingBody(entry.baseJson, &ignored);
    const std::optional<Booking> server =
        BookingJson::decodeBookingBody(entry.serverJson, &ignored);
    const QString unknown = ConflictDialog::tr("(not known)");
    ConflictVersions versions;
    versions.change = change.describe(zone);
    versions.before = base ? ConflictDialog::versionText(*base, zone) : unknown;
    versions.mine =
        base ? ConflictDialog::versionText(change.appliedTo(*base), zone) : versions.change;
    versions.theirs = server ? ConflictDialog::versionText(*server, zone) : unknown;
    return versions;
}
