#include "GuiSupport.h"

#include <QDir>
#include <QInputMethodEvent>
#include <QTest>

namespace dd::test {

void typeText(QWidget* editor, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(editor, c.toLatin1());
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QApplication::sendEvent(editor, &event);
        }
    }
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("DEPUTYDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Pending layout requests first (a label whose text just grew), as a clerk's screen would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString language = qEnvironmentVariable("DEPUTYDESK_LANG", QStringLiteral("en"));
    widget->grab().save(
        QDir(folder).filePath(name + QLatin1Char('-') + language + QStringLiteral(".png")));
}

} // namespace dd::test
