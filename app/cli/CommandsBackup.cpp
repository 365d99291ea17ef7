// copy, backup, restore: whole copies of the office file.
#include "Cli.h"

#include "storage/Backups.h"
#include "usecases/BackupActions.h"

#include <QDir>
#include <QLocale>

namespace dd::cli {

namespace {
QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB");
}

int listBackups(storage::Database& db, Format format)
{
    const storage::Backups backups(db.path(), db.connection());
    Listing listing{{QStringLiteral("made_at"), QStringLiteral("reason"), QStringLiteral("size"),
                     QStringLiteral("deputies"), QStringLiteral("items"),
                     QStringLiteral("program_version"), QStringLiteral("file")},
                    {tr("Made"), tr("Reason"), tr("Size"), tr("Deputies"), tr("Items"),
                     tr("Written by"), tr("File")}};
    for (const storage::Backups::Entry& entry : backups.list()) {
        const auto details = storage::Backups::inspect(entry.path);
        listing.rows << QVariantList{entry.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                     entry.reason,
                                     format == Format::Table ? QVariant(megabytes(entry.size))
                                                             : QVariant(entry.size),
                                     details ? QVariant(details->deputies) : QVariant(),
                                     details ? QVariant(details->items) : QVariant(),
                                     details ? details->programVersion : details.error(),
                                     QDir::toNativeSeparators(entry.path)};
    }
    if (listing.rows.isEmpty() && format == Format::Table) {
        print(tr("No backups yet in %1").arg(QDir::toNativeSeparators(backups.folder())) +
              QLatin1Char('\n'));
        return Success;
    }
    printListing(listing, format);
    return Success;
}
} // namespace

int runCopy(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("copy"),
                     tr("Save a consistent copy of the database, e.g. to a USB stick."));
    line.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    line.requireOut();
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    if (const Outcome saved = db->saveCopy(line.value(QStringLiteral("out"))); !saved.ok()) {
        printError(saved.text());
        return Failure;
    }
    print(
        tr("Saved a copy to %1").arg(QDir::toNativeSeparators(line.value(QStringLiteral("out")))) +
        QLatin1Char('\n'));
    return disclose(db->connection(), {usecase::Disclosure::Document::OfficeCopy,
                                       0,
                                       line.value(QStringLiteral("out")),
                                       false,
                                       {}});
}

int runBackup(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("backup"),
                     tr("Back up the database now (for scheduled jobs), or list the backups."));
    line.addPositional(QStringLiteral("list"), tr("List the backups instead."),
                       QStringLiteral("[list]"));
    line.addOption(QStringLiteral("out"),
                   tr("The folder to write the backup to (default: the configured backup "
                      "folder)."),
                   QStringLiteral("FOLDER"));
    line.addFormatOption();
    int code = Success;
    if (!line.parse(args, &code))
        return code;
    const QStringList positional = line.positional();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != QLatin1String("list")))
        return usageError(tr("backup takes no argument other than list"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    if (!positional.isEmpty())
        return listBackups(*db, line.format());
    const auto written = storage::Backups(db->path(), db->connection())
                             .make(QStringLiteral("manual"), line.value(QStringLiteral("out")));
    if (!written) {
        printError(written.error());
        return Failure;
    }
    print(tr("Backed up to %1").arg(QDir::toNativeSeparators(*written)) + QLatin1Char('\n'));
    return Success;
}

int runRestore(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("restore"),
                     tr("Replace the database's content with a backup; the current content is "
                        "backed up first."));
    line.addPositional(QStringLiteral("file"), tr("The backup to restore."),
                       QStringLiteral("FILE"));
    line.requirePositionals(1, tr("restore takes one FILE"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto safetyCopy =
        usecase::restoreFromBackup(db->path(), db->connection(), line.positional().first());
    if (!safetyCopy)
        return report(safetyCopy.failure());
    print(tr("Restored %1 into %2; the previous content is in %3")
              .arg(QDir::toNativeSeparators(line.positional().first()),
                   QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(*safetyCopy)) +
          QLatin1Char('\n'));
    return Success;
}

} // namespace dd::cli
