#include "registry/GroupStore.h"

#include "common/TextNormalize.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace dd::registry {

GroupStore::GroupStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome GroupStore::add(DeputyGroup& group)
{
    group.name = normalizeText(group.name);
    FieldErrors errors;
    if (group.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("is required")});
    if (!QStringList{QStringLiteral("delegation"), QStringLiteral("deputy_group"),
                     QStringLiteral("professional_group")}
             .contains(group.kind))
        errors.append(
            {QStringLiteral("kind"), tr("must be delegation, deputy_group or professional_group")});
    if (group.termId <= 0)
        errors.append({QStringLiteral("term"), tr("is required")});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    group.uuid = storage::sql::newUuid();
    const Outcome written = storage::insertRow(
        m_db,
        QStringLiteral("INSERT INTO deputy_groups(uuid, name, kind, term_id) VALUES(?, ?, ?, ?)"),
        {group.uuid, group.name, group.kind, group.termId});
    group.id = written.id;
    return written;
}

Result<QList<DeputyGroup>> GroupStore::list(qint64 termId) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT g.id, g.uuid, g.name, g.kind, g.term_id, "
                           "(SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) "
                           "FROM deputy_groups g WHERE (? = 0 OR g.term_id = ?) ORDER BY g.id"),
            {termId, termId}))
        return storage::sql::readFailure(query);
    QList<DeputyGroup> groups;
    while (query.next())
        groups.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toLongLong(), query.value(5).toInt()});
    return groups;
}

Outcome GroupStore::addMember(qint64 groupId, qint64 deputyId)
{
    return storage::writeRow(
        m_db,
        QStringLiteral("INSERT INTO group_members(group_id, deputy_id) VALUES(?, ?) "
                       "ON CONFLICT DO NOTHING"),
        {groupId, deputyId});
}

} // namespace dd::registry
