#include "httpresponse.h"

#include "jsonwriter.h"

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::detail(int status, QStringView message)
{
    JsonWriter writer;
    writer.beginObject().key("detail").string(message).endObject();
    return json(status, writer.take());
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

HttpResponse HttpResponse::plainText(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = std::move(body);
    return response;
}

HttpResponse &HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray HttpResponse::serialize(bool keepAlive, qsizetype contentLength) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ');
    out.append(reasonPhrase(status)).append("\r\n");
    out.append("server: frontdesk-devserver\r\n");
    if (!contentType.isEmpty())
        out.append("content-type: ").append(contentType).append("\r\n");
    // RFC 9110: a 204 carries no Content-Length.
    if (status != 204) {
        out.append("content-length: ");
        out.append(QByteArray::number(contentLength >= 0 ? contentLength : body.size()));
        out.append("\r\n");
    }
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    out.append(keepAlive ? "connection: keep-alive\r\n\r\n" : "connection: close\r\n\r\n");
    if (status != 204)
        out.append(body);
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}
