#include "report/DocumentFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QStringList>

namespace dd::report {

namespace {
constexpr auto kShippedFontFile = "wqy-microhei.ttc";
} // namespace

QString loadShippedFont()
{
    static const QString family = [] {
        const QString appDir = QCoreApplication::applicationDirPath();
        const QStringList folders = {appDir + QStringLiteral("/fonts"),
                                     appDir + QStringLiteral("/../share/deputydesk/fonts")};
        for (const QString& folder : folders) {
            const QString path = QDir(folder).filePath(QString::fromLatin1(kShippedFontFile));
            if (!QFileInfo::exists(path))
                continue;
            const int id = QFontDatabase::addApplicationFont(path);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty())
                return families.first(); // the .ttc's first face is the proportional one
        }
        return QString();
    }();
    return family;
}

QString documentFontFamily()
{
    static const QString chosen = [] {
        const QString shipped = loadShippedFont();
        if (!shipped.isEmpty())
            return shipped;
        const QStringList fallbacks = {QStringLiteral("WenQuanYi Micro Hei"),
                                       QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")};
        const QStringList families = QFontDatabase::families();
        for (const QString& family : fallbacks)
            if (families.contains(family))
                return family;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

} // namespace dd::report
