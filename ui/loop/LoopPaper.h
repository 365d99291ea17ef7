#pragma once

#include "loop/LoopRecords.h"

#include <QSqlDatabase>

class QWidget;

namespace dd::ui {

// The loop's paper through print preview, in the document language: a dispatch notice per
// agency, the feedback forms for replied items, and the masked public notice.
void previewDispatchNotices(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items);
void previewFeedbackForms(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items);
// 办理结果公示: the evaluated and closed items, every name and phone masked, A4 for the station's
// wall.
void previewPublicNotice(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items);

} // namespace dd::ui
