#include "registry/TownshipStore.h"

#include "common/TextNormalize.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace dd::registry {

namespace {
Township readTownship(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}
const QString kSelect = QStringLiteral("SELECT id, uuid, name, kind FROM townships");
} // namespace

TownshipStore::TownshipStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Township>> TownshipStore::list() const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, kSelect + QStringLiteral(" ORDER BY id")))
        return storage::sql::readFailure(query);
    QList<Township> townships;
    while (query.next())
        townships << readTownship(query);
    return townships;
}

Lookup<Township> TownshipStore::findByName(const QString& name) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query, kSelect + QStringLiteral(" WHERE name = ?"),
                                   {normalizeText(name)}, readTownship);
}

Lookup<Township> TownshipStore::findById(qint64 id) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query, kSelect + QStringLiteral(" WHERE id = ?"), {id},
                                   readTownship);
}

Outcome TownshipStore::checkReference(qint64 id, FieldErrors& errors) const
{
    if (id <= 0)
        return Outcome::success();
    const Lookup<Township> township = findById(id);
    if (township.failed())
        return township.failure();
    if (!township.found())
        errors.append(
            {QStringLiteral("township"),
             QCoreApplication::translate("dd::registry", "township %1 does not exist").arg(id)});
    return Outcome::success();
}

Outcome TownshipStore::ensure(const QString& rawName)
{
    const QString name = normalizeText(rawName);
    if (name.isEmpty())
        return Outcome::invalid({{QStringLiteral("township"),
                                  QCoreApplication::translate("dd::registry", "is required")}});
    if (const Lookup<Township> existing = findByName(name); existing.failed() || existing.found())
        return existing.failed() ? existing.failure() : Outcome::success(existing->id);
    const QString kind = name.endsWith(QStringLiteral("街道")) ? QStringLiteral("street")
                         : name.endsWith(QStringLiteral("乡")) ? QStringLiteral("township")
                                                               : QStringLiteral("town");
    return storage::insertRow(
        m_db,
        QStringLiteral("INSERT INTO townships(uuid, name, kind, created_at) VALUES(?, ?, ?, ?)"),
        {storage::sql::newUuid(), name, kind, storage::sql::nowText()});
}

} // namespace dd::registry
