#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dd::usecase {

// Who is working on a connection: the name every operator-log entry carries, and 经办人 of a
// loop record or step that names nobody else. The CLI sets it from --user; otherwise it is the
// name saved on this computer (设置 ▸ 经办人, asked at the window's first start).
void setOperator(QSqlDatabase db, const QString& name);
QString operatorOf(QSqlDatabase db);
// Whether the operator may act for others (withdraw a step another clerk recorded). Without
// accounts an office has one clerk at a time, who is its own administrator.
bool operatorIsAdministrator(QSqlDatabase db);

// The name saved in the user's settings on this computer, shared by the window and the CLI.
QString savedOperatorName();
void saveOperatorName(const QString& name);

} // namespace dd::usecase
