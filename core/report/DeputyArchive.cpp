#include "report/DeputyArchive.h"

#include "activities/ActivityStore.h"
#include "common/BuiltInNames.h"
#include "common/Clock.h"
#include "common/Period.h"
#include "exports/ScoreExports.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "report/SheetBuilder.h"

#include <QTextDocument>

namespace dd::report {

namespace {

const char* eventSource(const QString& kind)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("elected"), QT_TRANSLATE_NOOP("dd::documents", "Elected")},
        {QStringLiteral("by_election"),
         QT_TRANSLATE_NOOP("dd::documents", "Elected at a by-election")},
        {QStringLiteral("terminated"), QT_TRANSLATE_NOOP("dd::documents", "Status terminated")},
        {QStringLiteral("resigned"), QT_TRANSLATE_NOOP("dd::documents", "Resigned")},
        {QStringLiteral("term_ended"), QT_TRANSLATE_NOOP("dd::documents", "Term ended")},
        {QStringLiteral("reinstated"), QT_TRANSLATE_NOOP("dd::documents", "Reinstated")}};
    return names.value(kind, nullptr);
}

} // namespace

DeputyArchive::DeputyArchive(QSqlDatabase db, registry::Deputy deputy,
                             registry::Membership membership)
    : m_db(std::move(db))
    , m_deputy(std::move(deputy))
    , m_membership(std::move(membership))
{
    const registry::OfficeSettings settings(m_db);
    m_congress = settings.congressName();
    m_text = std::make_unique<DocumentText>(settings.documentLanguage());
}

Result<std::unique_ptr<DeputyArchive>> DeputyArchive::create(QSqlDatabase db, qint64 deputyId,
                                                             std::optional<registry::Level> wanted,
                                                             int termNumber)
{
    const registry::DeputyStore deputies(db);
    const auto deputy = deputies.get(deputyId, true);
    if (!deputy.found())
        return deputy.missing(tr("No deputy %1").arg(deputyId));
    const auto read = deputies.memberships(deputyId);
    if (!read)
        return read.failure();
    const QList<registry::Membership>& memberships = *read;
    registry::Level level = wanted.value_or(registry::OfficeSettings(db).officeLevel());
    if (!wanted && !memberships.isEmpty() &&
        std::none_of(memberships.cbegin(), memberships.cend(),
                     [&](const registry::Membership& m) { return m.level == level; }))
        level = memberships.first().level;
    std::optional<registry::Membership> chosen;
    for (const registry::Membership& m : memberships)
        if (m.level == level && (termNumber == 0 ? !chosen || m.termNumber > chosen->termNumber
                                                 : m.termNumber == termNumber))
            chosen = m;
    if (!chosen)
        return Outcome::badInput(
            termNumber > 0
                ? tr("%1 was not a %2 deputy of term %3")
                      .arg(deputy->name, registry::levelName(level))
                      .arg(termNumber)
                : tr("%1 was never a %2 deputy").arg(deputy->name, registry::levelName(level)));
    return std::unique_ptr<DeputyArchive>(new DeputyArchive(db, *deputy, *chosen));
}

QString DeputyArchive::title() const
{
    // Whose archive, for the preview's title bar and the PDF's properties.
    return m_congress + QLatin1Char(' ') +
           m_text->text(QT_TRANSLATE_NOOP("dd::documents", "Deputy's Archive")) +
           QStringLiteral(" — ") + m_deputy.name;
}

Result<SheetDocument> DeputyArchive::sheet(int) const
{
    SheetDocument document;
    QImage photo;
    if (!m_deputy.photo.isEmpty())
        photo.loadFromData(m_deputy.photo);
    auto body = build(photo);
    if (!body)
        return body.failure();
    document.body = std::move(*body);
    document.runningTitle = m_deputy.name + QStringLiteral("  ") + title();
    return document;
}

