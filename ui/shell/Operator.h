#pragma once

#include <QString>

class QWidget;

// The clerk working at this PC, whose name fills 经办人 on every step and record the window makes.
// Kept per PC user (not in the office file, which several clerks may share); the accounts of
// the accountability work will take its place where they are switched on.
namespace dd::ui {

QString operatorName();
void setOperatorName(const QString& name);
// At first start, asks once for the name; 设置 changes it later.
void askOperatorNameOnce(QWidget* window);

} // namespace dd::ui
