#pragma once

#include "common/Result.h"
#include "registry/Records.h"
#include "storage/Sql.h"
#include <QCoreApplication>

namespace dd::registry {

struct DeputyGroup {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind; // delegation | deputy_group | professional_group
    qint64 termId = 0;
    int memberCount = 0;
};

// Delegations, deputy groups and professional groups of a term.
class GroupStore {
    Q_DECLARE_TR_FUNCTIONS(dd::registry::GroupStore)

public:
    explicit GroupStore(QSqlDatabase db);

    Outcome add(DeputyGroup& group);
    Result<QList<DeputyGroup>> list(qint64 termId = 0) const;
    Outcome addMember(qint64 groupId, qint64 deputyId);

private:
    QSqlDatabase m_db;
};

} // namespace dd::registry
