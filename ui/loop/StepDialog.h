#pragma once

#include "loop/LoopMachine.h"
#include "loop/LoopRecords.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace dd::ui {

class FieldForm;

// One step of the loop for one item, or for several at once (batch dispatch, extensions
// approved together): only the fields of that step, checked by core's state machine, with its
// messages under the fields. Nothing is written unless every item takes the step.
class StepDialog : public QDialog {
    Q_OBJECT
public:
    StepDialog(QSqlDatabase db, loop::StepKind kind, const QList<loop::Item>& items,
               QWidget* parent = nullptr);

    // The editors, for tests and for presetting.
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* orderKindBox() const { return m_orderKind; }
    QComboBox* suggestionBox() const { return m_suggestion; }
    QComboBox* agencyBox() const { return m_agency; }
    QListWidget* coAgencyList() const { return m_coAgencies; }
    QCheckBox* dueDateCheck() const { return m_setDue; }
    QDateEdit* dueDateEdit() const { return m_due; }
    QCheckBox* keySupervisionCheck() const { return m_key; }
    QLineEdit* leaderEdit() const { return m_leader; }
    QComboBox* resultClassBox() const { return m_resultClass; }
    QCheckBox* faceToFaceCheck() const { return m_faceToFace; }
    QList<QSpinBox*> voteBoxes() const { return m_votes; }
    QComboBox* evaluationBox() const { return m_evaluation; }
    QPlainTextEdit* textEdit() const { return m_text; }
    FieldForm* form() const { return m_form; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void buildOrder();
    void buildDispatch();
    void buildReply();
    void buildEvaluate();
    void votesChanged();
    void addText(const QString& label, const QString& placeholder);
    loop::StepRequest request() const;
    void updateOrderFields();

    QSqlDatabase m_db;
    loop::StepKind m_kind;
    QList<loop::Item> m_items;
    FieldForm* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_orderKind = nullptr;
    QComboBox* m_suggestion = nullptr;
    QComboBox* m_agency = nullptr;
    QListWidget* m_coAgencies = nullptr;
    QCheckBox* m_setDue = nullptr;
    QDateEdit* m_due = nullptr;
    QCheckBox* m_key = nullptr;
    QLineEdit* m_leader = nullptr;
    QComboBox* m_resultClass = nullptr;
    QCheckBox* m_faceToFace = nullptr;
    QComboBox* m_evaluation = nullptr;
    QList<QSpinBox*> m_votes;
    QLabel* m_votesRule = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_textLabel = nullptr;
};

} // namespace dd::ui
