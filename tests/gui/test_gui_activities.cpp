// Activities on screen: an activity with a station's 50 deputies and one on leave through the real
// dialog, the deputy filter opened from the deputies list, and the roster calendar planned,
// changed by a day's dialog and recorded as receptions.
#include "GuiSupport.h"
#include "StationFixture.h"

#include "activities/RosterStore.h"
#include "common/Clock.h"
#include "registry/StationStore.h"
#include "storage/OperatorLog.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/activities/ActivityDialog.h"
#include "ui/activities/ActivityTableModel.h"
#include "ui/activities/LeaveDialog.h"
#include "ui/activities/LeavesDialog.h"
#include "ui/activities/ParticipantEditor.h"
#include "ui/activities/RosterDayDialog.h"
#include "ui/activities/RosterEditor.h"
#include "ui/registry/DeputiesPage.h"
#include "ui/registry/StationDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/ListView.h"
#include "ui/widgets/RecordPicker.h"
#include "usecases/ActivityActions.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace dd;
using namespace dd::activities;
using namespace dd::ui;

namespace {

QPushButton* buttonNamed(QWidget* parent, const char* name)
{
    auto* button = parent->findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("An inspection with a station's 50 deputies, one on leave, through the dialog",
          "[gui][activities]")
{
    Clock::setToday({2026, 11, 20});
    test::StationFixture fixture(50);
    const QSqlDatabase db = fixture.db.connection();
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Activities);
    ActivitiesPage* page = window.activitiesPage();
    REQUIRE(page->model()->rowCount() == 0);

    QString refusal;
    test::whenModal<ActivityDialog>([&](ActivityDialog* dialog) {
        dialog->typeBox()->setCurrentIndex(
            dialog->typeBox()->findText(QStringLiteral("Inspection")));
        dialog->dateEdit()->setDate({2026, 11, 18});
        dialog->titleEdit()->clear();
        test::typeText(dialog->titleEdit(), QStringLiteral("视察污水处理厂"));
        ParticipantEditor* participants = dialog->participants();
        participants->sourceBox()->setCurrentIndex(
            participants->sourceBox()->findData(int(ParticipantEditor::Source::Station)));
        participants->choiceBox()->setCurrentIndex(
            participants->choiceBox()->findData(fixture.station));
        buttonNamed(participants, "add-all")->click();
        QTableWidget* table = participants->table();
        REQUIRE(table->rowCount() == 50);
        // 代表5 sends word: on leave, with the reason asked for.
        const auto rows = table->findItems(QStringLiteral("代表5"), Qt::MatchExactly);
        REQUIRE(rows.size() == 1);
        table->selectRow(rows.first()->row());
        test::whenModal<QInputDialog>([](QInputDialog* input) {
            input->setTextValue(QStringLiteral("外出学习"));
            input->accept();
        });
        buttonNamed(participants, "mark-leave")->click();
        const QString counts =
            participants->findChild<QLabel*>(QStringLiteral("participant-counts"))->text();
        CHECK(counts.contains(QStringLiteral("49 present, 1 on leave, 0 absent")));
        dialog->accept();
        if (dialog->result() != QDialog::Accepted) {
            refusal = QStringLiteral("refused");
            dialog->reject();
        }
    });
    buttonNamed(page, "new-activity")->click();
    REQUIRE(refusal.isEmpty());

    // Written once, with every participant and the one leave and its reason.
    const QList<Activity> stored = *ActivityStore(db).list();
    REQUIRE(stored.size() == 1);
    const Activity& inspection = stored.first();
    CHECK(inspection.title == QStringLiteral("视察污水处理厂"));
    CHECK(inspection.typeCode == QStringLiteral("inspection"));
    CHECK(inspection.participants.size() == 50);
    CHECK(inspection.count(Attendance::Present) == 49);
    REQUIRE(inspection.count(Attendance::Leave) == 1);
    const auto leave =
        std::find_if(inspection.participants.cbegin(), inspection.participants.cend(),
                     [](const Participant& p) { return p.attendance == Attendance::Leave; });
    CHECK(leave->deputyId == fixture.deputies.at(4));
    CHECK(leave->reason == QStringLiteral("外出学习"));

    // The list shows it selected, with its counts; the participants pane lists all 50.
    REQUIRE(page->proxy()->rowCount() == 1);
    const QModelIndex row = page->view()->currentIndex();
    REQUIRE(row.isValid());
    CHECK(page->proxy()->index(row.row(), ActivityTableModel::Present).data().toInt() == 49);
    CHECK(page->proxy()->index(row.row(), ActivityTableModel::Leave).data().toInt() == 1);
    CHECK(page->participantTable()->rowCount() == 50);

    // Filtering by attendance: on leave finds it; absent does not.
    page->attendanceBox()->setCurrentIndex(
        page->attendanceBox()->findData(int(Attendance::Absent)));
    CHECK(page->proxy()->rowCount() == 0);
    page->attendanceBox()->setCurrentIndex(page->attendanceBox()->findData(int(Attendance::Leave)));
    CHECK(page->proxy()->rowCount() == 1);
    page->attendanceBox()->setCurrentIndex(0);

    // From the deputies list: the fifth deputy's activities, their attendance on leave.
    window.showPage(MainWindow::Deputies);
    DeputiesPage* deputies = window.deputiesPage();
    deputies->searchField()->setText(QStringLiteral("代表5"));
    QAbstractItemModel* shown = deputies->view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, 0).data().toString() == QStringLiteral("代表5"))
            deputies->view()->setCurrentIndex(shown->index(r, 0));
    REQUIRE(deputies->currentRow()->deputy.id == fixture.deputies.at(4));
    deputies->showActivities();
    CHECK(page->isVisible());
    CHECK(page->proxy()->filter().deputyId == fixture.deputies.at(4));
    CHECK(page->proxy()->rowCount() == 1);
    page->attendanceBox()->setCurrentIndex(
        page->attendanceBox()->findData(int(Attendance::Present)));
    CHECK(page->proxy()->rowCount() == 0); // they were on leave
    Clock::reset();
}

