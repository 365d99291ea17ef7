#pragma once

class QApplication;

namespace dd::ui {

// Qt's default CJK fallback may pick a Japanese variant; choose a Simplified Chinese face
// explicitly (Microsoft YaHei on Windows, WenQuanYi Micro Hei or Noto Sans CJK SC on Linux); the
// font shipped for documents is the fallback.
void useChineseFont(QApplication& app);

} // namespace dd::ui
