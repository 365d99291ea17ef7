#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace dd::test {

// The pollers whenModal started; each test's end stops those still waiting, so a dialog one test
// expected and never met cannot be taken by the next test's.
QList<QTimer*>& pendingModalPolls();

// Runs `act` on the next modal dialog of type T once it is shown (exec() blocks the test, so
// the dialog is driven from the event loop). `act` must close the dialog.
template <class T> void whenModal(std::function<void(T*)> act, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto* poll = new QTimer;
    poll->setInterval(10);
    pendingModalPolls().append(poll);
    QObject::connect(poll, &QObject::destroyed, [poll] { pendingModalPolls().removeAll(poll); });
    QObject::connect(poll, &QTimer::timeout, [poll, act, deadline] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        } else if (deadline.hasExpired()) {
            poll->stop();
            poll->deleteLater();
            if (QWidget* other = QApplication::activeModalWidget())
                other->close(); // fail visibly in the test instead of hanging
        }
    });
    poll->start();
}

// Types text as a clerk would: ASCII as key presses, Chinese through the input method (a commit
// string), since QTest can only press keys that exist on a keyboard.
void typeText(QWidget* editor, const QString& text);

// What a clerk would see cut off in `window` as laid out now: each visible label, button, combo
// box (its current entry) and table header section narrower than its text, as "kind 'text'
// (width < needed)". Elided table cells are not counted: a long title in a list is normal.
QStringList clippedTexts(QWidget* window);

// Saves a picture of the widget when DEPUTYDESK_SCREENSHOTS names a folder.
void screenshot(QWidget* widget, const QString& name);

} // namespace dd::test
