#include "registry/OfficeSettings.h"

#include "common/TextNormalize.h"
#include "storage/SettingsTable.h"

#include <QCoreApplication>
#include <QDir>

namespace dd::registry {

QString OfficeSettings::termKey(Level level)
{
    return QStringLiteral("term.") + levelCode(level);
}

OfficeSettings::OfficeSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList OfficeSettings::keys()
{
    QStringList list = {QStringLiteral("congress_name"), QStringLiteral("office_level"),
                        QStringLiteral("document_language")};
    for (Level level : allLevels())
        list << termKey(level);
    // Read by storage/Backups: where backups go and how many are kept.
    list << QStringLiteral("backup.folder") << QStringLiteral("backup.keep_last")
         << QStringLiteral("backup.keep_daily") << QStringLiteral("backup.keep_monthly");
    return list;
}

Outcome OfficeSettings::unknownKey(const QString& key, const QStringList& known)
{
    return Outcome::failure(
        Outcome::Kind::Invalid,
        tr("Unknown setting %1; known settings: %2").arg(key, known.join(QStringLiteral(", "))));
}

QString OfficeSettings::value(const QString& key, const QString& fallback) const
{
    return storage::SettingsTable(m_db).value(key, fallback);
}

Outcome OfficeSettings::set(const QString& key, const QString& rawValue)
{
    QString value = normalizeText(rawValue);
    if (!keys().contains(key))
        return unknownKey(key, keys());
    if (key == QLatin1String("office_level")) {
        const auto level = parseLevel(value);
        if (!level || (*level != Level::County && *level != Level::Township))
            return Outcome::failure(
                Outcome::Kind::Invalid,
                tr("office_level must be county or township, not %1").arg(value));
        value = levelCode(*level);
    } else if (key == QLatin1String("document_language")) {
        if (value.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ||
            value == QStringLiteral("中文"))
            value = QStringLiteral("zh_CN");
        else if (value.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            value = QStringLiteral("en");
        else
            return Outcome::failure(Outcome::Kind::Invalid,
                                    tr("document_language must be zh_CN or en, not %1").arg(value));
    } else if (key.startsWith(QLatin1String("term."))) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number <= 0)
            return Outcome::failure(
                Outcome::Kind::Invalid,
                tr("%1 must be a term number such as 18, not %2").arg(key, value));
    } else if (key.startsWith(QLatin1String("backup.keep_"))) {
        bool ok = false;
        const int number = value.toInt(&ok);
        const int least = key == QLatin1String("backup.keep_last") ? 1 : 0;
        if (!ok || number < least || number > 1000)
            return Outcome::failure(Outcome::Kind::Invalid,
                                    tr("%1 must be a number of backups from %2 to 1000, not %3")
                                        .arg(key)
                                        .arg(least)
                                        .arg(value));
    } else if (key == QLatin1String("backup.folder") && !value.isEmpty() &&
               QDir::isRelativePath(value)) {
        return Outcome::failure(
            Outcome::Kind::Invalid,
            tr("backup.folder must be a full path such as E:\\备份, not %1").arg(value));
    } else if (key == QLatin1String("congress_name") && value.isEmpty()) {
        return Outcome::failure(Outcome::Kind::Invalid, tr("congress_name cannot be empty"));
    }
    return storage::SettingsTable(m_db).write(key, value);
}

QString OfficeSettings::congressName() const
{
    return value(QStringLiteral("congress_name"),
                 tr("County People's Congress Standing Committee"));
}

Level OfficeSettings::officeLevel() const
{
    return parseLevel(value(QStringLiteral("office_level"))).value_or(Level::County);
}

QString OfficeSettings::documentLanguage() const
{
    return value(QStringLiteral("document_language"), QStringLiteral("zh_CN"));
}

int OfficeSettings::currentTerm(Level level) const
{
    return value(termKey(level)).toInt();
}

} // namespace dd::registry
