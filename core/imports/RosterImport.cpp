#include "imports/RosterImport.h"

#include "common/Clock.h"
#include "imports/CellValues.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

namespace dd::imports {

namespace {
QString personKey(const QString& name, const QString& birthMonth)
{
    return name + u'|' + birthMonth;
}

// The file's values replace the record's where the file gives them and they differ from the
// record as it was before the import: a person on several rows (a membership each) keeps the
// value the clerk corrected on one of them. Two rows correcting one field differently are a
// conflict: the field is returned.
QString mergeGiven(registry::Deputy& stored, const registry::Deputy& before,
                   const PlannedDeputy& row)
{
    const registry::Deputy& file = row.deputy;
    QString conflict;
    const auto take = [&](const char* field, auto& target, const auto& value, const auto& was) {
        if (!row.given.contains(QLatin1String(field)) || value == was || value == target)
            return;
        if (target != was && conflict.isEmpty())
            conflict = QLatin1String(field);
        target = value;
    };
    take("gender", stored.gender, file.gender, before.gender);
    take("ethnicity", stored.ethnicity, file.ethnicity, before.ethnicity);
    take("birth_month", stored.birthMonth, file.birthMonth, before.birthMonth);
    take("party", stored.party, file.party, before.party);
    take("education", stored.education, file.education, before.education);
    take("work_unit", stored.workUnit, file.workUnit, before.workUnit);
    take("phone", stored.phone, file.phone, before.phone);
    take("id_number", stored.idNumber, file.idNumber, before.idNumber);
    take("address", stored.address, file.address, before.address);
    take("composition", stored.composition, file.composition, before.composition);
    take("notes", stored.notes, file.notes, before.notes);
    take("cadre", stored.isCadre, file.isCadre, before.isCadre);
    return conflict;
}
} // namespace

struct TermMembers {
    QHash<QString, qint64> byCertificate;
    QHash<QString, qint64> byPerson; // name|birth month
    QMultiHash<QString, qint64> byName;
    QHash<qint64, QString> names;
};

struct RosterImport::TermIndex {
    QHash<qint64, TermMembers> members; // by term id, read when a row first names the term
    QHash<std::pair<int, int>, std::optional<registry::Term>> terms; // by (level, number)
    QHash<QString, qint64> townships;
    QHash<QString, qint64> stations;
    QSet<QString> people; // name|birth month of everyone on record, any level or term
};

const QList<FieldSpec>& RosterImport::fields()
{
    static const QList<FieldSpec> list = {
        {QStringLiteral("name"),
         {QStringLiteral("姓名"), QStringLiteral("代表姓名"), QStringLiteral("名字"),
          QStringLiteral("Name")}},
        {QStringLiteral("gender"), {QStringLiteral("性别"), QStringLiteral("Gender")}},
        {QStringLiteral("ethnicity"), {QStringLiteral("民族"), QStringLiteral("Ethnicity")}},
        {QStringLiteral("birth_month"),
         {QStringLiteral("出生年月"), QStringLiteral("出生日期"), QStringLiteral("出生年月日"),
          QStringLiteral("生日"), QStringLiteral("Born"), QStringLiteral("Birth month")}},
        {QStringLiteral("party"),
         {QStringLiteral("政治面貌"), QStringLiteral("党派"), QStringLiteral("Party")}},
        {QStringLiteral("education"),
         {QStringLiteral("学历"), QStringLiteral("文化程度"), QStringLiteral("学历学位"),
          QStringLiteral("Education")}},
        {QStringLiteral("work_unit"),
         {QStringLiteral("工作单位及职务"), QStringLiteral("单位及职务"),
          QStringLiteral("工作单位及职务职称"), QStringLiteral("工作单位和职务"),
          QStringLiteral("工作单位"), QStringLiteral("单位职务"), QStringLiteral("职务"),
          QStringLiteral("Work unit and position")}},
        {QStringLiteral("phone"),
         {QStringLiteral("联系电话"), QStringLiteral("手机号码"), QStringLiteral("手机号"),
          QStringLiteral("手机"), QStringLiteral("电话"), QStringLiteral("联系方式"),
          QStringLiteral("Phone")}},
        {QStringLiteral("id_number"),
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"),
          QStringLiteral("ID number")}},
        {QStringLiteral("address"),
         {QStringLiteral("地址"), QStringLiteral("通讯地址"), QStringLiteral("家庭住址"),
          QStringLiteral("住址"), QStringLiteral("Address")}},
        {QStringLiteral("composition"),
         {QStringLiteral("代表构成"), QStringLiteral("构成"), QStringLiteral("Composition")}},
        {QStringLiteral("cadre"),
         {QStringLiteral("干部代表"), QStringLiteral("是否干部代表"), QStringLiteral("职务代表"),
          QStringLiteral("Cadre deputy")}},
        {QStringLiteral("certificate_no"),
         {QStringLiteral("代表证号"), QStringLiteral("代表证编号"), QStringLiteral("证号"),
          QStringLiteral("Certificate no.")}},
        {QStringLiteral("electoral_district"),
         {QStringLiteral("选区"), QStringLiteral("选举单位"), QStringLiteral("所在选区"),
          QStringLiteral("Electoral district")}},
        {QStringLiteral("delegation"),
         {QStringLiteral("代表团"), QStringLiteral("所属代表团"), QStringLiteral("Delegation")}},
        {QStringLiteral("township"),
         {QStringLiteral("所属乡镇"), QStringLiteral("乡镇"), QStringLiteral("所在乡镇"),
          QStringLiteral("乡镇街道"), QStringLiteral("Township")}},
        {QStringLiteral("station"),
         {QStringLiteral("所属联络站"), QStringLiteral("联络站"), QStringLiteral("进站联络站"),
          QStringLiteral("所在联络站"), QStringLiteral("Primary station")}},
        {QStringLiteral("notes"), {QStringLiteral("备注"), QStringLiteral("Notes")}},
        {QStringLiteral("level"),
         {QStringLiteral("层级"), QStringLiteral("代表层级"), QStringLiteral("级别"),
          QStringLiteral("Level")}},
        {QStringLiteral("term"),
         {QStringLiteral("届次"), QStringLiteral("届别"), QStringLiteral("Term")}},
        {QStringLiteral("serial"), {QStringLiteral("序号"), QStringLiteral("No.")}},
    };
    return list;
}

