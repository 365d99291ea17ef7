#include "RecordHistory.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

QString htmlHeaderCell(const QString& text)
{
    return QStringLiteral("<th align='left' style='background:%1'>%2</th>")
        .arg(palette::tableHeader().name(), text.toHtmlEscaped());
}

QString htmlCell(const QString& text)
{
    return (text.size() <= 12 ? QStringLiteral("<td style='white-space:nowrap'>%1</td>")
                              : QStringLiteral("<td>%1</td>"))
        .arg(text.toHtmlEscaped());
}

QString changesText(const QList<storage::FieldChange>& changes, const QString& separator)
{
    QStringList parts;
    for (const storage::FieldChange& change : changes)
        parts << QCoreApplication::translate("dd::ui::RecordHistory", "%1: %2 → %3")
                     .arg(fieldLabel(change.field), change.before, change.after);
    return parts.join(separator);
}

QString recordHistoryHtml(QSqlDatabase db, const QString& recordKind, qint64 recordId,
                          QWidget* parent)
{
    storage::LogFilter mine;
    mine.recordKind = recordKind;
    mine.recordId = recordId;
    QList<storage::LogEntry> entries = listOrWarn(storage::OperatorLog(db).list(mine), parent);
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(QCoreApplication::translate("dd::ui::RecordHistory", "Changes to this record (%1)")
                     .arg(entries.size())
                     .toHtmlEscaped());
    if (entries.isEmpty())
        return html;
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const char* title : {QT_TRANSLATE_NOOP("dd::ui::RecordHistory", "When"),
                              QT_TRANSLATE_NOOP("dd::ui::RecordHistory", "Operator"),
                              QT_TRANSLATE_NOOP("dd::ui::RecordHistory", "What was done"),
                              QT_TRANSLATE_NOOP("dd::ui::RecordHistory", "Changes"),
                              QT_TRANSLATE_NOOP("dd::ui::RecordHistory", "Reason")})
        html += htmlHeaderCell(QCoreApplication::translate("dd::ui::RecordHistory", title));
    html += QStringLiteral("</tr>");
    std::reverse(entries.begin(), entries.end()); // the newest first
    for (const storage::LogEntry& e : std::as_const(entries))
        html += QStringLiteral("<tr>") + htmlCell(QString(e.at).replace(QLatin1Char('T'), u' ')) +
                htmlCell(e.operatorName.isEmpty()
                             ? QCoreApplication::translate("dd::ui::RecordHistory", "(not named)")
                             : e.operatorName) +
                htmlCell(e.summary) + htmlCell(changesText(e.changes, QStringLiteral("; "))) +
                htmlCell(e.reason) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

void addHistoryButton(QDialogButtonBox* buttons, QSqlDatabase db, const QString& recordKind,
                      qint64 recordId, const QString& recordName)
{
    QPushButton* history =
        buttons->addButton(QCoreApplication::translate("dd::ui::RecordHistory", "History…"),
                           QDialogButtonBox::HelpRole);
    history->setObjectName(QStringLiteral("record-history"));
    history->setToolTip(QCoreApplication::translate(
        "dd::ui::RecordHistory", "Who changed this record, when and why (from the operator log)"));
    QObject::connect(history, &QPushButton::clicked, buttons, [=] {
        QDialog dialog(buttons->window());
        dialog.setObjectName(QStringLiteral("record-history-dialog"));
        dialog.setWindowTitle(
            QCoreApplication::translate("dd::ui::RecordHistory", "History of %1").arg(recordName));
        auto* layout = new QVBoxLayout(&dialog);
        auto* view = new QTextBrowser(&dialog);
        view->setHtml(recordHistoryHtml(db, recordKind, recordId, &dialog));
        layout->addWidget(view);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        QObject::connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(close);
        dialog.resize(760, 420);
        dialog.exec();
    });
}

} // namespace dd::ui
