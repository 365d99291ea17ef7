#include "DeputyProfileDialog.h"

#include "DeputyVersionsDialog.h"
#include "common/BuiltInNames.h"
#include "common/TextNormalize.h"
#include "storage/OperatorLog.h"
#include "ui/activities/LeavesDialog.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RecordHistory.h"

#include "DeputyDialog.h"
#include "activities/ActivityStore.h"
#include "activities/LeaveStore.h"
#include "common/Clock.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/TownshipStore.h"
#include "scoring/ScoreEngine.h"
#include "ui/scoring/SheetPrinting.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

namespace {
QString eventName(const QString& kind)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("elected"), QT_TRANSLATE_NOOP("dd::ui::DeputyProfileDialog", "elected")},
        {QStringLiteral("by_election"),
         QT_TRANSLATE_NOOP("dd::ui::DeputyProfileDialog", "elected at a by-election")},
        {QStringLiteral("terminated"),
         QT_TRANSLATE_NOOP("dd::ui::DeputyProfileDialog", "terminated")},
        {QStringLiteral("resigned"), QT_TRANSLATE_NOOP("dd::ui::DeputyProfileDialog", "resigned")},
        {QStringLiteral("term_ended"),
         QT_TRANSLATE_NOOP("dd::ui::DeputyProfileDialog", "term ended")},
        {QStringLiteral("reinstated"),
         QT_TRANSLATE_NOOP("dd::ui::DeputyProfileDialog", "reinstated")},
    };
    const auto it = names.constFind(kind);
    return it == names.constEnd()
               ? kind
               : QCoreApplication::translate("dd::ui::DeputyProfileDialog", it.value());
}
} // namespace

