#include "imports/SuggestionImport.h"

#include "common/Clock.h"
#include "common/TextNormalize.h"
#include "imports/CellValues.h"
#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

namespace dd::imports {

using namespace loop;

namespace {

// Agencies not yet on record get provisional ids, far above any real one, so a dry run can take
// the rows through the state machine; apply() creates the agencies and swaps the ids.
constexpr qint64 kProvisionalAgency = 1'000'000'000'000;

QStringList headers(std::initializer_list<const char16_t*> texts)
{
    QStringList list;
    for (const char16_t* text : texts)
        list << QString::fromUtf16(text);
    return list;
}

// "张三（城关镇）、李四,王五 等3人" → {张三, 城关镇}, {李四, }, {王五, }: a bracket after a name
// says where the deputy is from, to tell apart deputies of the same name.
QList<std::pair<QString, QString>> names(const QString& text)
{
    QString cleaned = text;
    cleaned.remove(QRegularExpression(QStringLiteral(R"(等\s*\d*\s*[名人位]?.*$)")));
    static const QRegularExpression bracket(QStringLiteral(R"(^(.*?)[（(]([^）)]*)[）)]\s*$)"));
    QList<std::pair<QString, QString>> list;
    for (const QString& part :
         cleaned.split(QRegularExpression(QStringLiteral(R"([、，,;；/]+)")), Qt::SkipEmptyParts)) {
        QString name = part;
        QString place;
        if (const auto match = bracket.match(part); match.hasMatch()) {
            name = match.captured(1);
            place = normalizeText(match.captured(2));
        }
        // "张三 李四" are two names, "张 三" is one spaced out to line up with longer ones.
        const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool separate =
            words.size() > 1 && std::all_of(words.cbegin(), words.cend(),
                                            [](const QString& word) { return word.size() >= 2; });
        for (const QString& word : separate ? words : QStringList{name})
            if (const QString person = normalizePersonName(word); !person.isEmpty())
                list.append({person, place});
    }
    return list;
}

// "A", "A类", "a", or the class's words (已解决, 正在解决, 列入计划, 留作参考) → "A".."D".
QString resultClassOf(const QString& text)
{
    const QString value = normalizeText(text).toUpper();
    if (!value.isEmpty() && QStringLiteral("ABCD").contains(value.front()) &&
        (value.size() == 1 || !value.at(1).isLetter() || value.at(1) == u'类'))
        return value.left(1);
    const std::pair<const char16_t*, const char*> words[] = {
        {u"基本解决", "A"}, {u"已解决", "A"},   {u"已经解决", "A"}, {u"正在解决", "B"},
        {u"正在办理", "B"}, {u"列入计划", "C"}, {u"列入规划", "C"}, {u"逐步解决", "C"},
        {u"留作参考", "D"}, {u"不能解决", "D"}, {u"条件限制", "D"}};
    for (const auto& [word, resultClass] : words)
        if (value.contains(QStringView(word)))
            return QString::fromLatin1(resultClass);
    return {};
}

std::optional<Evaluation> evaluationOf(const QString& text)
{
    const QString value = normalizeText(text);
    if (value == u"比较满意")
        return Evaluation::Basically;
    return parseEvaluation(value);
}

bool isNo(const QString& text)
{
    static const QStringList words = {
        QStringLiteral("否"),    QStringLiteral("无"), QStringLiteral("不是"), QStringLiteral("n"),
        QStringLiteral("no"),    QStringLiteral("0"),  QStringLiteral("×"),    QStringLiteral("-"),
        QStringLiteral("false"), QStringLiteral("/")};
    return text.isEmpty() || words.contains(text.toLower());
}

} // namespace

const QList<FieldSpec>& SuggestionImport::fields()
{
    static const QList<FieldSpec> list = {
        {QStringLiteral("serial"),
         headers({u"编号", u"建议编号", u"建议号", u"案号", u"Item no."})},
        {QStringLiteral("row_no"), headers({u"序号", u"No."})}, // the number when none else is
        {QStringLiteral("title"),
         headers({u"标题", u"建议标题", u"案由", u"建议名称", u"题目", u"建议题目", u"Title"})},
        {QStringLiteral("content"),
         headers({u"内容", u"建议内容", u"主要内容", u"建议正文", u"Content"})},
        {QStringLiteral("lead"),
         headers({u"领衔代表", u"提出代表", u"领衔及附议代表", u"代表", u"代表姓名", u"提出人",
                  u"Lead deputy", u"Lead deputy and co-signers"})},
        {QStringLiteral("cosigners"),
         headers({u"附议代表", u"联名代表", u"附议人", u"Co-signers"})},
        {QStringLiteral("category"), headers({u"类别", u"分类", u"建议类别", u"Category"})},
        {QStringLiteral("township"),
         headers({u"乡镇", u"乡镇（街道）", u"所属乡镇", u"代表团", u"Township"})},
        {QStringLiteral("submitted"),
         headers({u"提出日期", u"提交日期", u"提出时间", u"收到日期", u"Submitted on"})},
        {QStringLiteral("agency"),
         headers({u"主办单位", u"承办单位", u"牵头单位", u"主办", u"Lead agency"})},
        {QStringLiteral("co_agencies"),
         headers({u"协办单位", u"会办单位", u"协办", u"Co-agencies"})},
        {QStringLiteral("dispatch_date"), headers({u"交办日期", u"交办时间", u"Dispatched on"})},
        {QStringLiteral("due_date"),
         headers({u"办理期限", u"答复期限", u"办结期限", u"期限", u"Due date"})},
        {QStringLiteral("reply_date"),
         headers({u"答复日期", u"答复时间", u"办复日期", u"办复时间", u"Replied on"})},
        {QStringLiteral("result_class"),
         headers({u"办理结果", u"答复类别", u"办复类别", u"结果类别", u"答复结果", u"办理类别",
                  u"Result class"})},
        {QStringLiteral("face_to_face"),
         headers({u"见面", u"是否见面", u"见面沟通", u"是否面商", u"Face to face"})},
        {QStringLiteral("evaluation"),
         headers({u"评价", u"代表评价", u"满意度", u"代表意见", u"代表满意度", u"Evaluation"})},
        {QStringLiteral("evaluation_date"),
         headers({u"评价日期", u"反馈日期", u"测评日期", u"Evaluated on"})},
        {QStringLiteral("key_supervision"),
         headers({u"重点督办", u"是否重点督办", u"督办领导", u"Key supervision"})},
        {QStringLiteral("reply_text"),
         headers({u"答复内容", u"办理情况", u"答复情况", u"办复情况", u"Reply"})},
        {QStringLiteral("step"), headers({u"环节", u"办理状态", u"状态", u"办理进度", u"Step"})},
    };
    return list;
}

SuggestionImport::SuggestionImport(QSqlDatabase db, SuggestionImportOptions options)
    : ImportPlan(std::move(db), QStringLiteral("title"))
    , m_options(std::move(options))
{
    if (m_options.year <= 0)
        m_options.year = Clock::today().year();
    if (m_options.actor.isEmpty())
        m_options.actor = tr("ledger import");
}

bool SuggestionImport::loadRecords()
{
    m_agencies.clear();
    m_deputies.clear();
    m_missingAgencies.clear();
    m_missingCategories.clear();
    const auto agencies = AgencyStore(m_db).list();
    if (!agencies) {
        m_problems.append(unreadableRecords(agencies.failure()));
        return false;
    }
    for (const Agency& agency : *agencies)
        m_agencies.insert(agency.name, agency.id);
    registry::DeputyFilter everyone;
    everyone.status = std::nullopt;
    const registry::Level office = registry::OfficeSettings(m_db).officeLevel();
    const auto deputies = registry::DeputyStore(m_db).list(everyone);
    if (!deputies) {
        m_problems.append(unreadableRecords(deputies.failure()));
        return false;
    }
    for (const registry::DeputyRow& row : *deputies) {
        QList<Lead>& same = m_deputies[row.deputy.name];
        const bool atOffice = row.membership.level == office;
        auto known = std::find_if(same.begin(), same.end(),
                                  [&](const Lead& lead) { return lead.deputyId == row.deputy.id; });
        const Lead lead{row.deputy.id,    row.membership.townshipId, row.stationId,
                        row.townshipName, row.stationName,           atOffice};
        if (known == same.end())
            same.append(lead);
        else if (atOffice && !known->atOfficeLevel)
            *known = lead;
    }
    m_categories = categories(m_db);
    m_deadlines = LoopStore(m_db).deadlines();
    return true;
}

void SuggestionImport::plan(const ImportSource& source)
{
    m_source = source;
    m_problems.clear();
    m_rows.clear();
    m_planned = true;
    if (!loadRecords())
        return;
    QHash<QString, int> seen;
    for (const Row& row : std::as_const(m_source.table.rows))
        if (row.number > m_source.mapping.headerRow)
            planRow(row, seen);
}

void SuggestionImport::planRow(const Row& row, QHash<QString, int>& seen)
{
    const auto text = [&](const char* field) {
        return CellValues::text(row.cell(m_source.mapping.column(QLatin1String(field))));
    };
    PlannedSuggestion planned;
    planned.row = row.number;
    Item& item = planned.item;
    item.kind = ItemKind::Suggestion;
    item.title = text("title");
    // Rows without a title are numbering, signature or remark lines under the table.
    if (item.title.isEmpty() || (text("lead").isEmpty() && text("agency").isEmpty() &&
                                 (item.title.contains(u'：') || item.title.contains(u':'))))
        return;
    item.content = text("content");
    item.category = text("category");
    if (item.category.endsWith(u'类') && item.category.size() > 2)
        item.category.chop(1);
    if (!item.category.isEmpty() && !m_categories.contains(item.category) &&
        !m_missingCategories.contains(item.category))
        m_missingCategories << item.category;
    if (!planDeputies(row, planned))
        return;
    const qsizetype known = m_problems.size();
    planHistory(row, planned);
    const bool historyRead = m_problems.size() == known;

    // The ledger's number, kept: 2026-建-015 as it is, 15 or 第15号 in the submission year.
    const QString number =
        m_source.mapping.column(QStringLiteral("serial")) ? text("serial") : text("row_no");
    static const QRegularExpression trailing(QStringLiteral(R"((\d+)\D*$)"));
    if (parseSerial(number, ItemKind::Suggestion))
        item.serial = number;
    else if (const auto match = trailing.match(number); match.hasMatch())
        item.serial =
            formatSerial(ItemKind::Suggestion, item.raisedDate.year(), match.captured(1).toInt());
    if (!item.serial.isEmpty()) {
        if (const int earlier = seen.value(item.serial); earlier > 0) {
            problem(row.number, QStringLiteral("serial"),
                    tr("%1 is also the number of row %2").arg(item.serial).arg(earlier));
            return;
        }
        seen.insert(item.serial, row.number);
        const Lookup<Item> onRecord = LoopStore(m_db).findBySerial(item.serial);
        if (onRecord.failed()) {
            m_problems.append(unreadableRecords(onRecord.failure()));
            return;
        }
        if (onRecord.found()) {
            if (normalizeText(onRecord->title) != item.title) {
                problem(row.number, QStringLiteral("serial"),
                        tr("%1 is already the number of another suggestion on record (%2)")
                            .arg(item.serial, onRecord->title));
                return;
            }
            planned.onRecord = true;
        }
    }
    if (historyRead && !planned.onRecord)
        checkHistory(row, planned);
    m_rows.append(planned);
}

bool SuggestionImport::planDeputies(const Row& row, PlannedSuggestion& planned)
{
    const auto cell = [&](const char* field) {
        return row.cell(m_source.mapping.column(QLatin1String(field)));
    };
    QList<std::pair<QString, QString>> people = names(CellValues::text(cell("lead")));
    if (people.isEmpty()) {
        problem(row.number, QStringLiteral("lead"), tr("the lead deputy is required"));
        return false;
    }
    const qsizetype fromLeadColumn = people.size(); // "张三、李四" in one column
    people << names(CellValues::text(cell("cosigners")));
    const QString township = CellValues::text(cell("township"));
    bool ok = true;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const auto& [name, place] = people.at(i);
        // A name is the office's own deputy when one of that name serves at its level; a
        // deputy of another level only when the name is unique. Deputies of the same name are
        // told apart by the place in brackets, else the row's township (co-signers: the lead's).
        QList<Lead> found = m_deputies.value(name);
        const auto narrow = [&found](auto keep) {
            QList<Lead> kept;
            std::copy_if(found.cbegin(), found.cend(), std::back_inserter(kept), keep);
            if (!kept.isEmpty())
                found = kept;
        };
        narrow([](const Lead& lead) { return lead.atOfficeLevel; });
        Item& item = planned.item;
        if (found.size() > 1 && !place.isEmpty())
            narrow([&](const Lead& lead) {
                return lead.townshipName == place || lead.stationName == place;
            });
        if (found.size() > 1 && !township.isEmpty())
            narrow([&](const Lead& lead) { return lead.townshipName == township; });
        if (found.size() > 1 && i > 0 && item.townshipId > 0)
            narrow([&](const Lead& lead) { return lead.townshipId == item.townshipId; });
        const char* field = i < fromLeadColumn ? "lead" : "cosigners";
        if (found.size() != 1) {
            problem(row.number, QLatin1String(field),
                    found.isEmpty()
                        ? tr("no deputy named %1 is on record").arg(name)
                        : tr("%1 deputies are named %2 (%3); write the township after the "
                             "name, as in %2（%4）")
                              .arg(found.size())
                              .arg(name, placesOf(found).join(QStringLiteral("、")),
                                   placesOf(found).value(0)));
            ok = false;
            continue;
        }
        if (i == 0) {
            item.deputyIds = {found.first().deputyId};
            item.townshipId = found.first().townshipId;
            item.stationId = found.first().stationId;
        } else if (!item.cosignerIds.contains(found.first().deputyId) &&
                   !item.deputyIds.contains(found.first().deputyId)) {
            item.cosignerIds << found.first().deputyId;
        }
    }
    return ok;
}

