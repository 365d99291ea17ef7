#include "ScreenFit.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QWidget>

namespace dd::ui {

void resizeWithinScreen(QWidget* dialog, const QSize& preferred)
{
    const QWidget* shownOver = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    const QScreen* screen = shownOver ? shownOver->screen() : QGuiApplication::primaryScreen();
    // Room for the window frame and the taskbar.
    const QSize room = screen ? screen->availableGeometry().size() - QSize(24, 48) : preferred;
    dialog->resize(preferred.boundedTo(room).expandedTo(dialog->minimumSizeHint()));
}

void fitRows(QAbstractItemView* list, int rows)
{
    const int count = list->model() ? list->model()->rowCount() : 0;
    const int row = count > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 6;
    list->setFixedHeight(row * std::max(1, std::min(rows, count)) + 2 * list->frameWidth());
}

void fitPlaceholder(QLineEdit* field, int widest)
{
    // The frame's and the text's margins, and the clear button's room when it has one.
    const int chrome = 12 + (field->isClearButtonEnabled() ? 22 : 0);
    field->setMinimumWidth(std::min(
        widest, field->fontMetrics().horizontalAdvance(field->placeholderText()) + chrome));
}

} // namespace dd::ui
