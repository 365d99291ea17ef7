#pragma once

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
    QPushButton* overdueButton() const { return m_overdue; }
    QPushButton* dueSoonButton() const { return m_dueSoon; }

Q_SIGNALS:
    void openRequested(const QString& path);
    void lateItemsRequested(bool dueSoon); // false: the overdue ones

private:
    QSqlDatabase m_db;
    QLabel* m_summary = nullptr;
    QListWidget* m_recent = nullptr;
    QPushButton* m_overdue = nullptr;
    QPushButton* m_dueSoon = nullptr;
};

} // namespace dd::ui
