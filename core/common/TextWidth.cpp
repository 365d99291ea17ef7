#include "common/TextWidth.h"

#include <QList>

namespace dd {

namespace {
bool isWide(char32_t ch)
{
    return (ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0xA4CF) ||
           (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) ||
           (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) ||
           (ch >= 0xFFE0 && ch <= 0xFFE6) || (ch >= 0x20000 && ch <= 0x3FFFD);
}
} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t ch : QStringView(text).toUcs4())
        width += isWide(ch) ? 2 : 1;
    return width;
}

} // namespace dd
