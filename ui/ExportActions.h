#pragma once

#include "registry/DeputyStore.h"
#include "registry/StationStore.h"

#include <QSqlDatabase>

class QWidget;

namespace dd::ui {

// 文件 ▸ 导出 and the lists' export buttons: the rows shown, as the workbook superiors print.
void exportRosterWorkbook(QWidget* parent, QSqlDatabase db, const QList<DeputyRow>& rows);
void exportStationsWorkbook(QWidget* parent, QSqlDatabase db, const QList<StationRow>& rows);

} // namespace dd::ui
