#include "validationerrors.h"

#include "jsonwriter.h"
#include "wireformat.h"

void ValidationErrors::add(const QStringList &location, QStringView message, QStringView type,
                           const QByteArray &contextJson)
{
    JsonWriter w;
    w.beginObject().key("loc").beginArray();
    for (const QString &part : location)
        w.string(part);
    w.endArray();
    w.key("msg").string(message);
    w.key("type").string(type);
    if (!contextJson.isEmpty())
        w.key("ctx").raw(contextJson);
    w.endObject();
    append(w.data());
}

void ValidationErrors::invalidJson(int position, QStringView message)
{
    JsonWriter w;
    w.beginObject().key("loc").beginArray().string(u"body").integer(position).endArray();
    w.key("msg").string(message);
    w.key("type").string(u"value_error.jsondecode");
    w.endObject();
    append(w.data());
}

void ValidationErrors::append(const QByteArray &item)
{
    if (m_count++ > 0)
        m_items.append(',');
    m_items.append(item);
}

void ValidationErrors::missing(const QStringList &location)
{
    add(location, u"field required", u"value_error.missing");
}

HttpResponse ValidationErrors::response() const
{
    return HttpResponse::json(422, "{\"detail\":[" + m_items + "]}");
}

QByteArray ValidationErrors::enumContext()
{
    JsonWriter w;
    w.beginObject().key("enum_values").beginArray();
    for (const QString &status : WireFormat::bookingStatuses())
        w.string(status);
    w.endArray().endObject();
    return w.take();
}

QString ValidationErrors::enumMessage()
{
    QStringList quoted;
    for (const QString &status : WireFormat::bookingStatuses())
        quoted << QLatin1Char('\'') + status + QLatin1Char('\'');
    return QStringLiteral("value is not a valid enumeration member; permitted: ") +
           quoted.join(u", ");
}
