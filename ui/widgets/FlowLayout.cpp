#include "FlowLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QWidget>

#include <algorithm>

namespace dd::ui {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    return arrange(QRect(0, 0, width, 0), false) + margins.top() + margins.bottom();
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// One row: what the widgets ask for, side by side.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width, height) +
           QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

// As narrow as the widest widget: everything else wraps.
QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (QLayoutItem* item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize())
                       .expandedTo(
                           QSize(std::min(item->sizeHint().width(), item->maximumSize().width()),
                                 item->sizeHint().height()));
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing() >= 0 ? spacing() : 6;
    QList<QLayoutItem*> shown;
    for (QLayoutItem* item : m_items)
        if (!item->isEmpty())
            shown << item;

    int y = area.y();
    for (qsizetype first = 0; first < shown.size();) {
        // Take as many widgets as fit the row (at least one).
        qsizetype end = first;
        int used = 0;
        int rowHeight = 0;
        int growing = 0;
        while (end < shown.size()) {
            const int width = shown[end]->sizeHint().width();
            const int needed = used + (end > first ? gap : 0) + width;
            if (end > first && needed > area.width())
                break;
            used = needed;
            rowHeight = std::max(rowHeight, shown[end]->sizeHint().height());
            if (shown[end]->expandingDirections() & Qt::Horizontal)
                ++growing;
            ++end;
        }
        if (place) {
            const int spare = std::max(0, area.width() - used);
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem* item = shown[i];
                int width = std::min(item->sizeHint().width(), area.width());
                if (growing > 0 && (item->expandingDirections() & Qt::Horizontal))
                    width += spare / growing;
                const int height = std::min(rowHeight, item->maximumSize().height());
                item->setGeometry(QRect(x, y + (rowHeight - height) / 2, width, height));
                x += width + gap;
            }
        }
        y += rowHeight + gap;
        first = end;
    }
    return std::max(0, y - gap - area.y());
}

QWidget* labelledFilter(const QString& label, QWidget* field, QWidget* parent)
{
    auto* pair = new QWidget(parent);
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(label, pair));
    row->addWidget(field);
    return pair;
}

} // namespace dd::ui
