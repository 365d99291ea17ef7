#include "Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dd {

QString installTranslators(QCoreApplication& app, const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty() || chosen == QLatin1String("auto"))
        chosen = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                  : QStringLiteral("en");
    if (!chosen.startsWith(QLatin1String("zh"))) {
        // The sources are English but for the plural forms of the %n strings.
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/deputydesk_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return QStringLiteral("en");
    }
    chosen = QStringLiteral("zh_CN");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    for (const QString& resource : {QStringLiteral(":/i18n/deputydesk_zh_CN.qm"),
                                    QStringLiteral(":/i18n/qtbase_supplement_zh_CN.qm")}) {
        auto* own = new QTranslator(&app);
        if (own->load(resource))
            QCoreApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (loadQtTranslation(*qt))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

bool loadQtTranslation(QTranslator& translator)
{
    // Debian's qt6-translations-l10n, or the copy the Windows installer puts beside the program.
    return translator.load(QStringLiteral("qtbase_zh_CN"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
           translator.load(QStringLiteral("qtbase_zh_CN"), QCoreApplication::applicationDirPath() +
                                                               QStringLiteral("/translations"));
}

} // namespace dd
