#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;

namespace dd::ui {

// 首页: the registry in numbers (deputies by level and status, stations by kind and rating) and
// the recently opened databases. The dashboard issue gives it more.
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db);
    void reload();
    void setRecentFiles(const QStringList& paths);
    QString summaryText() const;

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    QSqlDatabase m_db;
    QLabel* m_summary = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace dd::ui
