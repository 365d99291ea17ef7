#pragma once

#include <QString>

namespace dd::report {

// Loads the font shipped with the program (WenQuanYi Micro Hei, Debian's fonts-wqy-microhei)
// into the application's font database once, from `fonts/` beside the executable (Windows) or
// `../share/deputydesk/fonts/` (Linux installs and the build tree); the family name it
// registered, or empty when the file is missing or unreadable. Needs a Q(Gui)Application.
QString loadShippedFont();

// The family every printed document uses: the shipped font on every platform, so a sheet looks
// and extracts the same on Windows, under Wine and on Linux. Qt 6.4 with Noto Sans CJK writes
// some characters (黄 高 马 石 金 方 白 田 毛 龙 人 大 民 …) as Kangxi radicals in PDFs, so names
// would not be searchable or copyable; WenQuanYi Micro Hei does not. Without the shipped file
// (a developer's odd build) an installed copy of the same family, then the system's font.
QString documentFontFamily();

} // namespace dd::report
