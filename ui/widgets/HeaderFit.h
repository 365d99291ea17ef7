#pragma once

class QHeaderView;

namespace dd::ui {

// The width a header section needs to show its text whole: the text, the style's margins and,
// when `withArrow`, the sort arrow beside it.
int headerTextWidth(const QHeaderView* header, int section, bool withArrow);

// No column of a narrow table (a detail pane's history, a score's explanation) is squeezed
// below its header's text: the header's minimum section size becomes the widest header text.
void keepHeaderTextReadable(QHeaderView* header);

} // namespace dd::ui