QStringList SuggestionImport::placesOf(const QList<Lead>& deputies)
{
    QStringList places;
    for (const Lead& lead : deputies)
        places << (lead.townshipName.isEmpty() ? lead.stationName : lead.townshipName);
    return places;
}

qint64 SuggestionImport::agencyId(const QString& name)
{
    if (const auto it = m_agencies.constFind(name); it != m_agencies.constEnd())
        return *it;
    m_missingAgencies << name;
    const qint64 provisional = kProvisionalAgency + m_missingAgencies.size();
    m_agencies.insert(name, provisional);
    return provisional;
}

const Cell* SuggestionImport::cellOf(const Row& row, const char* field) const
{
    return row.cell(m_source.mapping.column(QLatin1String(field)));
}

StepRequest SuggestionImport::importedStep(StepKind kind, const QDate& on) const
{
    StepRequest step;
    step.kind = kind;
    step.date = on;
    step.actor = m_options.actor;
    step.imported = true;
    return step;
}

void SuggestionImport::planHistory(const Row& row, PlannedSuggestion& planned)
{
    bool unreadable = false;
    const auto date = [&](const char* field) {
        const auto value = CellValues::date(cellOf(row, field), m_options.year);
        if (!value) {
            problem(row.number, QLatin1String(field), value.error());
            unreadable = true;
        }
        return value.valueOr(QDate());
    };
    const QDate submitted = date("submitted");
    const QDate dispatched = date("dispatch_date");
    const QDate due = date("due_date");
    const QDate replied = date("reply_date");
    const QDate evaluated = date("evaluation_date");
    planned.item.raisedDate = submitted.isValid()    ? submitted
                              : dispatched.isValid() ? dispatched
                              : replied.isValid()    ? replied
                                                     : Clock::today();
    if (!unreadable && planDispatch(row, planned, dispatched, due) &&
        planReply(row, planned, replied))
        planEvaluation(row, planned, evaluated.isValid() ? evaluated : replied);
}

