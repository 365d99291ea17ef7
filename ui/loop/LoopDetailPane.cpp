#include "LoopDetailPane.h"
#include "common/BuiltInNames.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/ReadFailure.h"

#include "common/Clock.h"
#include "common/TextNormalize.h"
#include "loop/LoopStore.h"
#include "usecases/LoopActions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd::ui {

using namespace loop;

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

LoopDetailPane::LoopDetailPane(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_particulars = new QLabel(this);
    m_particulars->setWordWrap(true);
    m_particulars->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_particulars->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_buttons = new QHBoxLayout;
    m_timeline = new QTableWidget(0, 5, this);
    m_timeline->setHorizontalHeaderLabels(
        {tr("Date"), tr("Step"), tr("Round"), tr("By"), tr("What")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    keepHeaderTextReadable(m_timeline->horizontalHeader());
    connect(m_timeline->horizontalHeader(), &QHeaderView::sectionResized, m_timeline,
            &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_heading);
    layout->addWidget(m_particulars);
    layout->addLayout(m_buttons);
    layout->addWidget(new QLabel(tr("History of every step"), this));
    layout->addWidget(m_timeline, 1);
    showItem(0);
}

void LoopDetailPane::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    showItem(0);
}

void LoopDetailPane::showItem(qint64 itemId)
{
    m_item.reset();
    m_offered.clear();
    m_withdrawable.reset();
    if (itemId > 0 && m_db.isValid())
        m_item = foundOrWarn(LoopStore(m_db).find(itemId), this);
    if (!m_item) {
        m_heading->setText(tr("Select an item to see its particulars and history."));
        m_particulars->clear();
        m_timeline->setRowCount(0);
        showButtons({}, {});
        return;
    }
    LoopStore store(m_db);
    showParticulars(*m_item);
    showTimeline(listOrWarn(store.steps(itemId), this));
    showButtons(*m_item, listOrWarn(store.allowedSteps(*m_item), this));
}

void LoopDetailPane::showParticulars(const Item& item)
{
    const bool suggestion = item.kind == ItemKind::Suggestion;
    QString urgency;
    switch (urgencyOf(item, LoopStore(m_db).deadlines(), Clock::today())) {
    case Urgency::Overdue:
        urgency = tr(" — overdue since %1").arg(dateText(item.dueDate));
        break;
    case Urgency::DueSoon:
        urgency = tr(" — due on %1").arg(dateText(item.dueDate));
        break;
    case Urgency::None:
        break;
    }
    m_heading->setText(
        QStringLiteral("%1  %2%3").arg(item.serial, capitalised(stateName(item.state)), urgency));
    QString html = QStringLiteral("<table>");
    if (suggestion)
        html += row(tr("Title"), item.title);
    html += row(suggestion ? tr("Suggestion") : tr("Concern"), item.content);
    html += row(tr("Category"), builtInName(item.category));
    html += row(suggestion ? tr("Lead deputy and co-signers") : tr("Receiving deputies"),
                item.deputyNames.join(QStringLiteral("、")));
    if (!suggestion) {
        html += row(tr("Citizen"), item.citizenName + QLatin1Char(' ') + item.citizenPhone);
        html += row(tr("Channel"), capitalised(channelName(item.channel)));
        html += row(tr("Place"), item.place);
    }
    html += row(tr("Township"), item.townshipName);
    html += row(tr("Station"), item.stationName);
    html += row(suggestion ? tr("Submitted") : tr("Raised"), dateText(item.raisedDate));
    if (item.orderKind)
        html +=
            row(tr("Decision"),
                capitalised(orderKindName(*item.orderKind)) +
                    (item.orderNote.isEmpty() ? QString() : QStringLiteral("：") + item.orderNote));
    html += row(tr("Lead agency"), item.leadAgencyName);
    html += row(tr("Due"), dateText(item.dueDate));
    if (item.keySupervision)
        html += row(tr("Key supervision"), item.leader);
    if (!item.resultClass.isEmpty())
        html += row(tr("Result"), capitalised(resultClassName(item.resultClass)));
    if (item.evaluation)
        html += row(tr("Evaluation"), capitalised(evaluationName(*item.evaluation)));
    if (item.excellent)
        html += row(tr("Excellent suggestion"), tr("Yes"));
    m_particulars->setText(html + QStringLiteral("</table>"));
}

void LoopDetailPane::showTimeline(const QList<Step>& steps)
{
    m_withdrawable.reset();
    m_timeline->setRowCount(int(steps.size()));
    for (int r = 0; r < steps.size(); ++r) {
        const Step& step = steps.at(r);
        // What happened, in one wrapped column: agency and due date, result, evaluation, text.
        QStringList what;
        if (!step.agencyName.isEmpty())
            what << step.agencyName;
        if (step.dueDate.isValid())
            what << tr("due %1").arg(dateText(step.dueDate));
        if (!step.resultClass.isEmpty())
            what << resultClassName(step.resultClass);
        if (step.faceToFace)
            what << (*step.faceToFace ? tr("face to face") : tr("not face to face"));
        if (const auto evaluation = parseEvaluation(step.evaluation))
            what << evaluationName(*evaluation);
        else if (!step.evaluation.isEmpty())
            what << tr("votes %1").arg(step.evaluation);
        if (!step.text.isEmpty())
            what << step.text;
        if (step.imported)
            what << tr("(imported)");
        if (step.withdrawn())
            what << (step.withdrawnBy.isEmpty()
                         ? tr("withdrawn on %1: %2")
                               .arg(step.withdrawnAt.left(10), step.withdrawnReason)
                         : tr("withdrawn on %1 by %2: %3")
                               .arg(step.withdrawnAt.left(10), step.withdrawnBy,
                                    step.withdrawnReason));
        // A suggestion's first step is its submission, not a citizen's 点单.
        const QString name =
            step.kind == StepKind::Point && m_item && m_item->kind == ItemKind::Suggestion
                ? tr("submitted")
                : stepName(step.kind);
        const QStringList cells = {dateText(step.date), capitalised(name),
                                   step.round > 0 ? QString::number(step.round) : QString(),
                                   step.actor, what.join(tr("; ", "between the parts of a step"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            if (step.withdrawn()) { // struck through: it stays in the history, no longer counts
                QFont font = cell->font();
                font.setStrikeOut(c != cells.size() - 1);
                cell->setFont(font);
                cell->setForeground(palette().color(QPalette::PlaceholderText));
            }
            m_timeline->setItem(r, c, cell);
        }
        if (!step.withdrawn() && step.kind != StepKind::Point)
            m_withdrawable = step.kind;
        else if (!step.withdrawn())
            m_withdrawable.reset();
    }
    // Wrapped rows are measured once the column has its final width.
    QTimer::singleShot(0, m_timeline, &QTableWidget::resizeRowsToContents);
}

void LoopDetailPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_timeline->resizeRowsToContents();
}

void LoopDetailPane::showButtons(const Item& item, const QList<StepKind>& allowed)
{
    while (QLayoutItem* child = m_buttons->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    m_offered = allowed;
    for (StepKind kind : allowed) {
        auto* button = new QPushButton(capitalised(stepName(kind)) + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("step-") + code(kind));
        connect(button, &QPushButton::clicked, this, [this, kind] { Q_EMIT stepRequested(kind); });
        m_buttons->addWidget(button);
        writeControls::mark(button);
    }
    if (m_item && item.kind == ItemKind::Suggestion && item.replyDate.isValid()) {
        auto* excellent =
            new QPushButton(item.excellent ? tr("Unmark excellent") : tr("Mark excellent"), this);
        excellent->setObjectName(QStringLiteral("excellent"));
        connect(excellent, &QPushButton::clicked, this, &LoopDetailPane::excellentToggled);
        m_buttons->addWidget(excellent);
        writeControls::mark(excellent);
    }
    m_buttons->addStretch(1);
    if (m_item && m_withdrawable) {
        auto* withdraw = new QPushButton(
            tr("Withdraw %1…", "the last step recorded by mistake").arg(stepName(*m_withdrawable)),
            this);
        withdraw->setObjectName(QStringLiteral("withdraw"));
        withdraw->setToolTip(tr("Take back the last step recorded by mistake: the item returns to "
                                "where it was, and the step stays in the history struck through."));
        connect(withdraw, &QPushButton::clicked, this, &LoopDetailPane::withdrawLastStep);
        m_buttons->addWidget(withdraw);
        writeControls::mark(withdraw);
    }
}

// Asks why, then withdraws through the use case (which refuses another clerk's step to anyone
// but an administrator).
void LoopDetailPane::withdrawLastStep()
{
    if (!m_item || !m_withdrawable)
        return;
    const qint64 id = m_item->id;
    bool given = false;
    const QString reason = QInputDialog::getText(
        this, tr("Withdraw a step"),
        tr("Withdraw the %1 of %2?\n%2 returns to where it was before it; the step stays in the "
           "history, struck through. Why is it withdrawn?")
            .arg(stepName(*m_withdrawable), m_item->serial),
        QLineEdit::Normal, QString(), &given);
    if (!given)
        return;
    if (const Outcome outcome = usecase::withdrawStep(m_db, id, reason); !outcome.ok()) {
        QMessageBox::warning(this, tr("Withdraw a step"), outcome.text());
        return;
    }
    Q_EMIT stepWithdrawn(id);
}

} // namespace dd::ui
