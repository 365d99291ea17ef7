#include "FileGuard.h"

#include "RestoreDialog.h"
#include "WriteControls.h"
#include "common/Clock.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/OperatorLog.h"
#include "storage/Platform.h"
#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace dd::ui {

namespace {
constexpr int kPollChangesMs = 2000;
constexpr int kShowWaitAfterMs = 400;
constexpr int kGiveUpAfterMs = 120000;
constexpr int kWarnAfterDays = 7;
} // namespace

FileGuard::FileGuard(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_banner = new QWidget(window);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(
        QStringLiteral(
            "#readOnlyBanner { background: %1; border: 1px solid %2; border-radius: 3px; }")
            .arg(palette::bannerFill().name(), palette::bannerBorder().name()));
    auto* layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    layout->addWidget(m_bannerText, 1);
    auto* retry = new QPushButton(tr("Open again"), m_banner);
    m_takeOver = new QPushButton(tr("Open for writing anyway"), m_banner);
    layout->addWidget(retry);
    layout->addWidget(m_takeOver);
    connect(retry, &QPushButton::clicked, this, [this] { Q_EMIT reopenRequested(false); });
    connect(m_takeOver, &QPushButton::clicked, this, [this] {
        if (QMessageBox::warning(m_window, tr("Open for writing"),
                                 tr("Only do this when the other computer no longer has the file "
                                    "open (it was switched off or DeputyDesk crashed there). Two "
                                    "windows writing to one file lose each other's work."),
                                 QMessageBox::Open | QMessageBox::Cancel) == QMessageBox::Open)
            Q_EMIT reopenRequested(true);
    });
    m_banner->hide();

    m_backupStatus = new QLabel(window);
    window->statusBar()->addPermanentWidget(m_backupStatus);
    m_changes = new QTimer(this);
    m_changes->setInterval(kPollChangesMs);
    connect(m_changes, &QTimer::timeout, this, &FileGuard::pollChanges);
    m_waitEnd = new QTimer(this);
    m_waitEnd->setSingleShot(true);
    m_waitEnd->setInterval(300);
    connect(m_waitEnd, &QTimer::timeout, this, [this] {
        if (m_waitDialog) {
            m_waitDialog->deleteLater();
            m_waitDialog = nullptr;
        }
    });
}

FileGuard::~FileGuard()
{
    if (m_check)
        m_check->wait(); // a running thread may not be destroyed
}

void FileGuard::addFileActions(QMenu* file)
{
    m_fileMenu = file;
    file->addAction(tr("&Back up now"), this, &FileGuard::backUpNow);
    QAction* restore =
        file->addAction(tr("Res&tore from a backup…"), this, &FileGuard::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    writeControls::mark(restore);
}

void FileGuard::watch(storage::Database* database)
{
    m_database = database;
    m_dataVersion = database->dataVersion();
    database->setBusyWait([this](int waitedMs) { return keepWaiting(waitedMs); });
    updateBanner();
    updateBackupStatus();
    m_changes->start();
    if (database->isReadOnly())
        return;
    if (!database->fullCheckRan())
        checkInBackground(database->path());
    // After the window is on screen: the day's first backup, and a word about where the file is.
    QTimer::singleShot(0, this, [this, database] {
        if (m_database != database)
            return;
        checkOperatorLog();
        const auto last = storage::Backups(database->path(), database->connection()).lastMade();
        if (!last || last->date() < QDate::currentDate())
            makeBackup(QStringLiteral("daily"));
        warnAboutLocation();
    });
}

void FileGuard::checkInBackground(const QString& path)
{
    // The whole file is read on a worker thread (about a second for a large county) while the
    // clerk works; damage found is said at once, with the way out.
    if (m_check)
        m_check->wait(); // the previous file's check (a file switched within a second)
    QPointer<FileGuard> guard(this);
    m_check = QThread::create([path, guard] {
        const QStringList problems = storage::Database::checkFileInBackground(path);
        QMetaObject::invokeMethod(
            qApp,
            [guard, path, problems] {
                if (guard)
                    guard->reportCheck(path, problems);
            },
            Qt::QueuedConnection);
    });
    QThread* thread = m_check;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QObject::destroyed, this, [this, thread] {
        if (m_check == thread)
            m_check = nullptr;
    });
    thread->start(QThread::LowPriority);
}

void FileGuard::reportCheck(const QString& path, const QStringList& problems)
{
    if (problems.isEmpty() || !m_database || m_database->path() != path)
        return;
    QMessageBox::warning(m_window, tr("The office file is damaged"),
                         tr("SQLite found damage in %1: %2\n\nRestore the last good backup "
                            "(File ▸ Restore from backup) before you go on working.")
                             .arg(QDir::toNativeSeparators(path), problems.first()));
}

void FileGuard::release()
{
    if (!m_database)
        return;
    m_changes->stop();
    if (!m_database->isReadOnly() && m_database->changedSinceOpen())
        makeBackup(QStringLiteral("on-close"));
    m_database->setBusyWait({});
    m_database = nullptr;
}