bool SuggestionImport::planDispatch(const Row& row, PlannedSuggestion& planned,
                                    const QDate& dispatched, const QDate& due)
{
    planned.agencyName = CellValues::text(cellOf(row, "agency"));
    for (const QString& name :
         CellValues::text(cellOf(row, "co_agencies"))
             .split(QRegularExpression(QStringLiteral("[、，,;；/]+")), Qt::SkipEmptyParts))
        if (!isNo(name.trimmed()) && name.trimmed() != u"—")
            planned.coAgencyNames << name.trimmed();
    if (planned.agencyName.isEmpty() != !dispatched.isValid()) {
        if (planned.agencyName.isEmpty())
            problem(row.number, QStringLiteral("agency"),
                    tr("a dispatched suggestion needs its lead agency"));
        else
            problem(row.number, QStringLiteral("dispatch_date"),
                    tr("the dispatch date is required when a lead agency is given"));
        return false;
    }
    if (planned.agencyName.isEmpty())
        return false;
    StepRequest dispatch = importedStep(StepKind::Dispatch, dispatched);
    dispatch.leadAgencyId = agencyId(planned.agencyName);
    for (const QString& name : std::as_const(planned.coAgencyNames))
        dispatch.coAgencyIds << agencyId(name);
    dispatch.dueDate = due;
    const QString supervision = CellValues::text(cellOf(row, "key_supervision"));
    dispatch.keySupervision = !isNo(supervision);
    if (dispatch.keySupervision)
        dispatch.leader = CellValues::yes(cellOf(row, "key_supervision"))
                              ? tr("(not in the ledger)")
                              : supervision;
    planned.history << dispatch;
    return true;
}

