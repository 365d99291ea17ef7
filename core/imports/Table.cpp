#include "imports/Table.h"

#include <algorithm>
#include <cmath>

namespace dd::imports {

const Cell* Row::cell(int column) const
{
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), column,
                                     [](const Cell& c, int wanted) { return c.column < wanted; });
    return it != cells.cend() && it->column == column ? &*it : nullptr;
}

QString columnLetters(int column)
{
    QString letters;
    for (; column > 0; column = (column - 1) / 26)
        letters.prepend(QChar(u'A' + (column - 1) % 26));
    return letters;
}

QString generalNumber(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

} // namespace dd::imports
