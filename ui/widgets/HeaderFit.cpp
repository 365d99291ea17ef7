#include "HeaderFit.h"

#include <QHeaderView>
#include <QStyle>

namespace dd::ui {

void keepHeaderTextReadable(QHeaderView* header)
{
    if (!header->model())
        return;
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->isSortIndicatorShown()
                          ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                          : 0;
    int widest = header->minimumSectionSize();
    for (int section = 0; section < header->count(); ++section)
        widest = std::max(
            widest, header->fontMetrics().horizontalAdvance(
                        header->model()->headerData(section, header->orientation()).toString()) +
                        margins + arrow + 4);
    header->setMinimumSectionSize(widest);
}

} // namespace dd::ui
