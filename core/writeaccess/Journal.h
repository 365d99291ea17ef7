#pragma once

#include "common/DocumentText.h"
#include "storage/OperatorLog.h"

#include <QSqlDatabase>

namespace dd::usecase {

// The words of the operator log, in the office's document language (the log is a record of the
// office, like its documents). Sources are marked QT_TRANSLATE_NOOP("dd::log", "…").
class LogWords {
public:
    explicit LogWords(QSqlDatabase db);
    QString operator()(const char* source) const;
    // A source text of another context, e.g. a step's name ("dd::loop").
    QString of(const char* context, const char* source) const;
    // A field's label (the field codes of FieldError), e.g. "phone" → 联系电话.
    QString field(const QString& code) const;
    // The labels of the fields `changes` names, joined as a list.
    QString fields(const QList<storage::FieldChange>& changes) const;

private:
    const DocumentText& m_text;
};

// One entry of the log, as a use case describes itself.
storage::LogEntry logEntry(const QString& action, const QString& summary,
                           const QString& recordKind = {}, qint64 recordId = 0);

// A record added ("Added station %1") or changed ("Changed station %1: %2", the labels of the
// changed fields): action `<kind>.add` or `<kind>.edit`, with the changes.
storage::LogEntry savedEntry(const LogWords& words, bool added, const QString& kind, qint64 id,
                             const QString& name, const char* addedText, const char* changedText,
                             const QList<storage::FieldChange>& changes);

// Appends the entry with the connection's operator to the transaction open on `db`.
Outcome journal(QSqlDatabase db, storage::LogEntry entry);

// Who works on a connection (see usecases/Operator.h, which gives these to the programs).
void setConnectionOperator(QSqlDatabase db, const QString& name);
QString connectionOperator(QSqlDatabase db);
QString savedOperatorName();
void saveOperatorName(const QString& name);

// Adds `field` to `changes` when its text differs before and after.
void compareField(QList<storage::FieldChange>& changes, const QString& field, const QString& before,
                  const QString& after);

} // namespace dd::usecase