bool SuggestionImport::planReply(const Row& row, PlannedSuggestion& planned, const QDate& replied)
{
    const QString classText = CellValues::text(cellOf(row, "result_class"));
    const QString resultClass = resultClassOf(classText);
    if (!classText.isEmpty() && resultClass.isEmpty()) {
        problem(row.number, QStringLiteral("result_class"),
                tr("%1 is not a result class A, B, C or D").arg(classText));
        return false;
    }
    if (replied.isValid() != !classText.isEmpty()) {
        if (replied.isValid())
            problem(row.number, QStringLiteral("result_class"),
                    tr("a replied suggestion needs its result class (A, B, C or D)"));
        else
            problem(row.number, QStringLiteral("reply_date"),
                    tr("the reply date is required when a result class is given"));
        return false;
    }
    if (!replied.isValid())
        return false;
    StepRequest reply = importedStep(StepKind::Reply, replied);
    reply.resultClass = resultClass;
    reply.text = CellValues::text(cellOf(row, "reply_text"));
    if (reply.text.isEmpty())
        reply.text = tr("(the ledger does not give the reply's text)");
    const QString meeting = CellValues::text(cellOf(row, "face_to_face"));
    reply.faceToFace = CellValues::yes(cellOf(row, "face_to_face")) ||
                       meeting.contains(u"已见面") || meeting == u"见面" || meeting == u"面商";
    planned.history << reply;
    return true;
}

