#pragma once

#include "httpresponse.h"

#include <QStringList>

// Collects pydantic-style validation errors and turns them into FastAPI's 422 answer:
// {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}.
class ValidationErrors
{
public:
    void add(const QStringList &location, QStringView message, QStringView type,
             const QByteArray &contextJson = {});
    void missing(const QStringList &location);
    // FastAPI reports a body that is not JSON at ["body", <character position>].
    void invalidJson(int position, QStringView message);
    bool isEmpty() const { return m_count == 0; }
    HttpResponse response() const;

    static QByteArray enumContext();
    static QString enumMessage();

private:
    void append(const QByteArray &item);

    QByteArray m_items;
    int m_count = 0;
};
