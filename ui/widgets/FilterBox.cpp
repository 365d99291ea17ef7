#include "FilterBox.h"

#include <QComboBox>

namespace dd::ui {

void refillFilterBox(QComboBox* box, const QString& any,
                     const QList<QPair<QString, QVariant>>& entries)
{
    const QVariant kept = box->currentData();
    box->clear();
    box->addItem(any, QVariant());
    for (const auto& [text, value] : entries)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(kept)));
}

} // namespace dd::ui
