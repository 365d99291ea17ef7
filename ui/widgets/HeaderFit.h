#pragma once

class QHeaderView;

namespace dd::ui {

// No column of a narrow table (a detail pane's history, a score's explanation) is squeezed
// below its header's text: the header's minimum section size becomes the widest header text.
void keepHeaderTextReadable(QHeaderView* header);

} // namespace dd::ui
