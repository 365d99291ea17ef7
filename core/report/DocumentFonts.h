#pragma once

#include <QString>

namespace dd::report {

// The family every printed document uses. Qt 6.4 with Noto Sans CJK writes some characters
// (黄 高 马 石 金 方 白 田 毛 龙 人 大 民 …) as Kangxi radicals in PDFs, so names would not be
// searchable or copyable; Microsoft YaHei / SimSun (Windows) and WenQuanYi Micro Hei do not.
QString documentFontFamily();

} // namespace dd::report
