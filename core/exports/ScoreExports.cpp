#include "exports/ScoreExports.h"

#include <QSet>

namespace dd::exports {

using namespace scoring;
using xlsx::CellType;

namespace {

QString levelText(registry::Level level, const DocumentText& text)
{
    return text.translate(registry::kRegistryContext, registry::levelSource(level));
}

} // namespace

QString scoringName(const QString& name, const DocumentText& text)
{
    const char* source = nameSource(name);
    const QByteArray own = name.toUtf8();
    return text.translate(kScoringContext, source ? source : own.constData());
}

QString minimumsText(const DeputyScore& score, const DocumentText& text)
{
    QStringList parts;
    for (const MinimumProgress& m : score.minimums)
        parts << QStringLiteral("%1 %2/%3")
                     .arg(scoringName(m.name, text))
                     .arg(m.done)
                     .arg(m.required);
    return parts.join(text.chinese() ? QStringLiteral("；") : QStringLiteral("; "));
}

xlsx::Sheet scoresSheet(const QList<DeputyScore>& scores, const LoopSheetFrame& frame,
                        const DocumentText& text)
{
    xlsx::Sheet sheet;
    frameSheet(sheet, text, frame, QT_TRANSLATE_NOOP("dd::documents", "Performance Scores"));
    const auto header = [&](const QString& title, CellType type = CellType::Text) {
        sheet.columns.append({title, type});
    };
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Name")));
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Level")));
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Township")));
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Station")));
    // The items anyone has records or points for, in the rule set's order.
    QSet<QString> used;
    for (const DeputyScore& score : scores)
        for (const ItemScore& item : score.items)
            if (item.yearCount > 0 || item.yearPoints != 0)
                used.insert(item.code);
    QStringList codes;
    QStringList names;
    for (const DeputyScore& score : scores)
        for (const ItemScore& item : score.items)
            if (used.contains(item.code) && !codes.contains(item.code)) {
                codes << item.code;
                names << scoringName(item.name, text);
            }
    for (const QString& name : std::as_const(names)) {
        header(name + text.text(QT_TRANSLATE_NOOP("dd::documents", " (times)")), CellType::Number);
        header(name + text.text(QT_TRANSLATE_NOOP("dd::documents", " (points)")), CellType::Number);
    }
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Points in the period")), CellType::Number);
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Deducted for missed minimums")),
           CellType::Number);
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Total to date")), CellType::Number);
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Rank")), CellType::Number);
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Rank in level")), CellType::Number);
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Grade")));
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Yearly minimums")));
    header(text.text(QT_TRANSLATE_NOOP("dd::documents", "Minimums met")));
    for (const DeputyScore& s : scores) {
        QVariantList row{s.member.name, levelText(s.member.level, text), s.member.townshipName,
                         s.member.stationName};
        for (const QString& code : std::as_const(codes)) {
            const ItemScore* item = s.item(code);
            row << (item ? item->periodCount : 0) << (item ? item->periodPoints : 0.0);
        }
        const bool met = std::all_of(s.minimums.cbegin(), s.minimums.cend(),
                                     [](const MinimumProgress& m) { return m.met(); });
        row << s.periodPoints << s.periodDeductions << s.total << s.rank << s.levelRank
            << QString(scoringName(s.grade, text) +
                       (s.provisional
                            ? text.text(QT_TRANSLATE_NOOP("dd::documents", " (provisional)"))
                            : QString()))
            << minimumsText(s, text)
            << (met ? text.text(QT_TRANSLATE_NOOP("dd::documents", "Yes"))
                    : text.text(QT_TRANSLATE_NOOP("dd::documents", "No")));
        sheet.rows << row;
    }
    return sheet;
}

xlsx::Sheet gapsSheet(const QList<Gap>& gaps, const LoopSheetFrame& frame, const DocumentText& text)
{
    xlsx::Sheet sheet;
    frameSheet(sheet, text, frame, QT_TRANSLATE_NOOP("dd::documents", "Deputies Behind Pace"));
    for (const char* title :
         {QT_TRANSLATE_NOOP("dd::documents", "Township"),
          QT_TRANSLATE_NOOP("dd::documents", "Station"), QT_TRANSLATE_NOOP("dd::documents", "Name"),
          QT_TRANSLATE_NOOP("dd::documents", "Level"), QT_TRANSLATE_NOOP("dd::documents", "Phone"),
          QT_TRANSLATE_NOOP("dd::documents", "Yearly minimum")})
        sheet.columns.append({text.text(title)});
    for (const char* title : {QT_TRANSLATE_NOOP("dd::documents", "Done"),
                              QT_TRANSLATE_NOOP("dd::documents", "Expected by now"),
                              QT_TRANSLATE_NOOP("dd::documents", "Required in the year"),
                              QT_TRANSLATE_NOOP("dd::documents", "Behind by")})
        sheet.columns.append({text.text(title), CellType::Number});
    for (const Gap& gap : gaps)
        sheet.rows << QVariantList{gap.member.townshipName, gap.member.stationName,
                                   gap.member.name,         levelText(gap.member.level, text),
                                   gap.member.phone,        scoringName(gap.minimum.name, text),
                                   gap.minimum.done,        gap.minimum.expected,
                                   gap.minimum.required,    gap.shortfall()};
    return sheet;
}

} // namespace dd::exports
