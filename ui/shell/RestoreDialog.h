#pragma once

#include <QDialog>

class QTableWidget;

namespace dd::storage {
class Database;
}

namespace dd::ui {

// File ▸ Restore from backup…: the backups with their date, reason, size, counts and the
// program that wrote them; restoring backs up the current content first (core does it).
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(storage::Database& database, QWidget* parent = nullptr);
    // The backup whose content was restored, for the window's message; empty when none.
    QString restored() const { return m_restored; }

private:
    void fill();
    void restoreSelected();
    void restoreFile(const QString& path);

    storage::Database& m_database;
    QTableWidget* m_table = nullptr;
    QString m_restored;
};

} // namespace dd::ui
