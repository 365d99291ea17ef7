#pragma once

#include "loop/LoopRecords.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace dd::ui {

// 首页: what is late in the loop (overdue and due-soon counts that open the filtered ledger), the
// registry in numbers (deputies by level and status, stations by kind and rating) and the
// recently opened databases.
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db);
    void reload();
    void setRecentFiles(const QStringList& paths);
    QString summaryText() const;
    // The links to the late items of one ledger: each opens the list that holds just those.
    QPushButton* overdueButton(loop::ItemKind kind) const { return m_late[index(kind)][0]; }
    QPushButton* dueSoonButton(loop::ItemKind kind) const { return m_late[index(kind)][1]; }

Q_SIGNALS:
    void openRequested(const QString& path);
    void lateItemsRequested(loop::ItemKind kind, bool dueSoon); // false: the overdue ones

private:
    QSqlDatabase m_db;
    QLabel* m_summary = nullptr;
    QListWidget* m_recent = nullptr;
    static int index(loop::ItemKind kind) { return kind == loop::ItemKind::Concern ? 0 : 1; }
    QPushButton* m_late[2][2] = {}; // [concerns, suggestions][overdue, due soon]
};

} // namespace dd::ui
