#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dd {

// Every write goes through one of these: BEGIN IMMEDIATE takes the write lock up front (no
// deadlock between two readers upgrading), and a guard that is not committed rolls back.
// Guards nest: an inner guard joins the outermost transaction, and a failed inner guard makes
// the outer commit fail, so a multi-step operation is all-or-nothing.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    // Commits (outermost guard) or hands success to the outer guard; false when anything failed.
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_outermost = false;
    bool m_done = false;
    QString m_error;
};

} // namespace dd
