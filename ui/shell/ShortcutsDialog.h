#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace dd::ui {

// 帮助 ▸ 快捷键: every keyboard shortcut of the window, read from its menus (so the list never
// goes stale), and those of the lists.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace dd::ui
