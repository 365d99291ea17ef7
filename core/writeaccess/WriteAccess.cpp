#include "writeaccess/WriteAccess.h"

#include "storage/WriteTransaction.h"

namespace dd::usecase {

WriteAccess::WriteAccess(QSqlDatabase db)
    : m_connectionName(db.connectionName())
{
    WriteTransaction::grantAccess(m_connectionName);
}

WriteAccess::~WriteAccess()
{
    WriteTransaction::revokeAccess(m_connectionName);
}

} // namespace dd::usecase
