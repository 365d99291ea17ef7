#include "ListView.h"

#include "HeaderFit.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace dd::ui {

ListView::ListView(const QString& settingsKey, QWidget* parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ListView::chooseColumns);
}

ListView::~ListView()
{
    if (m_widthsKnown)
        QSettings().setValue(QStringLiteral("lists/") + m_settingsKey,
                             horizontalHeader()->saveState());
}

void ListView::restoreColumns(const QList<int>& hiddenByDefault)
{
    const QByteArray state =
        QSettings().value(QStringLiteral("lists/") + m_settingsKey).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state)) {
        m_widthsKnown = true;
    } else {
        for (int column : hiddenByDefault)
            setColumnHidden(column, true);
        // Fitted to the first rows shown, then left as the clerk sizes them; an empty list's
        // widths are not remembered.
        connect(model(), &QAbstractItemModel::modelReset, this, [this] {
            if (m_widthsKnown || model()->rowCount() == 0)
                return;
            m_widthsKnown = true;
            resizeColumnsToContents();
            // Never narrower than the header's text with the sort arrow beside it.
            for (int column = 0; column < model()->columnCount(); ++column)
                setColumnWidth(column, std::max(std::min(columnWidth(column), m_maximumFitted),
                                                headerTextWidth(horizontalHeader(), column, true)));
        });
    }
}

bool ListView::selectSourceRow(int sourceRow)
{
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model());
    if (!proxy || sourceRow < 0)
        return false;
    const QModelIndex shown = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!shown.isValid())
        return false;
    setCurrentIndex(shown);
    scrollTo(shown);
    return true;
}

QList<int> ListView::visibleSourceRows() const
{
    QList<int> rows;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(model());
    for (int row = 0; model() && row < model()->rowCount(); ++row)
        rows << (proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row);
    return rows;
}

void ListView::chooseColumns(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; model() && column < model()->columnCount(); ++column) {
        QAction* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            if (shown)
                resizeColumnToContents(column);
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}

} // namespace dd::ui
