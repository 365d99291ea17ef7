<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>dd::cli</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roster of %n deputy membership(s) to %1</source>
        <translation>
            <numerusform>Wrote the roster of %n deputy membership to %1</numerusform>
            <numerusform>Wrote the roster of %n deputy memberships to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deputy membership(s) to %1</source>
        <translation>
            <numerusform>Wrote %n deputy membership to %1</numerusform>
            <numerusform>Wrote %n deputy memberships to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: header on row %2, %n row(s) to import.</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot;: header on row %2, %n row to import.</numerusform>
            <numerusform>Sheet &quot;%1&quot;: header on row %2, %n rows to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>… and %n more problem like these.</numerusform>
            <numerusform>… and %n more problems like these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file.</numerusform>
            <numerusform>Nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispatch notice(s) written to %1</source>
        <translation>
            <numerusform>%n dispatch notice written to %1</numerusform>
            <numerusform>%n dispatch notices written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s) written to %1</source>
        <translation>
            <numerusform>%n feedback form written to %1</numerusform>
            <numerusform>%n feedback forms written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the holiday calendar for %n year(s)</source>
        <translation>
            <numerusform>Imported the holiday calendar for %n year</numerusform>
            <numerusform>Imported the holiday calendar for %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s); minimum %1 per deputy for the period.</source>
        <translation>
            <numerusform>%n reception day; minimum %1 per deputy for the period.</numerusform>
            <numerusform>%n reception days; minimum %1 per deputy for the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deputy(ies) on duty on %1</source>
        <translation>
            <numerusform>%n deputy on duty on %1</numerusform>
            <numerusform>%n deputies on duty on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reception(s) recorded up to %1</source>
        <translation>
            <numerusform>%n reception recorded up to %1</numerusform>
            <numerusform>%n receptions recorded up to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> ⚠ %n unexcused session absence(s)</source>
        <translation>
            <numerusform> ⚠ %n unexcused session absence</numerusform>
            <numerusform> ⚠ %n unexcused session absences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 page(s) for %n deputy(ies)
</source>
        <translation>
            <numerusform>Wrote %1: %2 page for %n deputy
</numerusform>
            <numerusform>Wrote %1: %2 pages for %n deputies
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deputy membership(s)</source>
        <translation>
            <numerusform>%n deputy membership</numerusform>
            <numerusform>%n deputy memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deputy assignment(s) changed</source>
        <translation>
            <numerusform>%n deputy assignment changed</numerusform>
            <numerusform>%n deputy assignments changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui</name>
    <message numerus="yes">
        <source>%n sheet(s) are too many to preview: print them, or save them as one PDF file?</source>
        <translation>
            <numerusform>%n sheet is too many to preview: print them, or save them as one PDF file?</numerusform>
            <numerusform>%n sheets are too many to preview: print them, or save them as one PDF file?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivitiesPage</name>
    <message numerus="yes">
        <source>Delete “%1” of %2 (%n participant(s))?
It stays in the operator log. Why is it deleted?</source>
        <translation>
            <numerusform>Delete “%1” of %2 (%n participant)?
It stays in the operator log. Why is it deleted?</numerusform>
            <numerusform>Delete “%1” of %2 (%n participants)?
