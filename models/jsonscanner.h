#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// A strict reader over JSON text for the list page's direct decoder (PageReader). It takes a
// subset of what QJsonDocument::fromJson (Qt 6.4) takes, with the same meaning: RFC 8259
// without its rarer corners. Whatever it does not take (Qt's lenient escapes, "1.", numbers
// near the limits of a double, nesting deeper than kMaxDepth) makes a call return false,
// and the caller leaves the page to QJsonDocument. It never reads outside the given bytes.
class JsonScanner
{
public:
    // QJsonDocument allows 1024 levels; a page is 3 deep before any metadata.
    static constexpr int kMaxDepth = 64;

    // A string's content, between its quotes, already checked for valid UTF-8 and escapes.
    struct Text
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        bool escaped = false;
        bool ascii = true;

        qsizetype size() const { return end - begin; }
        bool equals(const char *latin1, qsizetype length) const;
        // The QString QJsonValue::toString() gives for this string.
        QString toString() const;
        // The same as a view: short ASCII text without escapes is widened into `buffer`
        // (no allocation), anything else is decoded into `storage`.
        QStringView view(char16_t *buffer, qsizetype capacity, QString *storage) const;
    };

    struct Number
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        // Set for an integer without fraction or exponent and with at most 18 digits: what
        // QJsonDocument stores then is exactly this qint64.
        std::optional<qint64> integer;
    };

    explicit JsonScanner(QByteArrayView json);

    qsizetype offset() const { return m_p - m_begin; }
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    // QJsonDocument's parser skips a UTF-8 byte order mark at the very start.
    void skipByteOrderMark();

    // Each reads one value of its kind at the current position (after any space).
    bool readText(Text *text);
    bool readNumber(Number *number);
    bool readNull();
    // Any value, checked as strictly as the others; `depth` counts the containers it is in.
    bool skipValue(int depth);
    // An object's name and the separator after it: `"name" :`.
    bool readName(Text *name);
    // The same when the name is exactly `name` (plain ASCII); otherwise reads nothing.
    bool takeName(const char *name, qsizetype length);

private:
    bool readLiteral(const char *word, qsizetype length);
    bool skipObject(int depth);
    bool skipArray(int depth);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};
