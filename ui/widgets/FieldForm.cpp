#include "FieldForm.h"

#include "Palette.h"
#include <QLabel>
#include <QVBoxLayout>

namespace dd::ui {

FieldForm::FieldForm(QWidget* parent)
    : QFormLayout(parent)
{
    setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void FieldForm::addField(const QString& field, const QString& label, QWidget* editor)
{
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    auto* error = new QLabel(cell);
    error->setStyleSheet(palette::errorText());
    error->setWordWrap(true);
    error->setVisible(false);
    layout->addWidget(editor);
    layout->addWidget(error);
    addRow(label, cell);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
    if (m_firstField.isEmpty())
        m_firstField = field;
}

bool FieldForm::showErrors(const FieldErrors& errors)
{
    clearErrors();
    QWidget* firstWrong = nullptr;
    for (const FieldError& error : errors) {
        const QString field = m_errors.contains(error.field) ? error.field : m_firstField;
        QLabel* label = m_errors.value(field);
        if (!label)
            continue;
        label->setText(label->text().isEmpty() ? error.message
                                               : label->text() + QLatin1Char('\n') + error.message);
        label->setVisible(true);
        if (!firstWrong)
            firstWrong = m_editors.value(field);
    }
    if (firstWrong)
        firstWrong->setFocus();
    return !errors.isEmpty();
}

bool FieldForm::showOutcome(const Outcome& outcome)
{
    showErrors(outcome.errors);
    const QString message = outcome.ok() || !outcome.errors.isEmpty() ? QString() : outcome.text();
    if (!m_general && !message.isEmpty()) {
        m_general = new QLabel;
        m_general->setStyleSheet(palette::errorText());
        m_general->setWordWrap(true);
        addRow(m_general);
    }
    if (m_general) {
        m_general->setText(message);
        m_general->setVisible(!message.isEmpty());
    }
    return outcome.ok();
}

QString FieldForm::generalError() const
{
    return m_general && m_general->isVisible() ? m_general->text() : QString();
}

void FieldForm::clearErrors()
{
    if (m_general)
        m_general->setVisible(false);
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
}

QString FieldForm::errorText(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label ? label->text() : QString();
}

} // namespace dd::ui
