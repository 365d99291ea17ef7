#pragma once

#include <QCoreApplication>
#include <QString>

class QTranslator;

namespace dd {

// Installs DeputyDesk's and Qt's own translations. `language` is "zh_CN", "en" or empty for the
// system's language. Returns the language in effect ("zh_CN" or "en").
QString installTranslators(QCoreApplication& app, const QString& language);

// Loads Qt's own Chinese translation (dialog buttons, the file and print dialogs).
bool loadQtTranslation(QTranslator& translator);

} // namespace dd
