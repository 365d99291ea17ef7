#include "loop/AgencyStore.h"

#include "common/TextNormalize.h"
#include "registry/Validation.h"
#include "storage/WriteTransaction.h"

namespace dd::loop {

namespace {
const char* const kColumns = "id, uuid, name, kind, contact, phone";

Agency fromQuery(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString()};
}
} // namespace

AgencyStore::AgencyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome AgencyStore::validate(Agency& agency) const
{
    agency.name = normalizeText(agency.name);
    agency.contact = normalizePersonName(agency.contact);
    agency.phone = normalizePhone(agency.phone);
    FieldErrors errors;
    if (agency.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("is required")});
    else if (const auto other = findByName(agency.name); other.failed())
        return other.failure();
    else if (other.found() && other->id != agency.id)
        errors.append({QStringLiteral("name"), tr("%1 is already on record").arg(agency.name)});
    if (!agencyKinds().contains(agency.kind))
        errors.append({QStringLiteral("kind"),
                       tr("%1 is not one of: %2").arg(agency.kind, agencyKinds().join(u", "))});
    registry::checkPhone(errors, QStringLiteral("phone"), agency.phone);
    return errors.isEmpty() ? Outcome::success() : Outcome::invalid(errors);
}

Outcome AgencyStore::add(Agency& agency)
{
    agency.id = 0;
    if (const Outcome valid = validate(agency); !valid.ok())
        return valid;
    agency.uuid = storage::sql::newUuid();
    const Outcome written =
        storage::insertRow(m_db,
                           QStringLiteral("INSERT INTO agencies(uuid, name, kind, contact, phone, "
                                          "created_at) VALUES(?, ?, ?, ?, ?, ?)"),
                           {agency.uuid, agency.name, agency.kind, agency.contact, agency.phone,
                            storage::sql::nowText()});
    agency.id = written.id;
    return written;
}

Outcome AgencyStore::update(const Agency& original)
{
    Agency agency = original;
    if (const Lookup<Agency> stored = find(agency.id); !stored.found())
        return stored.missing(tr("Agency %1 does not exist").arg(agency.id));
    if (const Outcome valid = validate(agency); !valid.ok())
        return valid;
    return storage::writeRow(
        m_db,
        QStringLiteral("UPDATE agencies SET name = ?, kind = ?, contact = ?, phone = ? "
                       "WHERE id = ?"),
        {agency.name, agency.kind, agency.contact, agency.phone, agency.id}, agency.id);
}

Result<QList<Agency>> AgencyStore::list() const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, QStringLiteral("SELECT %1 FROM agencies ORDER BY kind, name")
                                      .arg(QLatin1String(kColumns))))
        return storage::sql::readFailure(query);
    QList<Agency> agencies;
    while (query.next())
        agencies << fromQuery(query);
    return agencies;
}

Lookup<Agency> AgencyStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(
        query, QStringLiteral("SELECT %1 FROM agencies WHERE id = ?").arg(QLatin1String(kColumns)),
        {id}, fromQuery);
}

Lookup<Agency> AgencyStore::findByName(const QString& name) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(
        query,
        QStringLiteral("SELECT %1 FROM agencies WHERE name = ?").arg(QLatin1String(kColumns)),
        {normalizeText(name)}, fromQuery);
}

QString guessAgencyKind(const QString& name)
{
    if (name.contains(u"法院"))
        return QStringLiteral("court");
    if (name.contains(u"检察院"))
        return QStringLiteral("procuratorate");
    if (name.contains(u"监察委") || name.contains(u"监委"))
        return QStringLiteral("supervision");
    if (name.contains(u"政府") &&
        (name.contains(u'镇') || name.contains(u'乡') || name.contains(u"街道")) &&
        !name.startsWith(u"县"))
        return QStringLiteral("township");
    return QStringLiteral("department");
}

QStringList categories(QSqlDatabase db)
{
    QStringList names;
    QSqlQuery query(db);
    if (storage::sql::run(query, QStringLiteral("SELECT name FROM categories ORDER BY position")))
        while (query.next())
            names << query.value(0).toString();
    return names;
}

Outcome addCategory(QSqlDatabase db, const QString& rawName)
{
    const QString name = normalizeText(rawName);
    if (name.isEmpty())
        return Outcome::invalid(
            {{QStringLiteral("category"),
              QCoreApplication::translate("dd::loop::AgencyStore", "is required")}});
    if (categories(db).contains(name))
        return Outcome::success();
    return storage::writeRow(
        db,
        QStringLiteral("INSERT INTO categories(name, position) "
                       "SELECT ?, COALESCE(MAX(position), 0) + 1 FROM categories"),
        {name});
}

} // namespace dd::loop
