#include "listchurn.h"

#include "bookingstore.h"
#include "jsonwriter.h"
#include "seeder.h"
#include "wireformat.h"

#include <QJsonValue>

#include <cmath>

namespace {

constexpr quint64 kStreamSalt = 0x63687572'6e000000ULL; // "churn": a stream of its own
constexpr qint64 kMoveMs = 60 * 60'000;
constexpr int kMaxPerPage = 1'000'000;
constexpr qint64 kMaxPages = 1'000'000'000;

void writeIds(JsonWriter &w, const char *key, const QStringList &ids)
{
    w.key(key).beginArray();
    for (const QString &id : ids)
        w.string(id);
    w.endArray();
}

} // namespace

ListChurn::ListChurn(BookingStore &store, Seeder &seeder, ListOrder initialOrder, quint64 seed)
    : m_store(store), m_seeder(seeder), m_seed(seed), m_rng(seed ^ kStreamSalt)
{
    m_settings.order = initialOrder;
    m_store.prepareOrder(initialOrder);
}

void ListChurn::afterListPage()
{
    if (m_settings.pages == 0)
        return;
    if (m_settings.pages > 0)
        --m_settings.pages;

    for (const QString &id : m_store.randomIds(m_rng, m_settings.deletesPerPage, false)) {
        if (m_store.remove(id))
            m_deleted.append(id);
    }
    const qint64 nowUs = WireFormat::nowMicros();
    for (const QString &id : m_store.randomIds(m_rng, m_settings.movesPerPage, true)) {
        std::optional<BookingRecord> booking = m_store.find(id);
        if (!booking)
            continue;
        booking->startMs += kMoveMs;
        booking->endMs += kMoveMs;
        booking->status = QStringLiteral("rescheduled");
        // Never before its creation: a test may have created it with a later created_at.
        booking->updatedUs = std::max(nowUs, booking->createdUs);
        if (m_store.update(*booking))
            m_moved.append(id);
    }
    if (m_settings.createsPerPage > 0)
        m_created.append(m_seeder.createLive(m_store, m_settings.createsPerPage));
}

bool ListChurn::update(const QJsonObject &changes, QString *error)
{
    static const QStringList known{
        QStringLiteral("deletes_per_page"), QStringLiteral("moves_per_page"),
        QStringLiteral("creates_per_page"), QStringLiteral("pages"), QStringLiteral("order")};
    // A misspelt key would otherwise leave a test paging through an unchanged list, passing
    // for the wrong reason.
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown key %1 (known: %2)").arg(it.key(), known.join(u", "));
            return false;
        }
    }
    Settings next = m_settings;
    const auto integer = [&](const char *key, qint64 minimum, qint64 maximum, auto *target) {
        const QJsonValue value = changes.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const double number = value.toDouble();
        if (!value.isDouble() || number < double(minimum) || number > double(maximum) ||
            number != std::trunc(number)) {
            *error = QStringLiteral("%1 must be an integer from %2 to %3")
                         .arg(QLatin1String(key))
                         .arg(minimum)
                         .arg(maximum);
            return false;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(number);
        return true;
    };
    const bool ok = integer("deletes_per_page", 0, kMaxPerPage, &next.deletesPerPage) &&
                    integer("moves_per_page", 0, kMaxPerPage, &next.movesPerPage) &&
                    integer("creates_per_page", 0, kMaxPerPage, &next.createsPerPage) &&
                    integer("pages", -1, kMaxPages, &next.pages);
    if (!ok)
        return false;
    if (const QJsonValue order = changes.value(QLatin1String("order")); !order.isUndefined()) {
        const std::optional<ListOrder> parsed = parseListOrder(order.toString());
        if (!order.isString() || !parsed) {
            *error = QStringLiteral("order must be \"created\" or \"updated\"");
            return false;
        }
        next.order = *parsed;
    }
    // Built here rather than in the next list request, which would otherwise pay for it.
    if (!m_store.prepareOrder(next.order)) {
        *error = m_store.errorString();
        return false;
    }
    m_settings = next;
    return true;
}

void ListChurn::reset()
{
    m_settings = Settings{};
    m_rng = Rng(m_seed ^ kStreamSalt);
    m_deleted.clear();
    m_moved.clear();
    m_created.clear();
}

QByteArray ListChurn::toJson() const
{
    JsonWriter w;
    w.beginObject();
    w.key("deletes_per_page").integer(m_settings.deletesPerPage);
    w.key("moves_per_page").integer(m_settings.movesPerPage);
    w.key("creates_per_page").integer(m_settings.createsPerPage);
    w.key("pages").integer(m_settings.pages);
    w.key("order").string(listOrderName(m_settings.order));
    writeIds(w, "deleted", m_deleted);
    writeIds(w, "moved", m_moved);
    writeIds(w, "created", m_created);
    w.endObject();
    return w.take();
}