RosterImport::RosterImport(QSqlDatabase db, RosterImportOptions options)
    : ImportPlan(std::move(db), QStringLiteral("name"))
    , m_options(options)
{
}

bool RosterImport::resolveTerm()
{
    const registry::Level level =
        m_options.level.value_or(registry::OfficeSettings(m_db).officeLevel());
    registry::TermStore terms(m_db);
    const Lookup<registry::Term> term =
        m_options.termNumber > 0 ? terms.find(level, m_options.termNumber) : terms.current(level);
    if (term.failed()) {
        m_problems.append(unreadableRecords(term.failure()));
        return false;
    }
    if (!term.found()) {
        m_problems.append(
            {0,
             {},
             m_options.termNumber > 0
                 ? tr("There is no term %1 of the %2 level on record; start it first (换届).")
                       .arg(m_options.termNumber)
                       .arg(registry::levelName(level))
                 : tr("The %1 level has no current term; start one first (换届).")
                       .arg(registry::levelName(level))});
        return false;
    }
    m_term = *term;
    m_index = std::make_shared<TermIndex>();
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, QStringLiteral("SELECT name, birth_month FROM deputies WHERE "
                                                 "birth_month <> ''"))) {
        m_problems.append(unreadableRecords(storage::sql::readFailure(query)));
        return false;
    }
    while (query.next())
        m_index->people.insert(personKey(query.value(0).toString(), query.value(1).toString()));
    const auto townships = registry::TownshipStore(m_db).list();
    const auto stations = registry::StationStore(m_db).list();
    if (!townships || !stations) {
        m_problems.append(unreadableRecords(townships ? stations.failure() : townships.failure()));
        return false;
    }
    for (const registry::Township& township : *townships)
        m_index->townships.insert(township.name, township.id);
    for (const registry::StationRow& station : *stations)
        m_index->stations.insert(station.station.name, station.station.id);
    return true;
}