DeputyProfileDialog::DeputyProfileDialog(QSqlDatabase db, qint64 deputyId, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_deputyId(deputyId)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_photo = new QLabel(this);
    m_photo->setFixedSize(120, 160);
    m_photo->setFrameShape(QFrame::Box);
    m_photo->setAlignment(Qt::AlignCenter);
    m_text = new QTextBrowser(this);
    top->addWidget(m_photo, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    layout->addLayout(top, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* editButton = buttons->addButton(tr("Edit…"), QDialogButtonBox::ActionRole);
    auto* archiveButton = buttons->addButton(tr("Print archive…"), QDialogButtonBox::ActionRole);
    auto* versionsButton = buttons->addButton(tr("Versions…"), QDialogButtonBox::ActionRole);
    versionsButton->setObjectName(QStringLiteral("deputy-versions"));
    auto* leaveButton = buttons->addButton(tr("Leave…"), QDialogButtonBox::ActionRole);
    leaveButton->setObjectName(QStringLiteral("deputy-leaves"));
    connect(leaveButton, &QPushButton::clicked, this, [this] {
        LeavesDialog leaves(m_db, m_deputyId, m_name, this);
        leaves.exec();
        if (leaves.changed()) {
            m_changed = true;
            load();
        }
    });
    connect(versionsButton, &QPushButton::clicked, this, [this] {
        DeputyVersionsDialog versions(m_db, m_deputyId, this);
        versions.exec();
        if (versions.restored()) {
            m_changed = true;
            load();
        }
    });
    archiveButton->setObjectName(QStringLiteral("print-archive"));
    connect(archiveButton, &QPushButton::clicked, this, &DeputyProfileDialog::printArchive);
    connect(editButton, &QPushButton::clicked, this, &DeputyProfileDialog::edit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(980, 720));
    load();
}

QString DeputyProfileDialog::profileText() const
{
    return m_text->toPlainText();
}

void DeputyProfileDialog::load()
{
    registry::DeputyStore store(m_db);
    const auto deputy = foundOrWarn(store.get(m_deputyId, true), this);
    if (!deputy)
        return;
    m_name = deputy->name;
    setWindowTitle(tr("Deputy file — %1").arg(deputy->name));
    QPixmap pixmap;
    if (!deputy->photo.isEmpty() && pixmap.loadFromData(deputy->photo))
        m_photo->setPixmap(
            pixmap.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_photo->setText(tr("No photo"));

    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='4'>")
                       .arg(deputy->name.toHtmlEscaped());
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr>") + htmlHeaderCell(label) + htmlCell(value) +
                    QStringLiteral("</tr>");
    };
    line(tr("Gender"), deputy->gender == QLatin1String("F") ? tr("Female") : tr("Male"));
    line(tr("Ethnicity"), deputy->ethnicity);
    line(tr("Birth month"), deputy->birthMonth);
    line(tr("Party"), deputy->party);
    line(tr("Education"), deputy->education);
    line(tr("Work unit and position"), deputy->workUnit);
    line(tr("Phone"), deputy->phone);
    line(tr("Address"), deputy->address);
    line(tr("Composition"), registry::compositionName(deputy->composition));
    line(tr("Cadre deputy"), deputy->isCadre ? tr("Yes") : tr("No"));
    line(tr("Notes"), deputy->notes);
    html += QStringLiteral("</table><h3>%1</h3><table border='1' cellspacing='0' "
                           "cellpadding='4' width='100%'><tr>")
                .arg(tr("Memberships").toHtmlEscaped());
    for (const QString& title :
         {tr("Level"), tr("Term"), tr("Certificate no."), tr("Electoral district"), tr("Township"),
          tr("Status"), tr("From"), tr("To"), tr("History")})
        html += htmlHeaderCell(title);
    html += QStringLiteral("</tr>");
    registry::TownshipStore townships(m_db);
    for (const registry::Membership& m : listOrWarn(store.memberships(m_deputyId), this)) {
        QStringList history;
        for (const registry::MembershipEvent& event : listOrWarn(store.events(m.id), this))
            history << QStringLiteral("%1 %2%3").arg(
                event.date.toString(Qt::ISODate), eventName(event.kind),
                event.reason.isEmpty() ? QString() : QStringLiteral("（%1）").arg(event.reason));
        const auto township = foundOrWarn(townships.findById(m.townshipId), this);
        html += QStringLiteral("<tr>") + htmlCell(registry::levelName(m.level)) +
                htmlCell(QString::number(m.termNumber) +
                         (m.isReelected ? tr(" (re-elected)") : QString())) +
                htmlCell(m.certificateNo) + htmlCell(m.electoralDistrict) +
                htmlCell(township ? township->name : QString()) +
                htmlCell(registry::statusName(m.status)) +
                htmlCell(m.startDate.toString(Qt::ISODate)) +
                htmlCell(m.endDate.toString(Qt::ISODate)) +
                htmlCell(history.join(QStringLiteral("; "))) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("Stations").toHtmlEscaped());
    for (const auto& [id, name, primary] : listOrWarn(store.stations(m_deputyId), this))
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(name.toHtmlEscaped(), primary ? tr(" (primary)") : QString());
    html += QStringLiteral("</ul>");
    html += scoreSection();
    html += activitySection();
    html += loopSection();
    html += recordHistoryHtml(m_db, QStringLiteral("deputy"), m_deputyId, this);
    m_text->setHtml(html);
}

// Scores by year and quarter at each level, newest year first, back to the first year of the
// deputy's earliest membership or of the records the database keeps (at most ten years).
QString DeputyProfileDialog::scoreSection() const
{
    int first = Clock::today().year();
    for (const registry::Membership& m :
         listOrWarn(registry::DeputyStore(m_db).memberships(m_deputyId), this))
        if (m.startDate.isValid())
            first = std::min(first, m.startDate.year());
    const scoring::ScoreEngine engine(m_db);
    first = std::max({first, Clock::today().year() - 9, engine.firstRecordedYear()});
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QString html = QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4' "
                                  "width='100%'><tr>")
                       .arg(tr("Performance scores").toHtmlEscaped());
    for (const QString& title : {tr("Year"), tr("Level"), tr("Q1"), tr("Q2"), tr("Q3"), tr("Q4"),
                                 tr("Deducted"), tr("Total"), tr("Grade"), tr("Yearly minimums")})
        html += htmlHeaderCell(title);
    html += QStringLiteral("</tr>");
    for (int year = Clock::today().year(); year >= first; --year) {
        const QList<scoring::ScoreTrace> whole =
            listOrWarn(engine.explain(m_deputyId, Period::of(Period::Kind::Year, year, 0)), this);
        for (const scoring::ScoreTrace& trace : whole) {
            const scoring::DeputyScore& s = trace.score;
            html += QStringLiteral("<tr>") +
                    htmlCell(Period::of(Period::Kind::Year, year, 0).label(chinese)) +
                    htmlCell(registry::levelName(s.member.level));
            for (int quarter = 1; quarter <= 4; ++quarter) {
                const Period p = Period::of(Period::Kind::Quarter, year, quarter);
                QString points;
                if (p.start <= Clock::today())
                    for (const scoring::ScoreTrace& q :
                         listOrWarn(engine.explain(m_deputyId, p), this))
                        if (q.score.member.level == s.member.level)
                            points = QLocale().toString(q.score.periodPoints, 'g', 6);
                html += htmlCell(points);
            }
            QStringList minimums;
            for (const scoring::MinimumProgress& m : s.minimums)
                minimums << QStringLiteral("%1 %2/%3")
                                .arg(scoring::displayName(m.name))
                                .arg(m.done)
                                .arg(m.required);
            html += htmlCell(QLocale().toString(s.yearDeductions, 'g', 6)) +
                    htmlCell(QLocale().toString(s.total, 'g', 6)) +
                    htmlCell(scoring::displayName(s.grade) +
                             (s.provisional ? tr(" (provisional)") : QString())) +
                    htmlCell(minimums.join(tr(", "))) + QStringLiteral("</tr>");
        }
    }
    return html + QStringLiteral("</table>");
}

// The activities the deputy was listed in, newest first, with their attendance.
QString DeputyProfileDialog::activitySection() const
{
    activities::ActivityFilter mine;
    mine.deputyId = m_deputyId;
    QList<activities::Activity> list = listOrWarn(activities::ActivityStore(m_db).list(mine), this);
    std::stable_sort(list.begin(), list.end(),
                     [](const activities::Activity& a, const activities::Activity& b) {
                         return a.date > b.date;
                     });
    QString html;
    const QList<activities::Leave> leaves =
        listOrWarn(activities::LeaveStore(m_db).list(m_deputyId), this);
    if (!leaves.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Leave").toHtmlEscaped());
        for (const activities::Leave& leave : leaves)
            html += QStringLiteral("<li>%1 – %2: %3</li>")
                        .arg(leave.from.toString(Qt::ISODate), leave.to.toString(Qt::ISODate),
                             leave.reason.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html +=
        QStringLiteral("<h3>%1</h3>").arg(tr("Activities (%1)").arg(list.size()).toHtmlEscaped());
    if (list.isEmpty())
        return html;
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const QString& title : {tr("Date"), tr("Type"), tr("Title"), tr("Attendance")})
        html += htmlHeaderCell(title);
    html += QStringLiteral("</tr>");
    for (const activities::Activity& a : std::as_const(list)) {
        QString attendance;
        for (const activities::Participant& p : a.participants)
            if (p.deputyId == m_deputyId)
                attendance =
                    activities::attendanceName(p.attendance) +
                    (p.reason.isEmpty() ? QString() : QStringLiteral("（%1）").arg(p.reason));
        html += QStringLiteral("<tr>") + htmlCell(a.date.toString(Qt::ISODate)) +
                htmlCell(builtInName(a.typeName)) + htmlCell(a.title) + htmlCell(attendance) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// The concerns the deputy received and the suggestions led or co-signed, newest first.
QString DeputyProfileDialog::loopSection() const
{
    loop::ItemFilter mine;
    mine.deputyId = m_deputyId;
    QList<loop::Item> items = listOrWarn(loop::LoopStore(m_db).list(mine), this);
    std::stable_sort(items.begin(), items.end(), [](const loop::Item& a, const loop::Item& b) {
        return a.raisedDate > b.raisedDate;
    });
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("Concerns and suggestions (%1)").arg(items.size()).toHtmlEscaped());
    if (items.isEmpty())
        return html;
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const QString& title : {tr("No."), tr("Role"), tr("Title"), tr("Lead agency"), tr("Step"),
                                 tr("Result"), tr("Evaluation")})
        html += htmlHeaderCell(title);
    html += QStringLiteral("</tr>");
    for (const loop::Item& item : std::as_const(items)) {
        const bool suggestion = item.kind == loop::ItemKind::Suggestion;
        const QString role = !suggestion                             ? tr("received")
                             : item.deputyIds.value(0) == m_deputyId ? tr("lead")
                                                                     : tr("co-signed");
        html += QStringLiteral("<tr>") + htmlCell(item.serial) + htmlCell(role) +
                htmlCell(suggestion ? item.title : item.content.simplified().left(40)) +
                htmlCell(item.leadAgencyName) + htmlCell(capitalised(loop::stateName(item.state))) +
                htmlCell(item.resultClass) +
                htmlCell(item.evaluation ? loop::evaluationName(*item.evaluation) : QString()) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void DeputyProfileDialog::printArchive()
{
    SheetJob job;
    job.kind = SheetJob::Kind::Archive;
    job.deputyId = m_deputyId;
    printSheets(this, m_db, job);
}

void DeputyProfileDialog::edit()
{
    registry::DeputyFilter filter;
    filter.status.reset();
    filter.search.clear();
    for (const registry::DeputyRow& row :
         listOrWarn(registry::DeputyStore(m_db).list(filter), this)) {
        if (row.deputy.id != m_deputyId)
            continue;
        DeputyDialog dialog(m_db, row, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_changed = true;
            load();
        }
        return;
    }
}

} // namespace dd::ui
