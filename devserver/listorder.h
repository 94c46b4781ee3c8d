#pragma once

#include <QString>

#include <optional>

// The order GET /api/v1/bookings lists in. Shared by the command line, the store and the
// churn control, which must agree on the names.
enum class ListOrder {
    Created, // created_us, then id: what the real API does
    Updated, // updated_us descending, then id: a changed booking jumps to the front
};

inline QString listOrderName(ListOrder order)
{
    return order == ListOrder::Updated ? QStringLiteral("updated") : QStringLiteral("created");
}

inline std::optional<ListOrder> parseListOrder(QStringView name)
{
    if (name == u"created")
        return ListOrder::Created;
    if (name == u"updated")
        return ListOrder::Updated;
    return std::nullopt;
}