const TermMembers& RosterImport::membersOf(qint64 termId)
{
    if (const auto it = m_index->members.constFind(termId); it != m_index->members.constEnd())
        return *it;
    TermMembers& members = m_index->members[termId];
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT d.id, d.name, d.birth_month, m.certificate_no FROM "
                           "memberships m JOIN deputies d ON d.id = m.deputy_id WHERE "
                           "m.term_id = ?"),
            {termId})) {
        // Duplicates could not be judged: the file cannot be imported (said once per term).
        m_problems.append(unreadableRecords(storage::sql::readFailure(query)));
        return members;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        members.names.insert(id, name);
        members.byName.insert(name, id);
        if (const QString birth = query.value(2).toString(); !birth.isEmpty())
            members.byPerson.insert(personKey(name, birth), id);
        if (const QString certificate = query.value(3).toString(); !certificate.isEmpty())
            members.byCertificate.insert(certificate, id);
    }
    return members;
}

// The row's own level and term when the file has 层级/届次 columns (as DeputyDesk's roster
// export does, a row per membership), else the term chosen for the import.
std::optional<registry::Term> RosterImport::rowTerm(const Row& row)
{
    const ColumnMapping& mapping = m_source.mapping;
    const Cell* levelCell = row.cell(mapping.column(QStringLiteral("level")));
    const Cell* termCell = row.cell(mapping.column(QStringLiteral("term")));
    if (!levelCell && !termCell)
        return m_term;
    registry::Level level = m_term.level;
    if (levelCell) {
        const auto parsed = registry::parseLevel(CellValues::text(levelCell));
        if (!parsed) {
            problem(row.number, QStringLiteral("level"),
                    tr("%1 is not a level (全国, 省, 市, 县, 乡镇)").arg(levelCell->text));
            return std::nullopt;
        }
        level = *parsed;
    }
    int number = m_term.level == level ? m_term.number : 0;
    if (termCell) {
        bool ok = false;
        number = CellValues::code(termCell).remove(QChar(u'第')).remove(QChar(u'届')).toInt(&ok);
        if (!ok || number <= 0) {
            problem(row.number, QStringLiteral("term"),
                    tr("%1 is not a term number such as 18").arg(termCell->text));
            return std::nullopt;
        }
    }
    // Looked up once per level and term, not once per row.
    const auto key = std::pair{int(level), number};
    if (!m_index->terms.contains(key)) {
        const Lookup<registry::Term> lookup = number > 0
                                                  ? registry::TermStore(m_db).find(level, number)
                                                  : registry::TermStore(m_db).current(level);
        if (lookup.failed()) {
            m_problems.append(unreadableRecords(lookup.failure()));
            return std::nullopt;
        }
        m_index->terms.insert(key, lookup.value());
    }
    const std::optional<registry::Term> term = m_index->terms.value(key);
    if (!term)
        problem(row.number, QStringLiteral("term"),
                tr("there is no term %1 of the %2 level on record")
                    .arg(number)
                    .arg(registry::levelName(level)));
    return term;
}

void RosterImport::plan(const ImportSource& source)
{
    m_source = source;
    m_problems.clear();
    m_rows.clear();
    m_missingStations.clear();
    m_missingTownships.clear();
    if (!resolveTerm())
        return;
    QHash<QString, int> seen;
    for (const Row& row : std::as_const(m_source.table.rows))
        if (row.number > m_source.mapping.headerRow)
            planRow(row, seen);
}

