#include "Palette.h"

namespace dd::ui::palette {

QColor error()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor warning()
{
    return QColor(0x8a, 0x5a, 0x00);
}

QColor overdueRow()
{
    return QColor(0xf8, 0xd7, 0xd7);
}

QColor dueSoonRow()
{
    return QColor(0xfc, 0xef, 0xc7);
}

QColor tableHeader()
{
    return QColor(0xee, 0xf2, 0xf7);
}

QColor bannerFill()
{
    return QColor(0xff, 0xf4, 0xce);
}

QColor bannerBorder()
{
    return QColor(0xe0, 0xc0, 0x60);
}

QString errorText()
{
    return QStringLiteral("color: %1;").arg(error().name());
}

} // namespace dd::ui::palette
