#pragma once

#include <QSize>

class QWidget;

namespace dd::ui {

// Sizes a dialog to `preferred`, or to what the screen it opens on has room for (a 1024×768
// office PC), whichever is smaller; the dialog's layout takes the rest.
void resizeWithinScreen(QWidget* dialog, const QSize& preferred);

} // namespace dd::ui
