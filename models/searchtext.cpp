#include "searchtext.h"

#include "booking.h"

#include <algorithm>

namespace {

bool isPhoneChar(QChar c)
{
    return c.isDigit() || c.isSpace() || c == u'+' || c == u'(' || c == u')' || c == u'/' ||
           c == u'-' || c == u'.';
}

} // namespace

QString SearchText::fold(QStringView text)
{
    // ASCII has nothing to decompose, and its case folding is lower case: most texts take
    // this path, and normalization was a noticeable part of writing a sync's rows.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        QString result = text.toString();
        for (QChar &c : result) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + (u'a' - u'A'));
        }
        return result;
    }
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
    QString text;
    if (booking.lead) {
        text += fold(booking.lead->name) + u'\n' + fold(booking.lead->email) + u'\n' +
                fold(booking.lead->phone) + u'\n';
    }
    text += fold(booking.service()) + u'\n' + fold(booking.notes());
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
        return query;
    }
    query.words = fold(trimmed).split(u' ', Qt::SkipEmptyParts);
    return query;
}

bool SearchText::matches(const Query &query, const QString &text, const QString &digits)
{
    if (!query.digits.isEmpty() && !digits.contains(query.digits))
        return false;
    for (const QString &word : query.words) {
        if (text.contains(word))
            continue;
        const QString numeric = phoneDigits(word);
        if (numeric.isEmpty() || !digits.contains(numeric))
            return false;
    }
    return true;
}
