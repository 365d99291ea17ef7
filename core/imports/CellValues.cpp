#include "imports/CellValues.h"

#include "common/TextNormalize.h"
#include "registry/Validation.h"

#include <QRegularExpression>

#include <cmath>

namespace dd::imports {

QString CellValues::text(const Cell* cell)
{
    return cell ? normalizeText(cell->text) : QString();
}

Result<QString> CellValues::birthMonth(const Cell* cell)
{
    if (!cell)
        return QString();
    if (cell->kind == Cell::Kind::Date && cell->date.isValid())
        return cell->date.toString(QStringLiteral("yyyy-MM"));
    const QString value = toHalfWidth(cell->text).trimmed();
    if (QString month = registry::parseBirthMonth(value); !month.isEmpty())
        return month;
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})$)"));
    if (const auto match = compact.match(value); match.hasMatch())
        if (QString month =
                registry::parseBirthMonth(QString(match.captured(1) + u'-' + match.captured(2)));
            !month.isEmpty())
            return month;
    if (const QDate date = registry::parseLooseDate(value); date.isValid())
        return date.toString(QStringLiteral("yyyy-MM"));
    return Outcome::badInput(tr("%1 is not a month such as 1975.03 or 1975年3月").arg(cell->text));
}

Result<QDate> CellValues::date(const Cell* cell, int defaultYear)
{
    if (!cell)
        return QDate();
    if (cell->kind == Cell::Kind::Date && cell->date.isValid())
        return cell->date;
    QDate date;
    if (cell->kind == Cell::Kind::Number) {
        const double number = cell->number;
        if (number >= 19000101 && number <= 21001231 && number == std::floor(number))
            date = QDate::fromString(QString::number(qint64(number)), QStringLiteral("yyyyMMdd"));
        else if (number >= 1 && number < 100000 && number == std::floor(number))
            date = QDate(1899, 12, 30).addDays(qint64(number)); // an unformatted Excel serial
    } else {
        QString value = toHalfWidth(cell->text).simplified();
        static const QRegularExpression time(QStringLiteral(R"([ T]\d{1,2}:\d{2}(:\d{2})?$)"));
        value.remove(time);
        value.replace(QChar(u'号'), QChar(u'日'));
        while (value.endsWith(u'.'))
            value.chop(1);
        static const QStringList none = {QStringLiteral("-"), QStringLiteral("—"),
                                         QStringLiteral("/"), QStringLiteral("无"),
                                         QStringLiteral("——")};
        if (value.isEmpty() || none.contains(value))
            return QDate();
        date = registry::parseLooseDate(value);
        static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
        if (!date.isValid() && compact.match(value).hasMatch())
            date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
        static const QRegularExpression monthDay(
            QStringLiteral(R"(^(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*(?:日)?$)"));
        if (const auto match = monthDay.match(value); !date.isValid() && match.hasMatch())
            date = QDate(defaultYear, match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (!date.isValid() || date.year() < 1949)
        return Outcome::badInput(
            tr("%1 is not a date such as 2026-03-05, 2026.3.5 or 2026年3月5日").arg(cell->text));
    return date;
}

QString CellValues::phone(const Cell* cell)
{
    return cell ? normalizePhone(cell->text) : QString();
}

Result<QString> CellValues::idNumber(const Cell* cell)
{
    if (!cell)
        return QString();
    if (cell->kind == Cell::Kind::Number && cell->number >= 1e15)
        return Outcome::badInput(
            tr("%1 was stored as a number, so Excel has already replaced its last digits "
               "with zeros. Format the column as text and type the numbers again.")
                .arg(cell->text));
    return normalizeIdNumber(cell->text);
}

QString CellValues::code(const Cell* cell)
{
    return cell ? toHalfWidth(cell->text).simplified().remove(QLatin1Char(' ')) : QString();
}

bool CellValues::yes(const Cell* cell)
{
    if (!cell)
        return false;
    static const QStringList words = {
        QStringLiteral("是"),   QStringLiteral("√"), QStringLiteral("✓"),
        QStringLiteral("✔"),    QStringLiteral("y"), QStringLiteral("yes"),
        QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("有")};
    return words.contains(normalizeText(cell->text).toLower());
}

Result<int> CellValues::stars(const Cell* cell)
{
    const QString value = text(cell);
    if (value.isEmpty() || value == u"无" || value == u"未评")
        return 0;
    if (value.count(QChar(u'★')) > 0 && value.count(QChar(u'★')) <= 5)
        return int(value.count(QChar(u'★')));
    static const QString chinese = QStringLiteral("一二三四五");
    const QChar first = value.front();
    int count = 0;
    if (first >= u'1' && first <= u'5')
        count = first.unicode() - u'0';
    else if (const qsizetype at = chinese.indexOf(first); at >= 0)
        count = int(at) + 1;
    static const QRegularExpression shape(QStringLiteral(R"(^.(星级?|星|级)?$)"));
    if (count == 0 || !shape.match(value).hasMatch())
        return Outcome::badInput(
            tr("%1 is not a star rating from 1 to 5 (such as 3, 三星 or ★★★)").arg(value));
    return count;
}

} // namespace dd::imports
