#include "writeaccess/Journal.h"

#include "storage/SettingsTable.h"

#include <QHash>
#include <QSettings>

#include <map>
#include <memory>

namespace dd::usecase {

namespace {
// A DocumentText loads its translations: one per language for the program's life.
const DocumentText& documentText(QSqlDatabase db)
{
    const QString language =
        storage::SettingsTable(std::move(db))
            .value(QStringLiteral("document_language"), QStringLiteral("zh_CN"));
    thread_local std::map<QString, std::unique_ptr<DocumentText>> texts;
    std::unique_ptr<DocumentText>& text = texts[language];
    if (!text)
        text = std::make_unique<DocumentText>(language);
    return *text;
}
// Connections belong to one thread each, like the write bookkeeping.
thread_local QHash<QString, QString> operators;
const QString kOperatorName = QStringLiteral("operator/name");
} // namespace

void setConnectionOperator(QSqlDatabase db, const QString& name)
{
    operators.insert(db.connectionName(), name.trimmed());
}

QString connectionOperator(QSqlDatabase db)
{
    const auto given = operators.constFind(db.connectionName());
    return given != operators.constEnd() ? *given : savedOperatorName();
}

QString savedOperatorName()
{
    const QSettings settings;
    // Before the name was asked for, the loop read it from here.
    return settings.value(kOperatorName, settings.value(QStringLiteral("loop/actor")))
        .toString()
        .trimmed();
}

void saveOperatorName(const QString& name)
{
    QSettings().setValue(kOperatorName, name.trimmed());
}

LogWords::LogWords(QSqlDatabase db)
    : m_text(documentText(std::move(db)))
{
}

QString LogWords::operator()(const char* source) const
{
    return m_text.translate("dd::log", source);
}

QString LogWords::of(const char* context, const char* source) const
{
    return m_text.translate(context, source);
}

QString LogWords::field(const QString& code) const
{
    const char* source = fieldLabelSource(code);
    return source ? m_text.translate("dd", source) : code;
}

QString LogWords::fields(const QList<storage::FieldChange>& changes) const
{
    QStringList labels;
    for (const storage::FieldChange& change : changes)
        labels << field(change.field);
    return labels.join(m_text.chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

storage::LogEntry logEntry(const QString& action, const QString& summary, const QString& recordKind,
                           qint64 recordId)
{
    storage::LogEntry entry;
    entry.action = action;
    entry.summary = summary;
    entry.recordKind = recordKind;
    entry.recordId = recordId;
    return entry;
}

storage::LogEntry savedEntry(const LogWords& words, bool added, const QString& kind, qint64 id,
                             const QString& name, const char* addedText, const char* changedText,
                             const QList<storage::FieldChange>& changes)
{
    storage::LogEntry entry = logEntry(
        kind + (added ? QStringLiteral(".add") : QStringLiteral(".edit")),
        added ? words(addedText).arg(name) : words(changedText).arg(name, words.fields(changes)),
        kind, id);
    entry.changes = changes;
    return entry;
}

Outcome journal(QSqlDatabase db, storage::LogEntry entry)
{
    entry.operatorName = connectionOperator(db);
    return storage::OperatorLog(std::move(db)).append(entry);
}

void compareField(QList<storage::FieldChange>& changes, const QString& field, const QString& before,
                  const QString& after)
{
    if (before != after)
        changes.append({field, before, after});
}

} // namespace dd::usecase