void FileGuard::updateBanner()
{
    if (!m_database->isReadOnly()) {
        m_banner->hide();
        return;
    }
    m_bannerText->setText(tr("<b>Read-only:</b> %1. You can read and print everything; "
                             "changes are not possible in this window.")
                              .arg(m_database->readOnlyReason().toHtmlEscaped()));
    const auto holder = m_database->heldBy();
    // Also on this machine: a lock written by an older version names no start time, so its
    // process id may since have been given to another program.
    m_takeOver->setVisible(holder && !holder->isUs);
    m_banner->show();
}

void FileGuard::updateBackupStatus()
{
    const auto last = storage::Backups(m_database->path(), m_database->connection()).lastMade();
    const QLocale locale;
    if (!last) {
        m_backupStatus->setText(tr("No backup yet"));
    } else if (last->daysTo(QDateTime::currentDateTime()) > kWarnAfterDays) {
        m_backupStatus->setText(tr("No backup for %n day(s)", nullptr,
                                   int(last->daysTo(QDateTime::currentDateTime()))));
    } else {
        m_backupStatus->setText(
            tr("Last backup: %1").arg(locale.toString(*last, QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_backupStatus->setStyleSheet({});
        return;
    }
    m_backupStatus->setStyleSheet(palette::errorText() + QStringLiteral(" font-weight: bold;"));
}

void FileGuard::makeBackup(const QString& reason)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written =
        storage::Backups(m_database->path(), m_database->connection()).make(reason);
    QApplication::restoreOverrideCursor();
    if (written)
        Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(*written)));
    else
        QMessageBox::warning(m_window, tr("No backup was made"), written.error());
    updateBackupStatus();
}

void FileGuard::backUpNow()
{
    if (m_database)
        makeBackup(QStringLiteral("manual"));
}

void FileGuard::restoreFromBackup()
{
    if (!m_database || m_database->isReadOnly())
        return;
    RestoreDialog dialog(*m_database, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_dataVersion = m_database->dataVersion();
    updateBackupStatus();
    Q_EMIT restored();
}

void FileGuard::checkOperatorLog()
{
    // Before the day's backup, which would carry the log as it is now.
    // A log that cannot be read is damage, which the file's own check reports.
    const auto problems = storage::checkOperatorLog(m_database->path(), m_database->connection());
    if (!problems || problems->isEmpty())
        return;
    QMessageBox::warning(
        m_window, tr("The operator log was changed"),
        tr("The operator log of %1 is not as DeputyDesk wrote it:\n\n%2\n\nAnother program has "
           "changed or removed entries. The records themselves may have been changed too: "
           "compare them with a backup (File ▸ Restore from a backup shows them) and tell "
           "whoever is responsible for the office's records.")
            .arg(QDir::toNativeSeparators(m_database->path()), problems->join(QLatin1Char('\n'))));
}

void FileGuard::warnAboutLocation()
{
    const QString path = m_database->path();
    const bool network = storage::platform::isNetworkPath(path);
    if (!network && !storage::platform::isRemovablePath(path))
        return;
    QSettings settings;
    const QString key = QStringLiteral("warnedLocation/") +
                        QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    if (settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    QMessageBox::information(
        m_window, tr("Where the office file belongs"),
        (network ? tr("%1 is on a network share.") : tr("%1 is on a removable drive."))
                .arg(QDir::toNativeSeparators(path)) +
            QLatin1Char(' ') +
            tr("The working file belongs on this PC's own disk, where it is fast and safe from "
               "a dropped connection or a pulled stick; keep the backups on the stick or the "
               "share (Settings: backup folder)."));
}

bool FileGuard::keepWaiting(int waitedMs)
{
    if (waitedMs < kShowWaitAfterMs)
        return true;
    m_waitEnd->start(); // the wait is over once SQLite stops asking
    if (!m_waitDialog) {
        m_cancelled = false;
        m_waitDialog = new QProgressDialog(
            tr("Another program is writing to this database (another DeputyDesk window or the "
               "command line). Waiting for it to finish…"),
            tr("Cancel"), 0, 0, m_window);
        m_waitDialog->setWindowTitle(tr("Waiting"));
        auto* label = new QLabel(m_waitDialog->labelText(), m_waitDialog);
        label->setWordWrap(true);
        label->setMinimumWidth(420);
        m_waitDialog->setLabel(label);
        m_waitDialog->setWindowModality(Qt::WindowModal);
        m_waitDialog->setMinimumDuration(0);
        connect(m_waitDialog, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
        m_waitDialog->show();
    }
    m_waiting = true;
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    m_waiting = false;
    const bool keep = !m_cancelled && waitedMs < kGiveUpAfterMs;
    if (!keep && m_waitDialog) {
        m_waitDialog->deleteLater();
        m_waitDialog = nullptr;
    }
    return keep;
}

void FileGuard::pollChanges()
{
    if (!m_database || m_waiting || QApplication::activeModalWidget())
        return;
    const qint64 version = m_database->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    updateBackupStatus();
    Q_EMIT changedElsewhere();
}

} // namespace dd::ui
