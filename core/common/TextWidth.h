#pragma once

#include <QString>

namespace dd {

// Width of text in a fixed-width grid (console columns, Excel character units): East Asian
// wide characters count double.
int displayWidth(const QString& text);

} // namespace dd
