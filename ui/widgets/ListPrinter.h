#pragma once

#include "report/TableReport.h"

#include <QSqlDatabase>

class QTableView;
class QWidget;

namespace dd::ui {

// Every list prints what it shows: the visible columns in their order, the filtered rows in
// their sorted order, in the screen's language, under the county congress's name, through a
// print preview.
report::TableReport reportFromView(const QTableView* view, const QString& title, QSqlDatabase db);
// Any report through the print preview, titled with its title; true when it was printed.
bool previewReport(QWidget* parent, const report::TableReport& report);
void previewList(QWidget* parent, const QTableView* view, const QString& title, QSqlDatabase db);

} // namespace dd::ui
