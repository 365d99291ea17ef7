#include "RestoreDialog.h"

#include "storage/Backups.h"
#include "storage/Database.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/BackupActions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QString reasonText(const QString& reason)
{
    if (reason.startsWith(QLatin1String("before-v")))
        return RestoreDialog::tr("before upgrading to data version %1").arg(reason.mid(8));
    if (reason == QLatin1String("before-restore"))
        return RestoreDialog::tr("before a restore");
    if (reason == QLatin1String("before-import"))
        return RestoreDialog::tr("before an import");
    if (reason == QLatin1String("daily"))
        return RestoreDialog::tr("first opening of the day");
    if (reason == QLatin1String("on-close"))
        return RestoreDialog::tr("on closing after changes");
    if (reason.startsWith(QLatin1String("manual")))
        return RestoreDialog::tr("made by hand");
    return reason;
}
} // namespace

RestoreDialog::RestoreDialog(storage::Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Restore from backup"));
    auto* layout = new QVBoxLayout(this);
    const storage::Backups backups(database.path(), database.connection());
    auto* intro = new QLabel(
        tr("Backups in %1. Restoring replaces the whole content of the open file with the "
           "backup; the current content is backed up first, so a restore can be undone.")
            .arg(QDir::toNativeSeparators(backups.folder())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Reason"), tr("Size"), tr("Deputies"),
                                        tr("Concerns and suggestions"), tr("Written by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* restore =
        buttons->addButton(tr("&Restore selected"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreSelected"));
    QPushButton* other =
        buttons->addButton(tr("Restore &another file…"), QDialogButtonBox::ActionRole);
    connect(restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(other, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a backup file"),
                                                          {}, tr("DeputyDesk database (*.ddb)"));
        if (!path.isEmpty())
            restoreFile(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &RestoreDialog::restoreSelected);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(860, 420));
    fill();
}

void RestoreDialog::fill()
{
    const storage::Backups backups(m_database.path(), m_database.connection());
    const QList<storage::Backups::Entry> entries = backups.list();
    m_table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const storage::Backups::Entry& entry = entries.at(row);
        const auto details = storage::Backups::inspect(entry.path);
        const QStringList cells = {
            locale.toString(entry.madeAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            reasonText(entry.reason),
            locale.toString(double(entry.size) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB"),
            details ? locale.toString(details->deputies) : QString(),
            details ? locale.toString(details->items) : QString(),
            details ? QStringLiteral("DeputyDesk %1").arg(details->programVersion)
                    : details.error()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, entry.path);
            if (column >= 2 && column <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (!entries.isEmpty())
        m_table->selectRow(0);
}

void RestoreDialog::restoreSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    restoreFile(selected.first()->data(Qt::UserRole).toString());
}

void RestoreDialog::restoreFile(const QString& path)
{
    if (QMessageBox::question(this, tr("Restore from backup"),
                              tr("Replace the whole content of %1 with the backup %2?\n\nThe "
                                 "current content is backed up first.")
                                  .arg(QDir::toNativeSeparators(m_database.path()),
                                       QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto safetyCopy =
        usecase::restoreFromBackup(m_database.path(), m_database.connection(), path);
    QApplication::restoreOverrideCursor();
    if (!safetyCopy) {
        QMessageBox::warning(this, tr("Not restored"), safetyCopy.error());
        return;
    }
    m_restored = path;
    QMessageBox::information(this, tr("Restored"),
                             tr("The backup was restored. The previous content is kept in %1.")
                                 .arg(QDir::toNativeSeparators(*safetyCopy)));
    accept();
}

} // namespace dd::ui
