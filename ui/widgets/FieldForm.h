#pragma once

#include "registry/Records.h"
#include "storage/Sql.h"

#include <QFormLayout>
#include <QHash>

class QLabel;

namespace dd::ui {

// A form whose fields show core's validation messages right under themselves, in red, so the
// clerk sees what is wrong where it is wrong.
class FieldForm : public QFormLayout {
    Q_OBJECT
public:
    explicit FieldForm(QWidget* parent = nullptr);
    // Adds a labelled row for the field code core uses in its FieldErrors.
    void addField(const QString& field, const QString& label, QWidget* editor);
    // Shows each error under its field (unknown fields under the first); false when none.
    bool showErrors(const FieldErrors& errors);
    // A refused outcome: its field errors under their fields, a message about no field in a line
    // under the form. True (and nothing shown) when the outcome is ok.
    bool showOutcome(const Outcome& outcome);
    QString generalError() const; // the line under the form
    void clearErrors();
    QString errorText(const QString& field) const; // what the field's label shows now
    QWidget* editor(const QString& field) const { return m_editors.value(field); }

private:
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_editors;
    QString m_firstField;
    QLabel* m_general = nullptr; // made on first use, so it is the last row
};

} // namespace dd::ui