void SuggestionImport::planEvaluation(const Row& row, PlannedSuggestion& planned,
                                      const QDate& evaluated)
{
    const QString evaluationText = CellValues::text(cellOf(row, "evaluation"));
    if (evaluationText.isEmpty())
        return;
    const auto evaluation = evaluationOf(evaluationText);
    if (!evaluation) {
        problem(row.number, QStringLiteral("evaluation"),
                tr("%1 is not 满意, 基本满意 or 不满意").arg(evaluationText));
        return;
    }
    StepRequest evaluate = importedStep(StepKind::Evaluate, evaluated);
    evaluate.votes = {*evaluation};
    planned.history << evaluate;
    const QString step = CellValues::text(cellOf(row, "step"));
    if (step.contains(u"办结") || step.compare(u"closed", Qt::CaseInsensitive) == 0)
        planned.history << importedStep(StepKind::Close, evaluate.date);
}

// Runs the row's history through the state machine now, so a dry run names every row the
// import would refuse.
void SuggestionImport::checkHistory(const Row& row, const PlannedSuggestion& planned)
{
    const LoopMachine machine(*m_deadlines, Clock::today());
    Item item = planned.item;
    item.state = State::AwaitingDispatch;
    if (item.raisedDate > Clock::today())
        problem(row.number, QStringLiteral("submitted"),
                tr("%1 is in the future").arg(item.raisedDate.toString(Qt::ISODate)));
    for (const StepRequest& request : planned.history) {
        Step step;
        const Outcome outcome = machine.apply(item, request, &step);
        if (outcome.ok())
            continue;
        const char* field = request.kind == StepKind::Dispatch ? "dispatch_date"
                            : request.kind == StepKind::Reply  ? "reply_date"
                            : request.kind == StepKind::Close  ? "step"
                                                               : "evaluation_date";
        QString where = QLatin1String(field);
        if (!outcome.errors.isEmpty() && outcome.errors.first().field == u"due_date")
            where = QStringLiteral("due_date");
        problem(row.number, where, outcome.text());
        return;
    }
}

