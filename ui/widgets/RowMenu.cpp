#include "RowMenu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace dd::ui {

namespace {
QAction* copyAction(QTableView* view, QObject* parent)
{
    auto* copy = new QAction(QCoreApplication::translate("dd::ui::RowMenu", "Copy"), parent);
    copy->setObjectName(QStringLiteral("copy-rows"));
    copy->setShortcut(QKeySequence::Copy);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(selectedRowsText(view)); });
    return copy;
}
} // namespace

RowMenu::RowMenu(QTableView* view, std::function<void(QMenu*)> fill)
    : QObject(view)
    , m_view(view)
    , m_fill(std::move(fill))
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &RowMenu::show);
    QAction* copy = copyAction(view, view);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copy);
}

QMenu* RowMenu::build(QWidget* parent) const
{
    auto* menu = new QMenu(parent);
    m_fill(menu);
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(copyAction(m_view, menu));
    return menu;
}

void RowMenu::show(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    // The menu is about the row under the cursor: it becomes the current one unless it is
    // part of a selection of several.
    if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->setCurrentIndex(index);
    QMenu* menu = build(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

QString selectedRowsText(const QTableView* view)
{
    const QAbstractItemModel* model = view->model();
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns << column;
    }
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells << clean(model->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (int row : std::as_const(rows)) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells << clean(model->index(row, column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dd::ui
