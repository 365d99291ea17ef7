#include "imports/Table.h"

#include <algorithm>

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

} // namespace dd::imports
