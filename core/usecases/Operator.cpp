#include "usecases/Operator.h"

#include "writeaccess/Journal.h"

namespace dd::usecase {

// The names live beside the journal that writes them into the log.

void setOperator(QSqlDatabase db, const QString& name)
{
    setConnectionOperator(std::move(db), name);
}

QString operatorOf(QSqlDatabase db)
{
    return connectionOperator(std::move(db));
}

bool operatorIsAdministrator(QSqlDatabase)
{
    return true;
}

} // namespace dd::usecase
