#pragma once

#include "common/DocumentText.h"
#include "loop/LoopMeasures.h"
#include "loop/LoopRecords.h"
#include "xlsx/WorkbookWriter.h"

// The loop's workbooks for superiors: 群众意见台账, 代表建议办理台账, 办理情况统计表 and the
// masked 办理结果公示表. Titles carry the congress's name and the period.
namespace dd::exports {

struct LoopSheetFrame {
    QString congressName;
    QString periodLabel; // 2026年第三季度
    QDate today;
};

// Names the sheet after `title` and gives it the frame's title line, date line, 序号 and footer.
void frameSheet(xlsx::Sheet& sheet, const DocumentText& text, const LoopSheetFrame& frame,
                const char* title);

xlsx::Sheet concernsSheet(const QList<loop::Item>& items, const LoopSheetFrame& frame,
                          const DocumentText& text);
xlsx::Sheet suggestionsSheet(const QList<loop::Item>& items, const LoopSheetFrame& frame,
                             const DocumentText& text);
xlsx::Sheet statsSheet(const QList<loop::Measures>& measures, const QString& groupHeader,
                       const LoopSheetFrame& frame, const DocumentText& text);
// Closed items only, every name and phone masked, also inside free text (PIPL).
xlsx::Sheet noticeSheet(const QList<loop::Item>& items, const LoopSheetFrame& frame,
                        const DocumentText& text);

} // namespace dd::exports
