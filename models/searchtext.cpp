#include "searchtext.h"

#include "booking.h"

#include <algorithm>
#include <array>

namespace {

bool isPhoneChar(QChar c)
{
    return c.isDigit() || c.isSpace() || c == u'+' || c == u'(' || c == u')' || c == u'/' ||
           c == u'-' || c == u'.';
}

// Below U+0530 (Latin, IPA, combining diacritics, Greek, Cyrillic) folding goes character
// by character: NFKD decomposes each character on its own, the only reordering it does is
// among combining marks, which are dropped (or, the two enclosing ones, never reordered),
// and Qt folds case one character at a time. So a text of these characters folds as the
// concatenation of its characters' foldings, each worked out once by the reference path.
constexpr char16_t kTableEnd = 0x530;

const std::array<QString, kTableEnd> &foldTable()
{
    static const std::array<QString, kTableEnd> table = [] {
        std::array<QString, kTableEnd> result;
        for (char16_t c = 0; c < kTableEnd; ++c)
            result[c] = SearchText::foldByNormalization(QStringView(&c, 1));
        return result;
    }();
    return table;
}

} // namespace

QString SearchText::fold(QStringView text)
{
    QString result;
    foldInto(result, text);
    return result;
}

void SearchText::foldInto(QString &out, QStringView text)
{
    char16_t highest = 0;
    for (QChar c : text)
        highest = std::max(highest, c.unicode());
    // ASCII, most texts: its folding is lower case. Normalizing was a noticeable part of
    // writing a sync's rows.
    if (highest < 0x80) {
        const qsizetype start = out.size();
        out.append(text);
        for (QChar *c = out.data() + start, *end = out.data() + out.size(); c != end; ++c) {
            if (*c >= u'A' && *c <= u'Z')
                *c = QChar(c->unicode() + (u'a' - u'A'));
        }
        return;
    }
    if (highest < kTableEnd) {
        const auto &table = foldTable();
        for (QChar c : text) {
            if (c.unicode() < 0x80)
                out.append(c >= u'A' && c <= u'Z' ? QChar(c.unicode() + (u'a' - u'A')) : c);
            else
                out.append(table[c.unicode()]);
        }
        return;
    }
    out.append(foldByNormalization(text));
}

QString SearchText::foldByNormalization(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        result.append(c);
    }
    // Qt folds case one character to one; German's ß needs the full folding to "ss".
    return result.toCaseFolded().replace(u'ß', QLatin1String("ss"));
}

QString SearchText::digits(QStringView text)
{
    QString result;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            result.append(c);
    }
    return result;
}

QString SearchText::bookingText(const Booking &booking)
{
    // Field by field, so that one accented name leaves the email and the phone on the ASCII
    // path. The same as folding the whole: a line break starts afresh in every normal form.
    const QString service = booking.service();
    const QString notes = booking.notes();
    QString text;
    if (booking.lead) {
        const Lead &lead = *booking.lead;
        text.reserve(lead.name.size() + lead.email.size() + lead.phone.size() + service.size() +
                     notes.size() + 8);
        foldInto(text, lead.name);
        text += u'\n';
        foldInto(text, lead.email);
        text += u'\n';
        foldInto(text, lead.phone);
        text += u'\n';
    } else {
        text.reserve(service.size() + notes.size() + 4);
    }
    foldInto(text, service);
    text += u'\n';
    foldInto(text, notes);
    return text;
}

QString SearchText::bookingDigits(const Booking &booking)
{
    return booking.lead ? digits(booking.lead->phone) : QString();
}

QString SearchText::phoneDigits(QStringView word)
{
    for (QChar c : word) {
        if (!isPhoneChar(c))
            return {};
    }
    QString result = digits(word);
    // A national number is dialled with a trunk 0 the stored international form lacks.
    while (result.startsWith(u'0'))
        result.remove(0, 1);
    return result.size() >= 3 ? result : QString();
}

SearchText::Query SearchText::parse(const QString &input)
{
    Query query;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return query;
    // "0151 234" is one phone number, not two words.
    const QString wholeNumber = phoneDigits(trimmed);
    if (!wholeNumber.isEmpty() && digits(trimmed).size() >= 3 && trimmed.contains(u' ')) {
        query.digits = wholeNumber;
        query.digitBytes = wholeNumber.toLatin1();
        return query;
    }
    query.words = fold(trimmed).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : std::as_const(query.words)) {
        query.wordBytes.append(word.toUtf8());
        query.wordDigitBytes.append(phoneDigits(word).toLatin1());
    }
    return query;
}

bool SearchText::matches(const Query &query, QByteArrayView text, QByteArrayView digits)
{
    if (!query.digitBytes.isEmpty() && !digits.contains(query.digitBytes))
        return false;
    for (qsizetype i = 0; i < query.wordBytes.size(); ++i) {
        if (text.contains(query.wordBytes.at(i)))
            continue;
        const QByteArray &numeric = query.wordDigitBytes.at(i);
        if (numeric.isEmpty() || !digits.contains(numeric))
            return false;
    }
    return true;
}
