#pragma once

#include "common/Result.h"
#include "registry/Records.h"
#include "storage/Sql.h"

#include <optional>

namespace dd::registry {

// Townships and streets (乡镇/街道) of the county.
class TownshipStore {
public:
    explicit TownshipStore(QSqlDatabase db);

    Result<QList<Township>> list() const; // a failed read is a failure, never an empty list
    Lookup<Township> findByName(const QString& name) const;
    Lookup<Township> findById(qint64 id) const;
    // A record's township (0: none) checked for the form: a field error under "township" when it
    // is not on record, a failure when it cannot be read.
    Outcome checkReference(qint64 id, FieldErrors& errors) const;
    // Finds the township by name or records it; the kind follows the name (…街道 is a street).
    Outcome ensure(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace dd::registry