ImportCounts SuggestionImport::planned() const
{
    ImportCounts counts;
    for (const PlannedSuggestion& row : m_rows)
        (row.onRecord ? counts.skipped : counts.inserted)++;
    return counts;
}

bool SuggestionImport::canApply() const
{
    return m_planned && m_problems.isEmpty() &&
           (m_options.createMissing ||
            (m_missingAgencies.isEmpty() && m_missingCategories.isEmpty()));
}

Outcome SuggestionImport::apply(ImportCounts* counts)
{
    *counts = {};
    if (!canApply())
        return hasProblems();
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    for (const QString& name : std::as_const(m_missingCategories))
        if (const Outcome added = addCategory(m_db, name); !added.ok())
            return added;
    AgencyStore agencies(m_db);
    QHash<qint64, qint64> created; // provisional id → the new agency's id
    for (qsizetype i = 0; i < m_missingAgencies.size(); ++i) {
        Agency agency;
        agency.name = m_missingAgencies[i];
        agency.kind = guessAgencyKind(agency.name);
        if (const Outcome added = agencies.add(agency); !added.ok())
            return added;
        created.insert(kProvisionalAgency + i + 1, agency.id);
    }
    const auto real = [&](qint64 id) { return created.value(id, id); };
    LoopStore store(m_db);
    for (const PlannedSuggestion& row : std::as_const(m_rows)) {
        if (row.onRecord) {
            ++counts->skipped;
            continue;
        }
        Item item = row.item;
        QList<StepRequest> history = row.history;
        for (StepRequest& step : history) {
            step.leadAgencyId = real(step.leadAgencyId);
            for (qint64& id : step.coAgencyIds)
                id = real(id);
        }
        if (Outcome added = store.addSuggestion(item, m_options.actor, history); !added.ok()) {
            added.message = describe(ImportProblem{row.row, {}, added.text()});
            added.errors.clear();
            return added;
        }
        ++counts->inserted;
    }
    return transaction->commitWith(Outcome::success());
}

} // namespace dd::imports
