#pragma once

#include "loop/LoopRecords.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"

#include "scoring/GapReport.h"
#include "usecases/ExportActions.h"

#include <QSqlDatabase>

class QTableView;
class QWidget;

namespace dd::ui {

// Records in the operator log that a file or print with personal data left the office; says so
// when the log could not record it.
void recordDisclosure(QWidget* parent, QSqlDatabase db, const usecase::Disclosure& disclosure);

// Asks where to save a file, starting in the folder the clerk last saved to (remembered).
QString askSavePath(QWidget* parent, const QString& caption, const QString& fileName,
                    const QString& filter);

// 文件 ▸ 导出 and the lists' export buttons: the rows shown, as the workbook superiors print.
void exportRosterWorkbook(QWidget* parent, QSqlDatabase db, const QList<registry::DeputyRow>& rows);
void exportStationsWorkbook(QWidget* parent, QSqlDatabase db,
                            const QList<registry::StationRow>& rows);
// 群众意见台账 or 代表建议办理台账 of the items shown.
void exportLedgerWorkbook(QWidget* parent, QSqlDatabase db, loop::ItemKind kind,
                          const QList<loop::Item>& items);

// 履职积分汇总表 of the scores shown (in their order), and the gap report on a day.
void exportScoresWorkbook(QWidget* parent, QSqlDatabase db,
                          const QList<scoring::DeputyScore>& scores, const QString& periodCode);
void exportGapsWorkbook(QWidget* parent, QSqlDatabase db, const QList<scoring::Gap>& gaps,
                        const QDate& date);

// Any list as shown on screen (its visible columns, filtered and sorted rows) as a workbook.
void exportViewWorkbook(QWidget* parent, const QTableView* view, const QString& title,
                        QSqlDatabase db);

} // namespace dd::ui