TEST_CASE("A single deputy's own record from the deputies list", "[gui][activities]")
{
    test::StationFixture fixture(3);
    const QSqlDatabase db = fixture.db.connection();
    MainWindow window(std::move(fixture.db.db));
    window.showPage(MainWindow::Deputies);
    DeputiesPage* deputies = window.deputiesPage();
    deputies->view()->setCurrentIndex(deputies->view()->model()->index(0, 0));
    const qint64 deputyId = deputies->currentRow()->deputy.id;
    test::whenModal<ActivityDialog>([&](ActivityDialog* dialog) {
        // A built-in type reads in the screen's language (the tests run in English).
        CHECK(dialog->typeBox()->currentText() == QStringLiteral("Social-conditions report"));
        CHECK(dialog->participants()->participants().size() == 1);
        dialog->accept();
    });
    deputies->recordOwnActivity(QStringLiteral("social_report"));
    ActivityFilter mine;
    mine.deputyId = deputyId;
    const QList<Activity> records = *ActivityStore(db).list(mine);
    REQUIRE(records.size() == 1);
    CHECK(records.first().typeCode == QStringLiteral("social_report"));
    CHECK(records.first().participants.size() == 1);
}

TEST_CASE("The roster calendar: planned, a day changed, duties recorded as receptions",
          "[gui][activities]")
{
    Clock::setToday({2026, 11, 20});
    test::StationFixture fixture(6);
    const QSqlDatabase db = fixture.db.connection();
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Activities);
    ActivitiesPage* page = window.activitiesPage();
    page->showTab(ActivitiesPage::Roster);
    RosterEditor* roster = page->roster();
    REQUIRE(roster->stationId() == fixture.station);
    roster->setMonth({2026, 11, 1});
    roster->plan(RosterEditor::Span::Month, false);

    // November 2026 has four Wednesdays, two deputies each; the calendar shows their names.
    QList<RosterDay> days = roster->yearRoster().days;
    REQUIRE(days.size() == 4);
    QTableWidget* calendar = roster->calendar();
    QTableWidgetItem* fourth = nullptr; // 4 November, a Wednesday
    for (int cell = 0; cell < 42; ++cell) {
        QTableWidgetItem* item = calendar->item(cell / 7, cell % 7);
        if (item && item->data(Qt::UserRole).toDate() == QDate(2026, 11, 4))
            fourth = item;
    }
    REQUIRE(fourth);
    CHECK(fourth->text().count(QLatin1Char('\n')) == 2);
    CHECK(fourth->text().contains(QStringLiteral("代表")));

    // The clerk puts 代表6 alone on the 4th through the day's dialog.
    test::whenModal<RosterDayDialog>([&](RosterDayDialog* dialog) {
        for (qint64 id : fixture.deputies)
            dialog->setChecked(id, id == fixture.deputies.at(5));
        dialog->accept();
    });
    roster->editDay({2026, 11, 4});
    days = roster->yearRoster().days;
    CHECK(days.first().deputyIds == QList<qint64>{fixture.deputies.at(5)});
    CHECK(fourth != nullptr);

    // The 25th is not a reception day after all: taken off with a reason, kept in the log.
    const qsizetype dayCount = days.size();
    test::whenModal<RosterDayDialog>([&](RosterDayDialog* dialog) {
        test::whenModal<QInputDialog>([](QInputDialog* input) {
            input->setTextValue(QStringLiteral("站点装修停接待"));
            input->accept();
        });
        dialog->findChild<QPushButton*>(QStringLiteral("remove-day"))->click();
    });
    roster->editDay({2026, 11, 25});
    CHECK(roster->yearRoster().days.size() == dayCount - 1);
    storage::LogFilter removals;
    removals.action = QStringLiteral("roster.day_remove");
    const auto removed = storage::OperatorLog(db).list(removals);
    REQUIRE(removed);
    REQUIRE(removed->size() == 1);
    CHECK(removed->first().reason == QStringLiteral("站点装修停接待"));

    // Duties up to today (20 November): the 4th, 11th and 18th become receptions.
    roster->recordCompleted();
    ActivityFilter receptions;
    receptions.typeCode = QString::fromLatin1(kReceptionType);
    const QList<Activity> recorded = *ActivityStore(db).list(receptions);
    REQUIRE(recorded.size() == 3);
    for (const RosterDay& day : roster->yearRoster().days)
        CHECK((day.activityId > 0) == (day.date <= QDate(2026, 11, 20)));
    page->showTab(ActivitiesPage::Receptions);
    CHECK(page->proxy()->rowCount() == 3);
    // A recorded day is fixed: the day's dialog is refused with a message.
    bool warned = false;
    test::whenModal<RosterDayDialog>([&](RosterDayDialog* dialog) {
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            warned = true;
            box->accept();
        });
        dialog->accept();
        dialog->reject();
    });
    page->showTab(ActivitiesPage::Roster);
    roster->editDay({2026, 11, 4});
    CHECK(warned);
    Clock::reset();
}

