#pragma once

#include "common/Result.h"
#include "loop/LoopRecords.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace dd::loop {

// 承办单位: the agencies that handle dispatched items.
class AgencyStore {
    Q_DECLARE_TR_FUNCTIONS(dd::loop::AgencyStore)

public:
    explicit AgencyStore(QSqlDatabase db);
    Outcome add(Agency& agency);
    Outcome update(const Agency& agency);
    Result<QList<Agency>> list() const;
    Lookup<Agency> find(qint64 id) const;
    Lookup<Agency> findByName(const QString& name) const;

private:
    // Normalises the fields; the field errors, or a failed read of the other agencies.
    Outcome validate(Agency& agency) const;
    QSqlDatabase m_db;
};

// The kind an agency's name suggests: 法院 → court, 检察院 → procuratorate, 监察委员会 →
// supervision, a township's or town's government → township, otherwise a department.
QString guessAgencyKind(const QString& name);

// 类别: the categories of concerns and suggestions, in their order.
QStringList categories(QSqlDatabase db);
Outcome addCategory(QSqlDatabase db, const QString& name);

} // namespace dd::loop
