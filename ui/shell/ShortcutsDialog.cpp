#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
// A menu entry as read: without its access key, "&Open…" and the Chinese "打开(&O)…" alike.
QString plainText(const QAction* action)
{
    static const QRegularExpression accessKey(QStringLiteral("\\(&[^)]\\)"));
    return QString(action->text()).remove(accessKey).remove(QLatin1Char('&'));
}

// The menu's actions that have a shortcut, as "Menu ▸ Action", depth first.
void collect(const QMenu* menu, const QString& path, QList<std::pair<QString, QString>>* rows)
{
    for (const QAction* action : menu->actions()) {
        const QString text = path + QStringLiteral(" ▸ ") + plainText(action);
        if (action->menu())
            collect(action->menu(), text, rows);
        else if (!action->shortcut().isEmpty())
            rows->append({text, action->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const QAction* action : menus->actions())
        if (action->menu())
            collect(action->menu(), plainText(action), &rows);
    rows.append({tr("In a list ▸ Copy the selected rows"),
                 QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)});
    rows.append({tr("In a list ▸ Open the record"), tr("Double-click")});
    rows.append({tr("In a list ▸ What can be done with the record"), tr("Right-click")});
    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(480, m_table->horizontalHeader()->length() + 60), 520);
    m_table->scrollToTop();
}

} // namespace dd::ui
