#include "report/DocumentFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace dd::report {

QString documentFontFamily()
{
    static const QString chosen = [] {
        const QStringList preferred = {
            QStringLiteral("Microsoft YaHei"),     QStringLiteral("SimSun"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
            QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Source Han Sans SC")};
        const QStringList families = QFontDatabase::families();
        for (const QString& family : preferred)
            if (families.contains(family))
                return family;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

} // namespace dd::report
