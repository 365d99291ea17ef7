#pragma once

#include "exports/LoopExports.h"
#include "scoring/GapReport.h"

// 履职积分汇总表 and the gap report as workbooks, in the document language.
namespace dd::exports {

// One row per deputy and level, in the order given: per item the period's count and points
// (the items any rule gives points for), then the period's points and deductions, the total,
// the ranks, the grade and the minimums ("进站 2/4").
xlsx::Sheet scoresSheet(const QList<scoring::DeputyScore>& scores, const LoopSheetFrame& frame,
                        const DocumentText& text);
xlsx::Sheet gapsSheet(const QList<scoring::Gap>& gaps, const LoopSheetFrame& frame,
                      const DocumentText& text);

// An item's or minimum's name in the document language (the county's own words as they are).
QString scoringName(const QString& name, const DocumentText& text);
QString minimumsText(const scoring::DeputyScore& score, const DocumentText& text);

} // namespace dd::exports
