#include "HeaderFit.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace dd::ui {

int headerTextWidth(const QHeaderView* header, int section, bool withArrow)
{
    const QStyle* style = header->style();
    const QString text = header->model()->headerData(section, header->orientation()).toString();
    return header->fontMetrics().horizontalAdvance(text) +
           2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
           (withArrow ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) : 0);
}

void keepHeaderTextReadable(QHeaderView* header)
{
    if (!header->model())
        return;
    int widest = header->minimumSectionSize();
    for (int section = 0; section < header->count(); ++section)
        widest =
            std::max(widest, headerTextWidth(header, section, header->isSortIndicatorShown()) + 4);
    header->setMinimumSectionSize(widest);
}

} // namespace dd::ui