void RosterImport::planRow(const Row& row, QHash<QString, int>& seen)
{
    const ColumnMapping& mapping = m_source.mapping;
    const auto cell = [&](const char* field) {
        return row.cell(mapping.column(QLatin1String(field)));
    };
    PlannedDeputy planned;
    planned.row = row.number;
    int valued = 0;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        if (it.key() != u"serial" && row.cell(it.value())) {
            planned.given.insert(it.key());
            ++valued;
        }
    const QString name = CellValues::text(cell("name"));
    // Blank numbered rows, totals and "填表人：…" lines under the table are not deputies.
    if (valued == 0 ||
        (valued == 1 && (name.isEmpty() || name.contains(u':') || name.contains(u'：'))))
        return;

    registry::Deputy& deputy = planned.deputy;
    deputy.name = name;
    deputy.gender = CellValues::text(cell("gender"));
    deputy.ethnicity = CellValues::text(cell("ethnicity"));
    if (const auto birthMonth = CellValues::birthMonth(cell("birth_month")))
        deputy.birthMonth = *birthMonth;
    else
        problem(row.number, QStringLiteral("birth_month"), birthMonth.error());
    deputy.party = CellValues::text(cell("party"));
    deputy.education = CellValues::text(cell("education"));
    deputy.workUnit = CellValues::text(cell("work_unit"));
    deputy.phone = CellValues::phone(cell("phone"));
    if (const auto idNumber = CellValues::idNumber(cell("id_number")))
        deputy.idNumber = *idNumber;
    else
        problem(row.number, QStringLiteral("id_number"), idNumber.error());
    deputy.address = CellValues::text(cell("address"));
    deputy.composition = CellValues::text(cell("composition"));
    deputy.isCadre = CellValues::yes(cell("cadre"));
    deputy.notes = CellValues::text(cell("notes"));
    normalize(deputy);
    for (const FieldError& error : validate(deputy))
        if (error.field != u"birth_month" || planned.given.contains(error.field))
            problem(row.number, error.field, error.message);

    const auto term = rowTerm(row);
    if (!term)
        return;
    registry::Membership& membership = planned.membership;
    membership.termId = term->id;
    membership.level = term->level;
    membership.termNumber = term->number;
    membership.startDate = term->startDate;
    membership.certificateNo = CellValues::code(cell("certificate_no"));
    membership.electoralDistrict = CellValues::text(cell("electoral_district"));
    membership.delegation = CellValues::text(cell("delegation"));
    normalize(membership);
    planned.townshipName = CellValues::text(cell("township"));
    planned.stationName = CellValues::text(cell("station"));
    if (!planned.townshipName.isEmpty() && !m_index->townships.contains(planned.townshipName) &&
        !m_missingTownships.contains(planned.townshipName))
        m_missingTownships << planned.townshipName;
    if (!planned.stationName.isEmpty() && !m_index->stations.contains(planned.stationName) &&
        !m_missingStations.contains(planned.stationName))
        m_missingStations << planned.stationName;

    // The same deputy twice in the file, in one term.
    const QString certificate = membership.certificateNo;
    const QString person =
        deputy.birthMonth.isEmpty() ? QString() : personKey(deputy.name, deputy.birthMonth);
    for (QString key : {certificate.isEmpty() ? QString() : u"c:" + certificate,
                        person.isEmpty() ? QString() : u"p:" + person}) {
        if (key.isEmpty())
            continue;
        key += QLatin1Char('|') + QString::number(term->id);
        if (const int earlier = seen.value(key); earlier > 0) {
            problem(row.number,
                    key.startsWith(u'c') ? QStringLiteral("certificate_no")
                                         : QStringLiteral("name"),
                    tr("the same deputy as row %1").arg(earlier));
            return;
        }
        seen.insert(key, row.number);
    }

    // Already a deputy of this term?
    const TermMembers& members = membersOf(term->id);
    const qint64 byCertificate = members.byCertificate.value(certificate, 0);
    qint64 byPerson = person.isEmpty() ? 0 : members.byPerson.value(person, 0);
    if (person.isEmpty() && members.byName.count(deputy.name) == 1)
        byPerson = members.byName.value(deputy.name);
    if (byCertificate && byPerson && byCertificate != byPerson) {
        problem(row.number, QStringLiteral("certificate_no"),
                tr("%1 belongs to %2 in this term, not to this row's %3")
                    .arg(certificate, members.names.value(byCertificate), deputy.name));
        return;
    }
    planned.existingDeputyId = byCertificate ? byCertificate : byPerson;
    m_rows.append(planned);
}

ImportCounts RosterImport::planned() const
{
    ImportCounts counts;
    for (const PlannedDeputy& row : m_rows) {
        if (!row.existingDeputyId)
            ++counts.inserted;
        else if (m_options.onDuplicate == OnDuplicate::Update)
            ++counts.updated;
        else
            ++counts.skipped;
    }
    return counts;
}

bool RosterImport::canApply() const
{
    return m_index && m_problems.isEmpty() &&
           (m_options.createMissing ||
            (m_missingStations.isEmpty() && m_missingTownships.isEmpty()));
}

