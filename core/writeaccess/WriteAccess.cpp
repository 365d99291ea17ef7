#include "writeaccess/WriteAccess.h"

#include "storage/WriteTransaction.h"

namespace dd::usecase {

WriteAccess::WriteAccess(QSqlDatabase db)
    : m_connectionName(db.connectionName())
{
    storage::WriteTransaction::grantAccess(m_connectionName);
}

WriteAccess::~WriteAccess()
{
    storage::WriteTransaction::revokeAccess(m_connectionName);
}

} // namespace dd::usecase
