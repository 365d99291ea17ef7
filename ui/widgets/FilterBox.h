#pragma once

#include <QList>
#include <QPair>
#include <QVariant>

class QComboBox;

namespace dd::ui {

// Refills a list's filter box: "any" first (no data), then the entries; the choice made before
// stays chosen when it is still there. Signals are left to the caller to block.
void refillFilterBox(QComboBox* box, const QString& any,
                     const QList<QPair<QString, QVariant>>& entries);

} // namespace dd::ui
