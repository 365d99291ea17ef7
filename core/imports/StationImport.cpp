#include "imports/StationImport.h"

#include "imports/CellValues.h"
#include "registry/StationStore.h"
#include "registry/TownshipStore.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

namespace dd::imports {

const QList<FieldSpec>& StationImport::fields()
{
    static const QList<FieldSpec> list = {
        {QStringLiteral("name"),
         {QStringLiteral("联络站名称"), QStringLiteral("站点名称"), QStringLiteral("名称"),
          QStringLiteral("站名"), QStringLiteral("联络站"), QStringLiteral("Station")}},
        {QStringLiteral("kind"),
         {QStringLiteral("类型"), QStringLiteral("站点类型"), QStringLiteral("类别"),
          QStringLiteral("Kind")}},
        {QStringLiteral("township"),
         {QStringLiteral("所属乡镇"), QStringLiteral("乡镇"), QStringLiteral("所在乡镇"),
          QStringLiteral("乡镇街道"), QStringLiteral("Township")}},
        {QStringLiteral("address"),
         {QStringLiteral("地址"), QStringLiteral("站址"), QStringLiteral("所在地址"),
          QStringLiteral("详细地址"), QStringLiteral("Address")}},
        {QStringLiteral("liaison_officer"),
         {QStringLiteral("联络员"), QStringLiteral("专职联络员"), QStringLiteral("联络员姓名"),
          QStringLiteral("Liaison officer")}},
        {QStringLiteral("phone"),
         {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("联络员电话"),
          QStringLiteral("Phone")}},
        {QStringLiteral("star_rating"),
         {QStringLiteral("星级"), QStringLiteral("星级评定"), QStringLiteral("Stars")}},
        {QStringLiteral("model"),
         {QStringLiteral("示范站"), QStringLiteral("是否示范站"), QStringLiteral("Model station")}},
        {QStringLiteral("reception_rule"),
         {QStringLiteral("接待日"), QStringLiteral("活动日"), QStringLiteral("接待时间"),
          QStringLiteral("Reception day")}},
        {QStringLiteral("notes"), {QStringLiteral("备注"), QStringLiteral("Notes")}},
        {QStringLiteral("serial"), {QStringLiteral("序号"), QStringLiteral("No.")}},
    };
    return list;
}

StationImport::StationImport(QSqlDatabase db, StationImportOptions options)
    : ImportPlan(std::move(db), QStringLiteral("name"))
    , m_options(options)
{
}

void StationImport::plan(const ImportSource& source)
{
    m_source = source;
    m_problems.clear();
    m_rows.clear();
    m_missingTownships.clear();
    m_townships.clear();
    m_stations.clear();
    const auto townships = registry::TownshipStore(m_db).list();
    const auto stations = registry::StationStore(m_db).list();
    m_planned = true;
    if (!townships || !stations) {
        m_problems.append(unreadableRecords(townships ? stations.failure() : townships.failure()));
        return;
    }
    for (const registry::Township& township : *townships)
        m_townships.insert(township.name, township.id);
    for (const registry::StationRow& row : *stations)
        m_stations.insert(row.station.name, row.station.id);
    QHash<QString, int> seen;
    for (const Row& row : std::as_const(m_source.table.rows))
        if (row.number > m_source.mapping.headerRow)
            planRow(row, seen);
}

void StationImport::planRow(const Row& row, QHash<QString, int>& seen)
{
    const ColumnMapping& mapping = m_source.mapping;
    const auto cell = [&](const char* field) {
        return row.cell(mapping.column(QLatin1String(field)));
    };
    PlannedStation planned;
    planned.row = row.number;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        if (it.key() != u"serial" && row.cell(it.value()))
            planned.given.insert(it.key());
    registry::Station& station = planned.station;
    station.name = CellValues::text(cell("name"));
    if (planned.given.isEmpty() ||
        (planned.given.size() == 1 &&
         (station.name.isEmpty() || station.name.contains(u'：') || station.name.contains(u':'))))
        return;
    if (const QString kind = CellValues::text(cell("kind")); !kind.isEmpty())
        station.kind = kind;
    station.address = CellValues::text(cell("address"));
    station.liaisonOfficer = CellValues::text(cell("liaison_officer"));
    station.phone = CellValues::phone(cell("phone"));
    if (const auto stars = CellValues::stars(cell("star_rating")))
        station.starRating = *stars;
    else
        problem(row.number, QStringLiteral("star_rating"), stars.error());
    station.isModel = CellValues::yes(cell("model"));
    station.receptionRule = CellValues::text(cell("reception_rule"));
    station.notes = CellValues::text(cell("notes"));
    normalize(station);
    for (const FieldError& error : validate(station))
        problem(row.number, error.field, error.message);
    planned.townshipName = CellValues::text(cell("township"));
    if (!planned.townshipName.isEmpty() && !m_townships.contains(planned.townshipName) &&
        !m_missingTownships.contains(planned.townshipName))
        m_missingTownships << planned.townshipName;
    if (!station.name.isEmpty()) {
        if (const int earlier = seen.value(station.name); earlier > 0) {
            problem(row.number, QStringLiteral("name"),
                    tr("the same station as row %1").arg(earlier));
            return;
        }
        seen.insert(station.name, row.number);
    }
    planned.existingId = m_stations.value(station.name, 0);
    m_rows.append(planned);
}

ImportCounts StationImport::planned() const
{
    ImportCounts counts;
    for (const PlannedStation& row : m_rows)
        (!row.existingId                                ? counts.inserted
         : m_options.onDuplicate == OnDuplicate::Update ? counts.updated
                                                        : counts.skipped)++;
    return counts;
}

bool StationImport::canApply() const
{
    return m_planned && m_problems.isEmpty() &&
           (m_options.createMissing || m_missingTownships.isEmpty());
}

Outcome StationImport::apply(ImportCounts* counts)
{
    *counts = {};
    if (!canApply())
        return hasProblems();
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    registry::TownshipStore townships(m_db);
    registry::StationStore stations(m_db);
    for (const QString& name : std::as_const(m_missingTownships)) {
        const Outcome created = townships.ensure(name);
        if (!created.ok())
            return created;
        m_townships.insert(name, created.id);
    }
    for (const PlannedStation& row : std::as_const(m_rows)) {
        registry::Station station = row.station;
        station.townshipId = m_townships.value(row.townshipName, 0);
        Outcome saved;
        if (!row.existingId) {
            saved = stations.add(station);
            ++counts->inserted;
        } else if (m_options.onDuplicate == OnDuplicate::Skip) {
            ++counts->skipped;
            continue;
        } else {
            registry::Station stored = *stations.get(row.existingId);
            const auto take = [&](const char* field, auto& target, const auto& value) {
                if (row.given.contains(QLatin1String(field)))
                    target = value;
            };
            take("kind", stored.kind, station.kind);
            take("township", stored.townshipId, station.townshipId);
            take("address", stored.address, station.address);
            take("liaison_officer", stored.liaisonOfficer, station.liaisonOfficer);
            take("phone", stored.phone, station.phone);
            take("star_rating", stored.starRating, station.starRating);
            take("model", stored.isModel, station.isModel);
            take("reception_rule", stored.receptionRule, station.receptionRule);
            take("notes", stored.notes, station.notes);
            saved = stations.update(stored);
            ++counts->updated;
        }
        if (!saved.ok()) {
            saved.message = describe(ImportProblem{row.row, {}, saved.text()});
            saved.errors.clear();
            return saved;
        }
    }
    return transaction->commitWith(Outcome::success());
}

} // namespace dd::imports
