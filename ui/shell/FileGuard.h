#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLabel;
class QMainWindow;
class QMenu;
class QProgressDialog;
class QPushButton;
class QThread;
class QTimer;
class QWidget;

namespace dd::storage {
class Database;
}

namespace dd::ui {

// What keeps the open office file safe while the window works on it: the read-only banner
// (another window holds the file, or the file is write-protected), refreshing when another
// program changes the file, waiting visibly (and cancellably) for another program's write,
// automatic backups (first opening of the day, closing after changes), Back up now and
// Restore from backup, and the status bar's last backup.
class FileGuard : public QObject {
    Q_OBJECT
public:
    explicit FileGuard(QMainWindow* window);
    ~FileGuard() override;

    QWidget* banner() const { return m_banner; }
    void addFileActions(QMenu* file);
    // A newly opened database; the previous one (if any) was let go with release().
    void watch(storage::Database* database);
    // Before the window lets go of the database: a backup when it was changed.
    void release();

Q_SIGNALS:
    void changedElsewhere();
    void restored();
    void reopenRequested(bool takeOverLock);
    void message(const QString& text);

private:
    void updateBanner();
    void updateBackupStatus();
    void backUpNow();
    void restoreFromBackup();
    void makeBackup(const QString& reason);
    void warnAboutLocation();
    // Says at once when the operator log's chain or kept heads show entries changed or removed.
    void checkOperatorLog();
    bool keepWaiting(int waitedMs);
    void pollChanges();
    void checkInBackground(const QString& path);
    void reportCheck(const QString& path, const QStringList& problems);

    QMainWindow* m_window;
    storage::Database* m_database = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_takeOver = nullptr;
    QLabel* m_backupStatus = nullptr;
    QTimer* m_changes = nullptr;
    QTimer* m_waitEnd = nullptr;
    QThread* m_check = nullptr;
    qint64 m_dataVersion = -1;
    bool m_waiting = false;
    bool m_cancelled = false;
    QProgressDialog* m_waitDialog = nullptr;
    QMenu* m_fileMenu = nullptr;
};

} // namespace dd::ui
