#include "common/Masking.h"

#include "common/TextNormalize.h"

#include <QRegularExpression>

namespace dd {

QString maskName(QStringView name)
{
    const QString text = name.trimmed().toString();
    const QList<uint> chars = text.toUcs4();
    if (chars.size() <= 1)
        return text;
    const auto at = [&](qsizetype i) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(&chars[i]), 1);
    };
    if (!text.at(0).isLetter() || text.at(0).script() != QChar::Script_Han) {
        // Latin names: keep the first letter of each word.
        QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString& word : words)
            word = word.left(1) + QString(word.size() - 1, QLatin1Char('*'));
        return words.join(QLatin1Char(' '));
    }
    if (chars.size() == 2)
        return at(0) + QLatin1Char('*');
    return at(0) + QString(chars.size() - 2, QLatin1Char('*')) + at(chars.size() - 1);
}

QString maskPhone(QStringView phone)
{
    const QString normalized = normalizePhone(phone);
    if (isMobile(normalized))
        return normalized.left(3) + QStringLiteral("****") + normalized.right(4);
    if (isLandline(normalized)) {
        const qsizetype dash = normalized.indexOf(QLatin1Char('-'));
        const QString number = normalized.mid(dash + 1).section(QLatin1Char('-'), 0, 0);
        return normalized.left(dash + 1) + QString(number.size() - 4, QLatin1Char('*')) +
               number.right(4);
    }
    const QString text = normalized;
    if (text.size() <= 4)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(2) + QString(text.size() - 4, QLatin1Char('*')) + text.right(2);
}

QString maskIdNumber(QStringView id)
{
    const QString text = normalizeIdNumber(id);
    if (text.size() <= 10)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(6) + QString(text.size() - 10, QLatin1Char('*')) + text.right(4);
}

QString maskFreeText(QStringView text)
{
    // Full-width digits first, so 1３８… cannot slip through; Chinese punctuation stays as it is.
    QString result = text.toString();
    for (QChar& c : result)
        if (c >= QChar(0xFF10) && c <= QChar(0xFF19))
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    // ID numbers begin with a region code (1–8), so 0086 and a mobile number is not one.
    static const QRegularExpression idNumber(QStringLiteral(
        R"((?<!\d)([1-9]\d{5})\d{8}(\d{3}[\dXx])(?!\d)|(?<!\d)([1-9]\d{5})\d{5}(\d{4})(?!\d))"));
    result.replace(idNumber, QStringLiteral("\\1\\3********\\2\\4"));
    // A mobile number, also with the country code as people write it: +86, 0086, 86-.
    static const QRegularExpression mobile(QStringLiteral(
        R"((?<!\d)((?:\+\s?86|0086|86)[\s\-]?)?(1[3-9]\d)[\s\-]?\d{4}[\s\-]?(\d{4})(?!\d))"));
    result.replace(mobile, QStringLiteral("\\1\\2****\\3"));
    return result;
}

} // namespace dd
