#include "StepDialog.h"

#include "common/Clock.h"
#include "common/TextNormalize.h"
#include "loop/LoopMachine.h"
#include "loop/LoopStore.h"
#include "ui/shell/Operator.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Pickers.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/LoopActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

using namespace loop;

namespace {

QDateEdit* dateEditor(QWidget* parent, const QDate& date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

StepDialog::StepDialog(QSqlDatabase db, StepKind kind, const QList<Item>& items, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_kind(kind)
    , m_items(items)
{
    const QString target =
        items.size() == 1 ? items.first().serial : tr("%n item(s)", nullptr, int(items.size()));
    QString title = stepName(kind);
    title[0] = title[0].toUpper();
    setWindowTitle(tr("%1 — %2").arg(title, target));
    auto* layout = new QVBoxLayout(this);
    if (items.size() == 1) {
        const Item& item = items.first();
        auto* about = new QLabel(
            QStringLiteral("%1  %2\n%3")
                .arg(item.serial, capitalised(stateName(item.state)),
                     (item.title.isEmpty() ? item.content : item.title).simplified().left(80)),
            this);
        about->setWordWrap(true);
        layout->addWidget(about);
    } else {
        QStringList serials;
        for (const Item& item : items)
            serials << item.serial;
        auto* about = new QLabel(serials.join(QStringLiteral("、")), this);
        about->setWordWrap(true);
        layout->addWidget(about);
    }
    m_form = new FieldForm;
    m_date = dateEditor(this, Clock::today());
    m_form->addField(QStringLiteral("date"), tr("Date"), m_date);
    switch (kind) {
    case StepKind::Order:
        buildOrder();
        break;
    case StepKind::Dispatch:
        buildDispatch();
        break;
    case StepKind::Return:
        addText(tr("Agency's reason"), tr("Why the agency gives the item back"));
        break;
    case StepKind::Extend:
        m_due =
            dateEditor(this, items.first().dueDate.isValid() ? items.first().dueDate.addMonths(1)
                                                             : Clock::today().addMonths(1));
        if (items.size() == 1 && items.first().dueDate.isValid())
            m_form->addField(QStringLiteral("current_due"), tr("Due now"),
                             new QLabel(items.first().dueDate.toString(Qt::ISODate), this));
        m_form->addField(QStringLiteral("due_date"), tr("New due date"), m_due);
        addText(tr("Notes"), tr("The agency's request and who approved it"));
        break;
    case StepKind::Reply:
        buildReply();
        break;
    case StepKind::Supervise:
        addText(
            tr("Supervision"),
            tr("Method (visit, phone, meeting, a director meeting deputies at the station, site "
               "inspection) and notes"));
        break;
    case StepKind::Evaluate:
        buildEvaluate();
        break;
    default:
        addText(tr("Notes"), QString());
    }
    layout->addLayout(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

void StepDialog::addText(const QString& label, const QString& placeholder)
{
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(placeholder);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_form->addField(QStringLiteral("text"), label, m_text);
}

void StepDialog::buildOrder()
{
    m_orderKind = new QComboBox(this);
    for (OrderKind kind : {OrderKind::PassedOn, OrderKind::OnSpot, OrderKind::NewSuggestion,
                           OrderKind::Merged, OrderKind::Referred, OrderKind::Declined})
        m_orderKind->addItem(orderKindName(kind), int(kind));
    m_form->addField(QStringLiteral("order_kind"), tr("Decision"), m_orderKind);
    m_suggestion = new QComboBox(this);
    ItemFilter open;
    open.kind = ItemKind::Suggestion;
    open.openOnly = true;
    for (const Item& suggestion : listOrWarn(LoopStore(m_db).list(open), this))
        if (suggestion.state != State::Closed)
            m_suggestion->addItem(
                QStringLiteral("%1  %2").arg(suggestion.serial, suggestion.title.left(40)),
                suggestion.id);
    m_form->addField(QStringLiteral("suggestion"), tr("Into suggestion"), m_suggestion);
    addText(tr("Answer, title or reason"), QString());
    connect(m_orderKind, &QComboBox::currentIndexChanged, this, &StepDialog::updateOrderFields);
    updateOrderFields();
}

void StepDialog::updateOrderFields()
{
    const auto kind = OrderKind(m_orderKind->currentData().toInt());
    m_suggestion->setEnabled(kind == OrderKind::Merged);
    const QString placeholder =
        kind == OrderKind::OnSpot          ? tr("The answer the deputy gave on the spot")
        : kind == OrderKind::NewSuggestion ? tr("The new suggestion's title")
        : kind == OrderKind::Declined      ? tr("Why it is not taken up (required)")
        : kind == OrderKind::Referred      ? tr("To whom it was referred")
                                           : tr("Notes");
    m_text->setPlaceholderText(placeholder);
}

void StepDialog::buildDispatch()
{
    m_agency = agencyPicker(m_db, this);
    m_coAgencies = new QListWidget(this);
    for (int i = 0; i < m_agency->count(); ++i) {
        auto* entry = new QListWidgetItem(m_agency->itemText(i), m_coAgencies);
        entry->setData(Qt::UserRole, m_agency->itemData(i));
        entry->setCheckState(Qt::Unchecked);
    }
    m_agency->setCurrentIndex(-1);
    fitRows(m_coAgencies, 6);
    m_form->addField(QStringLiteral("agency"), tr("Lead agency"), m_agency);
    m_form->addField(QStringLiteral("co_agencies"), tr("Co-agencies"), m_coAgencies);
    auto* due = new QWidget(this);
    auto* dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    m_setDue = new QCheckBox(tr("Set a due date"), due);
    m_due = dateEditor(due, Clock::today().addMonths(3));
    m_due->setEnabled(false);
    connect(m_setDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    dueLayout->addWidget(m_setDue);
    dueLayout->addWidget(m_due, 1);
    m_form->addField(QStringLiteral("due_date"), tr("Due date"), due);
    m_key = new QCheckBox(tr("Key supervision"), this);
    m_leader = new QLineEdit(this);
    m_leader->setPlaceholderText(tr("The leader who supervises it"));
    m_leader->setEnabled(false);
    connect(m_key, &QCheckBox::toggled, m_leader, &QWidget::setEnabled);
    m_form->addField(QStringLiteral("key_supervision"), QString(), m_key);
    m_form->addField(QStringLiteral("leader"), tr("Leader"), m_leader);
}

void StepDialog::buildReply()
{
    m_resultClass = new QComboBox(this);
    for (const char* resultClass : {"A", "B", "C", "D"})
        m_resultClass->addItem(resultClassName(QString::fromLatin1(resultClass)),
                               QString::fromLatin1(resultClass));
    m_form->addField(QStringLiteral("result_class"), tr("Result"), m_resultClass);
    m_faceToFace = new QCheckBox(tr("Met the deputy or citizen face to face"), this);
    m_form->addField(QStringLiteral("face_to_face"), QString(), m_faceToFace);
    addText(tr("Reply"), tr("The agency's reply, and the co-agencies' views"));
}

void StepDialog::buildEvaluate()
{
    m_evaluation = new QComboBox(this);
    for (Evaluation evaluation :
         {Evaluation::Satisfied, Evaluation::Basically, Evaluation::Unsatisfied})
        m_evaluation->addItem(evaluationName(evaluation), int(evaluation));
    m_form->addField(QStringLiteral("evaluation"), tr("Evaluation"), m_evaluation);
    if (m_items.first().kind == ItemKind::Concern) {
        // Several citizens may rate one concern; the majority rule decides (domain.md).
        auto* votes = new QWidget(this);
        auto* row = new QHBoxLayout(votes);
        row->setContentsMargins(0, 0, 0, 0);
        for (Evaluation evaluation :
             {Evaluation::Satisfied, Evaluation::Basically, Evaluation::Unsatisfied}) {
            auto* box = new QSpinBox(votes);
            box->setRange(0, 999);
            row->addWidget(new QLabel(evaluationName(evaluation), votes));
            row->addWidget(box);
            m_votes << box;
        }
        row->addStretch(1);
        m_form->addField(QStringLiteral("votes"), tr("Citizens' votes"), votes);
        // Votes, once given, decide the result by majority: the result shows it and is not
        // chosen by hand, so the dialog never holds two answers.
        m_votesRule = new QLabel(tr("With no votes, the evaluation above is recorded; with votes, "
                                    "the majority decides it."),
                                 this);
        m_votesRule->setWordWrap(true);
        m_form->addField(QStringLiteral("votes_rule"), QString(), m_votesRule);
        for (QSpinBox* box : std::as_const(m_votes))
            connect(box, &QSpinBox::valueChanged, this, &StepDialog::votesChanged);
    }
    addText(tr("Notes"), tr("How the evaluation was taken (phone, visit, form)"));
}

void StepDialog::votesChanged()
{
    QList<Evaluation> votes;
    for (int i = 0; i < m_votes.size(); ++i)
        for (int n = 0; n < m_votes.at(i)->value(); ++n)
            votes << Evaluation(i);
    m_evaluation->setEnabled(votes.isEmpty());
    if (votes.isEmpty()) {
        m_votesRule->setText(tr("With no votes, the evaluation above is recorded; with votes, "
                                "the majority decides it."));
        return;
    }
    const Evaluation result = majority(votes);
    m_evaluation->setCurrentIndex(m_evaluation->findData(int(result)));
    m_votesRule->setText(tr("%n vote(s): the majority makes it %1.", nullptr, int(votes.size()))
                             .arg(evaluationName(result)));
}

StepRequest StepDialog::request() const
{
    StepRequest request;
    request.kind = m_kind;
    request.date = m_date->date();
    request.actor = operatorName();
    if (m_text)
        request.text = m_text->toPlainText();
    if (m_orderKind) {
        request.orderKind = OrderKind(m_orderKind->currentData().toInt());
        if (request.orderKind == OrderKind::Merged)
            request.suggestionId = m_suggestion->currentData().toLongLong();
    }
    if (m_agency) {
        const int index = m_agency->findText(m_agency->currentText().trimmed());
        request.leadAgencyId = index >= 0 ? m_agency->itemData(index).toLongLong() : 0;
        for (int i = 0; i < m_coAgencies->count(); ++i)
            if (m_coAgencies->item(i)->checkState() == Qt::Checked)
                request.coAgencyIds << m_coAgencies->item(i)->data(Qt::UserRole).toLongLong();
        if (m_setDue->isChecked())
            request.dueDate = m_due->date();
        request.keySupervision = m_key->isChecked();
        request.leader = m_leader->text();
    } else if (m_due) {
        request.dueDate = m_due->date();
    }
    if (m_resultClass) {
        request.resultClass = m_resultClass->currentData().toString();
        request.faceToFace = m_faceToFace->isChecked();
    }
    if (m_evaluation) {
        int cast = 0;
        for (int i = 0; i < m_votes.size(); ++i)
            for (int n = 0; n < m_votes.at(i)->value(); ++n, ++cast)
                request.votes << Evaluation(i);
        if (cast == 0)
            request.votes = {Evaluation(m_evaluation->currentData().toInt())};
    }
    return request;
}

QString StepDialog::errorText() const
{
    return m_form->generalError();
}

void StepDialog::accept()
{
    QList<qint64> ids;
    for (const Item& item : std::as_const(m_items))
        ids << item.id;
    const Outcome outcome = usecase::takeStep(m_db, ids, request());
    if (!m_form->showOutcome(outcome))
        return;
    QDialog::accept();
}

} // namespace dd::ui
