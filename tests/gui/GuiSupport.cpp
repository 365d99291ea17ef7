#include "GuiSupport.h"

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>

namespace dd::test {

QList<QTimer*>& pendingModalPolls()
{
    static QList<QTimer*> polls;
    return polls;
}

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

QStringList clippedTexts(QWidget* window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList clipped;
    const auto report = [&](const QWidget* widget, const char* kind, const QString& text, int width,
                            int needed) {
        if (width < needed)
            clipped << QStringLiteral("%1 '%2' (%3 < %4) in %5")
                           .arg(QLatin1String(kind), text)
                           .arg(width)
                           .arg(needed)
                           .arg(QString::fromLatin1(widget->window()->metaObject()->className()));
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || widget->width() <= 0)
            continue;
        const QFontMetrics metrics = widget->fontMetrics();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            const QString text = label->text();
            if (label->wordWrap() || text.isEmpty() || Qt::mightBeRichText(text) ||
                text.contains(QLatin1Char('\n')))
                continue;
            const int margins = label->contentsMargins().left() + label->contentsMargins().right() +
                                2 * label->margin() + 2 * label->frameWidth();
            report(label, "label", text, label->width() - margins,
                   metrics.horizontalAdvance(QString(text).remove(QLatin1Char('&'))));
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            const QString text = QString(button->text()).remove(QLatin1Char('&'));
            if (text.isEmpty() || button->sizeHint().width() <= 0)
                continue;
            report(button, "button", text, button->width(), button->minimumSizeHint().width());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            const QString text = combo->currentText();
            if (text.isEmpty() || combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            report(combo, "combo box", text, field.width(), metrics.horizontalAdvance(text));
        } else if (auto* field = qobject_cast<QLineEdit*>(widget)) {
            // An empty field's hint, beside the frame and the clear button's room.
            const QString hint = field->placeholderText();
            if (!field->text().isEmpty() || hint.isEmpty() || field->isReadOnly())
                continue;
            const int room = field->width() - 8 - (field->isClearButtonEnabled() ? 22 : 0);
            report(field, "placeholder", hint, room, metrics.horizontalAdvance(hint));
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            // A tab scrolled out of sight is as hidden as a cut one.
            for (int tab = 0; tab < tabs->count(); ++tab)
                report(tabs, "tab", tabs->tabText(tab), tabs->width(),
                       tabs->tabRect(tab).right() + 1);
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                if (text.isEmpty())
                    continue;
                // The section's margins, and the sort arrow where it is drawn.
                const QStyle* style = header->style();
                const bool arrow =
                    header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
                const int needed =
                    header->fontMetrics().horizontalAdvance(text) +
                    2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                    (arrow ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) : 0);
                report(header, "header", text, header->sectionSize(section), needed);
            }
        }
    }
    return clipped;
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("DEPUTYDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Pending work first, as a clerk's screen would have done it: widgets just added to a layout
    // (shown by a queued call), then layout requests (a label whose text just grew).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString language = qEnvironmentVariable("DEPUTYDESK_LANG", QStringLiteral("en"));
    widget->grab().save(
        QDir(folder).filePath(name + QLatin1Char('-') + language + QStringLiteral(".png")));
}

} // namespace dd::test

// Each test ends with no whenModal still waiting.
namespace {
struct StopModalPollsAtTestEnd : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats& stats) override
    {
        for (QTimer* poll : dd::test::pendingModalPolls()) {
            poll->stop();
            poll->deleteLater();
        }
        dd::test::pendingModalPolls().clear();
        TestEventListenerBase::testCaseEnded(stats);
    }
};
} // namespace
CATCH_REGISTER_LISTENER(StopModalPollsAtTestEnd)
