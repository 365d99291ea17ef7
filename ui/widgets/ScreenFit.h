#pragma once

#include <QSize>

class QAbstractItemView;
class QLineEdit;
class QWidget;

namespace dd::ui {

// Sizes a dialog to `preferred`, or to what the screen it opens on has room for (a 1024×768
// office PC), whichever is smaller; the dialog's layout takes the rest.
void resizeWithinScreen(QWidget* dialog, const QSize& preferred);

// An empty field's hint ("Number, title, citizen …") is read whole: the field is at least as
// wide as it, up to `widest` pixels.
void fitPlaceholder(QLineEdit* field, int widest = 420);

// A short checklist in a form is exactly `rows` whole rows high (fewer when it holds fewer), so
// no row shows cut in half; the rest scrolls.
void fitRows(QAbstractItemView* list, int rows);

} // namespace dd::ui
