#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QListWidget;

namespace dd::ui {

// The activity types as data: the defaults and the county's own, added or renamed here. A new
// type earns no points until the scoring rules give it some.
class ActivityTypesDialog : public QDialog {
    Q_OBJECT
public:
    ActivityTypesDialog(QSqlDatabase db, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    bool changed() const { return m_changed; }
    // Adds or renames (the selected type); says what is wrong and returns false when refused.
    bool addType(const QString& name);
    bool renameSelected(const QString& name);

private:
    void reload();
    void askAdd();
    void askRename();

    QSqlDatabase m_db;
    QListWidget* m_list = nullptr;
    bool m_changed = false;
};

} // namespace dd::ui
