#pragma once

#include "loop/LoopRecords.h"

#include <QSqlDatabase>

class QWidget;

namespace dd::ui {

// The loop's paper through print preview, in the document language: a dispatch notice per
// agency, and the feedback forms for replied items.
void previewDispatchNotices(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items);
void previewFeedbackForms(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items);

} // namespace dd::ui
