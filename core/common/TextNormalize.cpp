#include "common/TextNormalize.h"

#include <QDate>
#include <QRegularExpression>

namespace dd {

namespace {
bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0);
}
} // namespace

QString toHalfWidth(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            result += QChar(u - 0xFEE0);
        else if (u == 0x3000)
            result += QLatin1Char(' ');
        else
            result += c;
    }
    return result;
}

QString normalizeText(QStringView text)
{
    QString result;
    const QString half = toHalfWidth(text);
    result.reserve(half.size());
    bool pendingSpace = false;
    for (QChar c : half) {
        if (isSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result += QLatin1Char(' ');
        pendingSpace = false;
        result += c;
    }
    return result;
}

QString normalizePersonName(QStringView text)
{
    QString collapsed = normalizeText(text);
    // Minority names use a middle dot; clerks type it several ways.
    for (QChar dot : {QChar(0x2022), QChar(0xFF0E), QChar(0x30FB), QChar(0x2027), QChar(0x2219)})
        collapsed.replace(dot, QChar(0x00B7));
    QString result;
    for (int i = 0; i < collapsed.size(); ++i) {
        const QChar c = collapsed.at(i);
        if (c == QLatin1Char(' ')) {
            const QChar before = result.isEmpty() ? QChar() : result.back();
            const QChar after = i + 1 < collapsed.size() ? collapsed.at(i + 1) : QChar();
            if (isHan(before) || isHan(after) || before == QChar(0x00B7) || after == QChar(0x00B7))
                continue; // 张 三 → 张三, but "Mary Smith" keeps its space
        }
        result += c;
    }
    return result;
}

QString normalizePhone(QStringView text)
{
    const QString half = toHalfWidth(text).trimmed();
    static const QRegularExpression areaInParentheses(QStringLiteral(R"(^\((0\d{2,3})\)\s*)"));
    QString phone = half;
    phone.replace(areaInParentheses, QStringLiteral("\\1-"));
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    // China's country code before a mobile number: +86 138…, 0086 138…, 86-138….
    if (digits.size() == 15 && digits.startsWith(QLatin1String("0086")))
        digits = digits.mid(4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits = digits.mid(2);
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        return digits;
    // Landline: keep one dash after the area code (and before an extension).
    static const QRegularExpression landline(
        QStringLiteral(R"(^(0\d{2,3})[\s\-]*(\d{7,8})(?:[\s\-]*(?:转|-|ext\.?)?\s*(\d{1,6}))?$)"));
    const auto match = landline.match(phone.simplified());
    if (match.hasMatch())
        return match.captured(1) + QLatin1Char('-') + match.captured(2) +
               (match.captured(3).isEmpty() ? QString() : QLatin1Char('-') + match.captured(3));
    return normalizeText(half);
}

bool isMobile(QStringView phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^1[3-9]\d{9}$)"));
    return pattern.match(phone).hasMatch();
}

bool isLandline(QStringView phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^0\d{2,3}-\d{7,8}(-\d{1,6})?$)"));
    return pattern.match(phone).hasMatch();
}

QString normalizeIdNumber(QStringView text)
{
    QString id = toHalfWidth(text).trimmed().toUpper();
    id.remove(QLatin1Char(' '));
    return id;
}

bool isValidIdNumber(QStringView id)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{17}[\dX]$)"));
    if (!pattern.match(id).hasMatch())
        return false;
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    if (id.at(17) != QLatin1Char(checks[sum % 11]))
        return false;
    const QDate birth(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace dd
