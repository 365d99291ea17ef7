#pragma once

#include <QList>
#include <QString>

// The result of an operation that can fail, shared by every part of core: what the clerk did
// wrong names its fields; what failed underneath says so in the clerk's words.
namespace dd {

struct FieldError {
    QString field;   // stable field code, e.g. "phone"
    QString message; // translated, says what is wrong
};
using FieldErrors = QList<FieldError>;

// The outcome of a write: invalid input and refused steps are the caller's to fix (CLI exit 2);
// storage failures are not (exit 1).
struct Outcome {
    enum class Kind { Ok, Invalid, NotFound, NotAllowed, Storage };
    Kind kind = Kind::Ok;
    qint64 id = 0;
    FieldErrors errors;
    QString message;

    bool ok() const { return kind == Kind::Ok; }
    explicit operator bool() const { return ok(); }
    QString text() const;
    static Outcome success(qint64 id = 0) { return {Kind::Ok, id, {}, {}}; }
    static Outcome invalid(FieldErrors errors) { return {Kind::Invalid, 0, std::move(errors), {}}; }
    static Outcome failure(Kind kind, QString message) { return {kind, 0, {}, std::move(message)}; }
    // Input that cannot be used, said in one message (a file that is not ours, a bad period).
    static Outcome badInput(QString message) { return failure(Kind::Invalid, std::move(message)); }
    // What failed underneath: the disk, the file, the database.
    static Outcome storage(QString message) { return failure(Kind::Storage, std::move(message)); }
};

// The field's name as the clerk reads it ("phone" → 联系电话); the code itself when unknown.
QString fieldLabel(const QString& field);
// Its source text (context "dd"), for a label in another language; null when unknown.
const char* fieldLabelSource(const QString& field);

// "联系电话: …; 性别: …" — for the CLI and message boxes.
QString describe(const FieldErrors& errors);

} // namespace dd
