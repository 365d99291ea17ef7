#include "report/DeputySheets.h"

#include "common/Clock.h"
#include "exports/ScoreExports.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "report/SheetBuilder.h"
#include "scoring/RuleStore.h"

namespace dd::report {

using namespace scoring;

QuarterlySheets::QuarterlySheets(QSqlDatabase db, const Period& period)
    : m_db(std::move(db))
    , m_period(period)
{
    const registry::OfficeSettings settings(m_db);
    m_congress = settings.congressName();
    m_text = std::make_unique<DocumentText>(settings.documentLanguage());
}

Result<std::unique_ptr<QuarterlySheets>> QuarterlySheets::create(QSqlDatabase db,
                                                                 const Period& period,
                                                                 const Selection& selection,
                                                                 ScoreOrder order)
{
    auto sheets = std::unique_ptr<QuarterlySheets>(new QuarterlySheets(db, period));
    // Everyone's scores, for the level ranks; then the selection, ranked among itself.
    auto all = ScoreEngine(db).scores(period, {});
    if (!all)
        return all.failure();
    for (DeputyScore& s : *all) {
        ++sheets->m_levelSizes[int(s.member.level)];
        if (selection.matches(s.member))
            sheets->m_scores << std::move(s);
    }
    if (sheets->m_scores.isEmpty())
        return Outcome::badInput(tr("Nobody in the selection served in %1").arg(period.code()));
    QList<DeputyScore*> ranked;
    for (DeputyScore& s : sheets->m_scores)
        ranked << &s;
    rankByTotal(ranked, &DeputyScore::rank);
    // The rules of each level, read now: a sheet is never drawn with rules that failed to read.
    for (const DeputyScore& s : std::as_const(sheets->m_scores)) {
        const int level = int(s.member.level);
        if (sheets->m_rules.contains(level))
            continue;
        auto rules = RuleStore(db).rulesFor(period.year, s.member.level);
        if (!rules)
            return rules.failure();
        sheets->m_rules.insert(level, std::move(*rules));
    }
    sortScores(sheets->m_scores, order);
    // The year's concerns and suggestions to the period's end, by deputy.
    loop::ItemFilter year;
    year.from = QDate(period.year, 1, 1);
    year.to = period.end;
    QSet<qint64> wanted;
    for (const DeputyScore& s : std::as_const(sheets->m_scores))
        wanted.insert(s.member.deputyId);
    const auto items = loop::LoopStore(db).list(year);
    if (!items)
        return items.failure();
    for (const loop::Item& item : *items)
        for (const QList<qint64>* ids : {&item.deputyIds, &item.cosignerIds})
            for (qint64 id : *ids)
                if (wanted.contains(id))
                    sheets->m_items[id] << item;
    return sheets;
}

const ScoringRules& QuarterlySheets::rulesFor(registry::Level level) const
{
    return *m_rules.constFind(int(level)); // create() read every level's set
}

int QuarterlySheets::count() const
{
    return int(m_scores.size());
}

QString QuarterlySheets::title() const
{
    return m_congress + QLatin1Char(' ') + m_period.label(m_text->chinese()) +
           (m_text->chinese() ? QString() : QStringLiteral(" ")) +
           m_text->text(QT_TRANSLATE_NOOP("dd::documents", "Deputy's Performance Sheet"));
}

Result<SheetDocument> QuarterlySheets::sheet(int index) const
{
    const DeputyScore& score = m_scores.at(index);
    const registry::DeputyStore deputies(m_db);
    const Lookup<registry::Deputy> found = deputies.get(score.member.deputyId, true);
    if (found.failed())
        return found.failure();
    const registry::Deputy deputy = found.value().value_or(registry::Deputy{});
    registry::Membership membership;
    membership.level = score.member.level;
    membership.termNumber = score.member.termNumber;
    const auto memberships = deputies.memberships(score.member.deputyId);
    if (!memberships)
        return memberships.failure();
    for (const registry::Membership& m : *memberships)
        if (m.level == score.member.level && m.termNumber == score.member.termNumber)
            membership = m;
    QImage photo;
    if (!deputy.photo.isEmpty())
        photo.loadFromData(deputy.photo);
    SheetDocument document;
    document.body = build(score, deputy, membership, photo);
    document.runningTitle = score.member.name + QStringLiteral("  ") + title();
    return document;
}

std::unique_ptr<QTextDocument> QuarterlySheets::tail() const
{
    SheetBuilder signatures(*m_text);
    signatures.signatures();
    return signatures.take();
}

std::unique_ptr<QTextDocument> QuarterlySheets::build(const DeputyScore& s,
                                                      const registry::Deputy& deputy,
                                                      const registry::Membership& membership,
                                                      const QImage& photo) const
{
    const DocumentText& text = *m_text;
    SheetBuilder out(text);
    out.title(m_congress + QLatin1Char(' ') + m_period.label(text.chinese()) +
              (text.chinese() ? QString() : QStringLiteral(" ")) +
              text.text(QT_TRANSLATE_NOOP("dd::documents", "Deputy's Performance Sheet")));
    out.dateLine(text.date(Clock::today()));
    out.particulars(deputy, membership, s.member.stationName, photo);

    // 一、 every item: times and points in the quarter and the year, against the minimums.
    const ScoringRules& rules = rulesFor(s.member.level);
    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "1. Activities and points")));
    const auto minimumOf = [&](const QString& counted, QString* minimum, QString* done) {
        for (int i = 0; i < s.minimums.size() && i < rules.minimums.size(); ++i) {
            if (!rules.minimums.at(i).counts.contains(counted))
                continue;
            const MinimumProgress& m = s.minimums.at(i);
            *minimum =
                QStringLiteral("%1 %2").arg(exports::scoringName(m.name, text)).arg(m.required);
            *done = m.met() ? text.text(QT_TRANSLATE_NOOP("dd::documents", "met"))
                            : QStringLiteral("%1/%2").arg(m.done).arg(m.required);
        }
    };
    const auto points = [](double value) { return QString::number(value, 'g', 6); };
    QList<QStringList> rows;
    for (const ItemScore& item : s.items) {
        QString minimum;
        QString done;
        if (rules.activityRule(item.code))
            minimumOf(item.code, &minimum, &done);
        else if (item.code == QLatin1String("suggestion_lead"))
            minimumOf(QLatin1String(kSuggestionCounts), &minimum, &done);
        if (item.yearCount == 0 && item.yearPoints == 0 && minimum.isEmpty())
            continue;
        rows << QStringList{exports::scoringName(item.name, text),
                            QString::number(item.periodCount),
                            QString::number(item.yearCount),
                            points(item.periodPoints),
                            points(item.yearPoints),
                            minimum,
                            done};
    }
    out.table({{text.text(QT_TRANSLATE_NOOP("dd::documents", "Item")), 28},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Times this quarter")), 11},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Times this year")), 11},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Points this quarter")), 11},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Points this year")), 11},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Yearly minimum")), 17},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Done")), 11}},
              rows, text.text(QT_TRANSLATE_NOOP("dd::documents", "No activity recorded")));

    // 二、 suggestions and concerns of the year with their step and result.
    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "2. Suggestions and concerns")));
    out.items(m_items.value(s.member.deputyId), s.member.deputyId);

    // 三、 the total, ranks and the provisional grade.
    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "3. Performance score")));
    out.score(s, m_levelSizes.value(int(s.member.level)), int(m_scores.size()));
    out.remarks(s);
    return out.take();
}

} // namespace dd::report