Outcome RosterImport::apply(ImportCounts* counts)
{
    *counts = {};
    if (!canApply())
        return hasProblems();
    const auto failedAt = [](int row, const Outcome& outcome) {
        Outcome failure = outcome;
        failure.message = describe(ImportProblem{row, {}, outcome.text()});
        failure.errors.clear();
        return failure;
    };
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (const Outcome created = createMissingPlaces(); !created.ok())
        return created;
    registry::DeputyStore deputies(m_db);
    QHash<qint64, registry::Deputy> before; // each person as on record before the import
    for (PlannedDeputy row : std::as_const(m_rows)) {
        row.membership.townshipId = m_index->townships.value(row.townshipName, 0);
        const qint64 stationId = m_index->stations.value(row.stationName, 0);
        if (row.existingDeputyId && m_options.onDuplicate == OnDuplicate::Skip) {
            ++counts->skipped;
            continue;
        }
        if (row.existingDeputyId) {
            Outcome updated = refreshPerson(row.existingDeputyId, row, before);
            if (updated.ok())
                updated = updateMembership(row, stationId);
            if (!updated.ok())
                return failedAt(row.row, updated);
            ++counts->updated;
            continue;
        }
        // A person on record from another level or term keeps one record, refreshed by the file.
        const bool known =
            !row.deputy.birthMonth.isEmpty() &&
            m_index->people.contains(personKey(row.deputy.name, row.deputy.birthMonth));
        registry::Deputy deputy = row.deputy;
        if (const Outcome added = deputies.add(deputy, row.membership, stationId); !added.ok())
            return failedAt(row.row, added);
        if (known)
            if (const Outcome updated = refreshPerson(deputy.id, row, before); !updated.ok())
                return failedAt(row.row, updated);
        ++counts->inserted;
    }
    return transaction->commitWith(Outcome::success());
}

Outcome RosterImport::createMissingPlaces()
{
    registry::TownshipStore townships(m_db);
    for (const QString& name : std::as_const(m_missingTownships)) {
        const Outcome created = townships.ensure(name);
        if (!created.ok())
            return created;
        m_index->townships.insert(name, created.id);
    }
    registry::StationStore stations(m_db);
    for (const QString& name : std::as_const(m_missingStations)) {
        registry::Station station;
        station.name = name;
        for (const PlannedDeputy& row : std::as_const(m_rows))
            if (row.stationName == name && !row.townshipName.isEmpty()) {
                station.townshipId = m_index->townships.value(row.townshipName);
                break;
            }
        const Outcome created = stations.add(station);
        if (!created.ok())
            return created;
        m_index->stations.insert(name, created.id);
    }
    return Outcome::success();
}

Outcome RosterImport::refreshPerson(qint64 id, const PlannedDeputy& row,
                                    QHash<qint64, registry::Deputy>& before)
{
    registry::DeputyStore deputies(m_db);
    Lookup<registry::Deputy> stored = deputies.get(id);
    if (!stored.found())
        return stored.missing({});
    if (!before.contains(id))
        before.insert(id, *stored);
    if (const QString field = mergeGiven(*stored, before.value(id), row); !field.isEmpty())
        return Outcome::invalid(
            {{field, tr("another row of %1 gives it a different value").arg(stored->name)}});
    return deputies.update(*stored);
}

Outcome RosterImport::updateMembership(const PlannedDeputy& row, qint64 stationId)
{
    registry::DeputyStore deputies(m_db);
    const auto memberships = deputies.memberships(row.existingDeputyId);
    if (!memberships)
        return memberships.failure();
    for (registry::Membership membership : *memberships) {
        if (membership.termId != row.membership.termId)
            continue;
        if (row.given.contains(QStringLiteral("certificate_no")))
            membership.certificateNo = row.membership.certificateNo;
        if (row.given.contains(QStringLiteral("electoral_district")))
            membership.electoralDistrict = row.membership.electoralDistrict;
        if (row.given.contains(QStringLiteral("delegation")))
            membership.delegation = row.membership.delegation;
        if (row.given.contains(QStringLiteral("township")))
            membership.townshipId = row.membership.townshipId;
        if (const Outcome saved = deputies.updateMembership(membership); !saved.ok())
            return saved;
    }
    if (!stationId)
        return Outcome::success();
    const auto assigned = deputies.stations(row.existingDeputyId);
    if (!assigned)
        return assigned.failure();
    const auto& current = *assigned;
    const bool already = std::any_of(current.cbegin(), current.cend(), [&](auto& s) {
        return std::get<0>(s) == stationId && std::get<2>(s);
    });
    return already ? Outcome::success()
                   : registry::StationStore(m_db).assign(row.existingDeputyId, stationId, true,
                                                         Clock::today());
}

} // namespace dd::imports
