#include "AppFont.h"

#include "report/DocumentFonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace dd::ui {

void useChineseFont(QApplication& app)
{
    report::loadShippedFont(); // the fallback where the system has no Chinese face (Wine)
    const QStringList preferred = {
        QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")};
    const QStringList families = QFontDatabase::families();
    for (const QString& family : preferred)
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSize(10);
            app.setFont(font);
            return;
        }
}

} // namespace dd::ui
