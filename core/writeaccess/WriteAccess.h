#pragma once

#include <QSqlDatabase>

namespace dd::usecase {

// The door every write goes through: while one is held on a guarded connection, an outermost
// WriteTransaction may begin there. Only core's use cases hold one (this header sits outside the
// include roots the window and the CLI see), and core's own tests of the stores, which stand in
// for a use case. The operator log and roles will hook in here.
class WriteAccess {
public:
    explicit WriteAccess(QSqlDatabase db);
    ~WriteAccess();
    WriteAccess(const WriteAccess&) = delete;
    WriteAccess& operator=(const WriteAccess&) = delete;

private:
    QString m_connectionName;
};

} // namespace dd::usecase