TEST_CASE("A leave recorded on the deputy marks them on leave in a new activity",
          "[gui][activities]")
{
    test::StationFixture fixture(4);
    const QSqlDatabase db = fixture.db.connection();
    {
        LeaveDialog dialog(db, fixture.deputies.at(2), QStringLiteral("代表3"));
        dialog.fromField()->setDate({2026, 6, 1});
        dialog.toField()->setDate({2026, 5, 1}); // before the first day: refused, said there
        dialog.reasonField()->setText(QStringLiteral("外出学习"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.form()->errorText(QStringLiteral("to")).isEmpty());
        dialog.toField()->setDate({2026, 6, 30});
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    ActivityDialog dialog(db);
    dialog.dateEdit()->setDate({2026, 6, 10});
    ParticipantEditor* participants = dialog.participants();
    participants->addAll(ParticipantEditor::Source::Station, fixture.station);
    const QList<Participant> listed = participants->participants();
    REQUIRE(listed.size() == 4);
    for (const Participant& p : listed)
        CHECK((p.attendance == Attendance::Leave) == (p.deputyId == fixture.deputies.at(2)));
}

TEST_CASE("Attendance at a session offers the session that sat that day", "[gui][activities]")
{
    test::StationFixture fixture(2);
    const QSqlDatabase db = fixture.db.connection();
    const registry::Session session = fixture.countySession();
    ActivityDialog dialog(db);
    auto* type = dialog.findChild<QComboBox*>(QStringLiteral("type"));
    auto* chosen = dialog.findChild<QComboBox*>(QStringLiteral("session"));
    REQUIRE(type);
    REQUIRE(chosen);
    const auto sessionType = *ActivityStore(db).typeByCode(QLatin1String(kSessionType));
    REQUIRE(sessionType);
    const auto reception = *ActivityStore(db).typeByCode(QLatin1String(kReceptionType));
    REQUIRE(reception);
    type->setCurrentIndex(type->findData(reception->id));
    dialog.dateEdit()->setDate({2026, 2, 11});
    CHECK_FALSE(chosen->isEnabled()); // not a session-attendance record
    type->setCurrentIndex(type->findData(sessionType->id));
    CHECK(chosen->isEnabled());
    CHECK(chosen->currentData().toLongLong() == session.id);
    // Its deputies are the ones offered to add.
    CHECK(dialog.participants()->sourceBox()->currentData().toInt() ==
          int(ParticipantEditor::Source::Session));
    CHECK(dialog.participants()->choiceBox()->currentData().toLongLong() == session.id);
    dialog.dateEdit()->setDate({2026, 3, 2}); // no session sat: none offered
    CHECK(chosen->currentData().toLongLong() == 0);
    dialog.dateEdit()->setDate({2026, 2, 12});
    CHECK(chosen->currentData().toLongLong() == session.id);
}

TEST_CASE("A session attendance record reopened keeps the session it was saved with",
          "[gui][activities]")
{
    test::StationFixture fixture(1);
    const QSqlDatabase db = fixture.db.connection();
    const registry::Session session = fixture.countySession();
    const auto sessionType = *ActivityStore(db).typeByCode(QLatin1String(kSessionType));
    REQUIRE(sessionType);
    Activity activity;
    activity.typeId = sessionType->id;
    activity.date = QDate(2026, 3, 2); // recorded late: no session sat that day
    activity.title = QStringLiteral("出席县十八届人大六次会议");
    activity.sessionId = session.id;
    REQUIRE(usecase::saveActivity(db, activity).ok());
    ActivityDialog dialog(db, activity.id);
    auto* chosen = dialog.findChild<QComboBox*>(QStringLiteral("session"));
    REQUIRE(chosen);
    CHECK(chosen->currentData().toLongLong() == session.id);
}

TEST_CASE("Deleting an activity asks why and keeps the activity in the operator log",
          "[gui][activities][log]")
{
    Clock::setToday({2026, 11, 20});
    test::StationFixture fixture(3);
    const QSqlDatabase db = fixture.db.connection();
    Activity reception = fixture.reception(QDate(2026, 11, 11));
    reception.title = QStringLiteral("十一月接待日");
    reception.participants = {{fixture.deputies.at(0), Attendance::Present, {}, {}}};
    REQUIRE(usecase::saveActivity(db, reception).ok());
    fixture.db.closeDoor();
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Activities);
    ActivitiesPage* page = window.activitiesPage();
    REQUIRE(page->selectActivity(reception.id));

    QString asked;
    test::whenModal<QInputDialog>([&](QInputDialog* input) {
        asked = input->labelText();
        input->setTextValue(QStringLiteral("重复登记"));
        test::screenshot(input, QStringLiteral("delete-activity-reason"));
        input->accept();
    });
    buttonNamed(page, "delete-activity")->click();
    CHECK(asked.contains(QStringLiteral("十一月接待日")));
    CHECK_FALSE(ActivityStore(db).find(reception.id).found());
    const auto entries = storage::OperatorLog(db).list();
    REQUIRE(entries);
    const storage::LogEntry& removed = entries->last();
    CHECK(removed.action == QStringLiteral("activity.remove"));
    CHECK(removed.reason == QStringLiteral("重复登记"));
    bool keptTitle = false;
    for (const storage::FieldChange& change : removed.changes)
        keptTitle |= change.field == QStringLiteral("title") &&
                     change.before == QStringLiteral("十一月接待日");
    CHECK(keptTitle);
}

TEST_CASE("An activity's and a station's dialogs show who changed the record, when and why",
          "[gui][activities][log]")
{
    test::StationFixture fixture(2);
    const QSqlDatabase db = fixture.db.connection();
    Activity reception = fixture.reception(QDate(2026, 4, 8));
    REQUIRE(usecase::saveActivity(db, reception).ok());
    reception.title = QStringLiteral("四月接待日");
    REQUIRE(usecase::saveActivity(db, reception).ok());
    auto station = registry::StationStore(db).get(fixture.station);
    REQUIRE(station.found());
    station->liaisonOfficer = QStringLiteral("张云");
    REQUIRE(usecase::saveStation(db, *station).ok());

    const auto historyShown = [](QDialog* owner) {
        QString text;
        test::whenModal<QDialog>([&](QDialog* dialog) {
            CHECK(dialog->objectName() == QStringLiteral("record-history-dialog"));
            if (auto* view = dialog->findChild<QTextBrowser*>())
                text = view->toPlainText();
            test::screenshot(dialog, QStringLiteral("record-history"));
            dialog->reject();
        });
        auto* button = owner->findChild<QPushButton*>(QStringLiteral("record-history"));
        REQUIRE(button);
        button->click();
        return text;
    };
    ActivityDialog activity(db, reception.id);
    const QString activityHistory = historyShown(&activity);
    CHECK(activityHistory.contains(QStringLiteral("(2)")));
    CHECK(activityHistory.contains(QStringLiteral("四月接待日")));
    StationDialog stationDialog(db, *station);
    CHECK(historyShown(&stationDialog).contains(station->name));
    // A new record has no history yet: no button.
    ActivityDialog blank(db, 0);
    CHECK_FALSE(blank.findChild<QPushButton*>(QStringLiteral("record-history")));
}

TEST_CASE("A deputy's leave recorded wrongly is corrected or removed with a reason",
          "[gui][activities][log]")
{
    test::StationFixture fixture(2);
    const QSqlDatabase db = fixture.db.connection();
    Leave leave;
    leave.deputyId = fixture.deputies.at(0);
    leave.from = QDate(2026, 5, 4);
    leave.to = QDate(2026, 5, 5);
    leave.reason = QStringLiteral("出差");
    REQUIRE(usecase::recordLeave(db, leave).ok());
    LeavesDialog leaves(db, leave.deputyId, QStringLiteral("代表1"));
    REQUIRE(leaves.table()->rowCount() == 1);
    leaves.table()->selectRow(0);

    // Corrected: the reason for the correction is asked under its own field.
    QString refusal;
    test::whenModal<LeaveDialog>([&](LeaveDialog* dialog) {
        CHECK(dialog->fromField()->date() == QDate(2026, 5, 4));
        dialog->toField()->setDate({2026, 5, 6});
        dialog->accept();
        refusal = dialog->form()->errorText(QStringLiteral("why"));
        dialog->whyField()->setText(QStringLiteral("多请了一天"));
        test::screenshot(dialog, QStringLiteral("leave-correct"));
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    });
    leaves.findChild<QPushButton*>(QStringLiteral("correct-leave"))->click();
    CHECK_FALSE(refusal.isEmpty());
    CHECK(leaves.table()->item(0, 1)->text() == QStringLiteral("2026-05-06"));
    CHECK(leaves.changed());

    // Removed, with why.
    leaves.table()->selectRow(0);
    test::whenModal<QInputDialog>([](QInputDialog* input) {
        input->setTextValue(QStringLiteral("记错了人"));
        input->accept();
    });
    leaves.findChild<QPushButton*>(QStringLiteral("remove-leave"))->click();
    CHECK(leaves.table()->rowCount() == 0);
    storage::LogFilter leaveEntries;
    leaveEntries.action = QStringLiteral("leave");
    const auto entries = storage::OperatorLog(db).list(leaveEntries);
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(1).reason == QStringLiteral("多请了一天"));
    CHECK(entries->at(2).reason == QStringLiteral("记错了人"));
}