It stays in the operator log. Why is it deleted?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::CalendarEditor</name>
    <message numerus="yes">
        <source>The %1 calendar is saved: %n day(s).</source>
        <translation>
            <numerusform>The %1 calendar is saved: %n day.</numerusform>
            <numerusform>The %1 calendar is saved: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar of %n year(s).</source>
        <translation>
            <numerusform>Imported the calendar of %n year.</numerusform>
            <numerusform>Imported the calendar of %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::FileGuard</name>
    <message numerus="yes">
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>No backup for %n day</numerusform>
            <numerusform>No backup for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::FilterBar</name>
    <message numerus="yes">
        <source>The list is filtered (%1): %n row(s) of %2 shown.</source>
        <translation>
            <numerusform>The list is filtered (%1): %n row of %2 shown.</numerusform>
            <numerusform>The list is filtered (%1): %n rows of %2 shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n shown</source>
        <translation>
            <numerusform>Only the %n shown</numerusform>
            <numerusform>Only the %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::HomePage</name>
    <message numerus="yes">
        <source>%n concern(s) overdue — open the list</source>
        <translation>
            <numerusform>%n concern overdue — open the list</numerusform>
            <numerusform>%n concerns overdue — open the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) due within %1 working days</source>
        <translation>
            <numerusform>%n concern due within %1 working days</numerusform>
            <numerusform>%n concerns due within %1 working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) overdue — open the list</source>
        <translation>
            <numerusform>%n suggestion overdue — open the list</numerusform>
            <numerusform>%n suggestions overdue — open the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) due within %1 working days</source>
        <translation>
            <numerusform>%n suggestion due within %1 working days</numerusform>
            <numerusform>%n suggestions due within %1 working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n liaison station(s)</source>
        <translation>
            <numerusform>%n liaison station</numerusform>
            <numerusform>%n liaison stations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) must be corrected in the file first.</source>
        <translation>
            <numerusform>%n problem must be corrected in the file first.</numerusform>
            <numerusform>%n problems must be corrected in the file first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::LoopPage</name>
    <message numerus="yes">
        <source>%n item(s) dispatched</source>
        <translation>
            <numerusform>%n item dispatched</numerusform>
            <numerusform>%n items dispatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) approved</source>
        <translation>
            <numerusform>%n extension approved</numerusform>
            <numerusform>%n extensions approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorLogDialog</name>
    <message numerus="yes">
        <source>%n entry(ies). The log is whole: no entry was changed or removed.</source>
        <translation>
            <numerusform>%n entry. The log is whole: no entry was changed or removed.</numerusform>
            <numerusform>%n entries. The log is whole: no entry was changed or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ParticipantEditor</name>
    <message numerus="yes">
        <source>%1 (%n deputy(ies))</source>
        <translation>
            <numerusform>%1 (%n deputy)</numerusform>
            <numerusform>%1 (%n deputies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deputy(ies): %1 present, %2 on leave, %3 absent</source>
        <translation>
            <numerusform>%n deputy: %1 present, %2 on leave, %3 absent</numerusform>
            <numerusform>%n deputies: %1 present, %2 on leave, %3 absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterDayDialog</name>
    <message numerus="yes">
        <source>%1 — %n duty(ies)</source>
        <translation>
            <numerusform>%1 — %n duty</numerusform>
            <numerusform>%1 — %n duties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterEditor</name>
    <message numerus="yes">
        <source>%n reception day(s) planned</source>
        <translation>
            <numerusform>%n reception day planned</numerusform>
            <numerusform>%n reception days planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reception(s) recorded up to %1</source>
        <translation>
            <numerusform>%n reception recorded up to %1</numerusform>
            <numerusform>%n receptions recorded up to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ScoreTableModel</name>
    <message numerus="yes">
        <source>%n unexcused session absence(s) this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</source>
        <translation>
            <numerusform>%n unexcused session absence this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</numerusform>
            <numerusform>%n unexcused session absences this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ScoresPage</name>
    <message numerus="yes">
        <source>%n unexcused session absence(s) this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</source>
        <translation>
            <numerusform>%n unexcused session absence this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</numerusform>
            <numerusform>%n unexcused session absences this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::StationsPage</name>
    <message numerus="yes">
        <source>%n deputy(ies) stationed at %1</source>
        <translation>
            <numerusform>%n deputy stationed at %1</numerusform>
            <numerusform>%n deputies stationed at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::StepDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s): the majority makes it %1.</source>
        <translation>
            <numerusform>%n vote: the majority makes it %1.</numerusform>
            <numerusform>%n votes: the majority makes it %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
