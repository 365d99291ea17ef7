#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QTableView;

namespace dd::ui {

// A record list's context menu: the page says what can be done with the record under the
// cursor (open, edit, its documents, its records elsewhere); Copy, last, copies the selected rows
// as the list shows them, with the column headers, ready to paste into a workbook. Ctrl+C on the
// list copies the same.
class RowMenu : public QObject {
    Q_OBJECT
public:
    RowMenu(QTableView* view, std::function<void(QMenu*)> fill);
    // The menu for the current record (the caller owns it): what a right-click shows.
    QMenu* build(QWidget* parent) const;

private:
    void show(const QPoint& position);

    QTableView* m_view;
    std::function<void(QMenu*)> m_fill;
};

// The selected rows as tab-separated text: the headers of the columns shown, then one line per
// row in the order shown.
QString selectedRowsText(const QTableView* view);

} // namespace dd::ui