Result<std::unique_ptr<QTextDocument>> DeputyArchive::build(const QImage& photo) const
{
    const DocumentText& text = *m_text;
    const auto date = [&](const QDate& d) { return d.isValid() ? text.date(d) : QString(); };
    const registry::DeputyStore deputies(m_db);
    SheetBuilder out(text);
    out.title(title());
    out.dateLine(text.date(Clock::today()));
    const auto assigned = deputies.stations(m_deputy.id);
    const auto memberships = deputies.memberships(m_deputy.id);
    if (!assigned || !memberships)
        return (!assigned ? assigned.failure() : memberships.failure());
    QStringList stations;
    for (const auto& [id, name, primary] : *assigned)
        stations << name;
    out.particulars(m_deputy, m_membership, stations.join(QStringLiteral("、")), photo);

    // Every membership, and each one's status history.
    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "1. Memberships and status")));
    QList<QStringList> membershipRows;
    for (const registry::Membership& m : *memberships) {
        const auto events = deputies.events(m.id);
        if (!events)
            return events.failure();
        QStringList history;
        for (const registry::MembershipEvent& event : *events) {
            const char* name = eventSource(event.kind);
            history << date(event.date) + QLatin1Char(' ') + (name ? text.text(name) : event.kind) +
                           (event.reason.isEmpty() ? QString()
                                                   : QStringLiteral("（%1）").arg(event.reason));
        }
        membershipRows << QStringList{
            text.translate(registry::kRegistryContext, registry::levelSource(m.level)),
            QString::number(m.termNumber), m.certificateNo,
            text.translate(registry::kRegistryContext, registry::statusSource(m.status)),
            history.join(QStringLiteral("；"))};
    }
    out.table({{text.text(QT_TRANSLATE_NOOP("dd::documents", "Level")), 12},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Term")), 8},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Certificate no.")), 14},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Status")), 12},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "History")), 54}},
              membershipRows, QString());

    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "2. Scores year by year")));
    if (const Outcome scored = scores(out); !scored.ok())
        return scored;

    // The term's activities and items, oldest first.
    const QDate from = m_membership.startDate;
    const QDate to = m_membership.endDate.isValid() ? m_membership.endDate : Clock::today();
    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "3. Activities")));
    activities::ActivityFilter mine;
    mine.deputyId = m_deputy.id;
    mine.from = from;
    mine.to = to;
    auto activityList = activities::ActivityStore(m_db).list(mine);
    if (!activityList)
        return activityList.failure();
    QList<activities::Activity>& list = *activityList;
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    QList<QStringList> activityRows;
    for (const activities::Activity& a : std::as_const(list))
        for (const activities::Participant& p : a.participants)
            if (p.deputyId == m_deputy.id)
                activityRows << QStringList{
                    date(a.date), builtInName(a.typeName, text), a.title,
                    text.translate("dd::activities", activities::attendanceSource(p.attendance)) +
                        (p.reason.isEmpty() ? QString() : QStringLiteral("（%1）").arg(p.reason))};
    out.table({{text.text(QT_TRANSLATE_NOOP("dd::documents", "Date")), 20},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Type")), 20},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Activity title")), 44},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Attendance")), 16}},
              activityRows, text.text(QT_TRANSLATE_NOOP("dd::documents", "No activity recorded")));

    out.heading(text.text(QT_TRANSLATE_NOOP("dd::documents", "4. Suggestions and concerns")));
    loop::ItemFilter items;
    items.deputyId = m_deputy.id;
    items.from = from;
    items.to = to;
    auto itemRead = loop::LoopStore(m_db).list(items);
    if (!itemRead)
        return itemRead.failure();
    QList<loop::Item>& itemList = *itemRead;
    std::stable_sort(itemList.begin(), itemList.end(),
                     [](const auto& a, const auto& b) { return a.raisedDate < b.raisedDate; });
    out.items(itemList, m_deputy.id);
    return out.take();
}

// One line a year of the term (from the first year the database has records of): points,
// deductions, the total, the rank in the level and the grade with the minimums.
Outcome DeputyArchive::scores(SheetBuilder& out) const
{
    const DocumentText& text = *m_text;
    const scoring::ScoreEngine engine(m_db);
    const int first = std::max(m_membership.startDate.year(), engine.firstRecordedYear());
    const int last =
        std::min((m_membership.endDate.isValid() ? m_membership.endDate : Clock::today()).year(),
                 Clock::today().year());
    QList<QStringList> rows;
    for (int year = first; engine.firstRecordedYear() > 0 && year <= last; ++year) {
        scoring::Selection one;
        one.deputyId = m_deputy.id;
        one.level = m_membership.level;
        const auto scores = engine.scores(Period::of(Period::Kind::Year, year, 0), one);
        if (!scores)
            return scores.failure();
        if (scores->isEmpty())
            continue;
        const scoring::DeputyScore& s = scores->first();
        rows << QStringList{
            Period::of(Period::Kind::Year, year, 0).label(text.chinese()),
            QString::number(s.yearPoints, 'g', 6),
            QString::number(s.yearDeductions, 'g', 6),
            QString::number(s.total, 'g', 6),
            QString::number(s.levelRank),
            exports::scoringName(s.grade, text) +
                (s.provisional ? text.text(QT_TRANSLATE_NOOP("dd::documents", " (provisional)"))
                               : QString()),
            exports::minimumsText(s, text)};
    }
    out.table({{text.text(QT_TRANSLATE_NOOP("dd::documents", "Year")), 11},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Points")), 9},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Deducted")), 9},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Total")), 9},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Rank in level")), 10},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Grade")), 14},
               {text.text(QT_TRANSLATE_NOOP("dd::documents", "Yearly minimums")), 38}},
              rows, text.text(QT_TRANSLATE_NOOP("dd::documents", "No year scored")));
    return Outcome::success();
}

} // namespace dd::report
