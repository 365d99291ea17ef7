#include "storage/Schema.h"

#include "storage/SqliteDialect.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dd::storage::schema {

namespace {

// Version 1: the registry (deputies, memberships, stations, terms, sessions), settings and the
// holiday calendar. Dates are ISO text; every record carries a UUID for merging files later.
const char* const kVersion1[] = {
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE calendar_days (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE townships (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'town' CHECK (kind IN ('township', 'town', 'street')),
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE terms (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        level TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number > 0),
        start_date TEXT NOT NULL,
        end_date TEXT,
        UNIQUE (level, number)))",
    R"(CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        term_id INTEGER NOT NULL REFERENCES terms(id),
        number INTEGER NOT NULL CHECK (number > 0),
        opening_date TEXT NOT NULL,
        closing_date TEXT NOT NULL,
        UNIQUE (term_id, number)))",
    R"(CREATE TABLE stations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        township_id INTEGER REFERENCES townships(id),
        address TEXT NOT NULL DEFAULT '',
        liaison_officer TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        star_rating INTEGER CHECK (star_rating BETWEEN 1 AND 5),
        is_model INTEGER NOT NULL DEFAULT 0,
        is_legislative_contact_point INTEGER NOT NULL DEFAULT 0,
        reception_rule TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE deputies (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('M', 'F')),
        ethnicity TEXT NOT NULL DEFAULT '',
        birth_month TEXT NOT NULL DEFAULT '',
        party TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        work_unit TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        composition TEXT NOT NULL DEFAULT '',
        is_cadre INTEGER NOT NULL DEFAULT 0,
        is_returned_overseas INTEGER NOT NULL DEFAULT 0,
        photo BLOB,
        notes TEXT NOT NULL DEFAULT '',
        pinyin_key TEXT NOT NULL DEFAULT '',
        stroke_key TEXT NOT NULL DEFAULT '',
        pinyin_full TEXT NOT NULL DEFAULT '',
        pinyin_initials TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX deputies_name ON deputies(name, birth_month)",
    R"(CREATE TABLE memberships (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        term_id INTEGER NOT NULL REFERENCES terms(id),
        certificate_no TEXT,
        electoral_district TEXT NOT NULL DEFAULT '',
        township_id INTEGER REFERENCES townships(id),
        delegation TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('active', 'terminated', 'resigned', 'term_ended')),
        is_reelected INTEGER NOT NULL DEFAULT 0,
        by_election INTEGER NOT NULL DEFAULT 0,
        start_date TEXT NOT NULL,
        end_date TEXT,
        UNIQUE (deputy_id, term_id)))",
    "CREATE UNIQUE INDEX memberships_certificate ON memberships(term_id, certificate_no) "
    "WHERE certificate_no IS NOT NULL",
    "CREATE INDEX memberships_term ON memberships(term_id, status)",
    R"(CREATE TABLE membership_events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        membership_id INTEGER NOT NULL REFERENCES memberships(id),
        kind TEXT NOT NULL CHECK (kind IN
            ('elected', 'by_election', 'terminated', 'resigned', 'term_ended', 'reinstated')),
        event_date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL))",
    "CREATE INDEX membership_events_membership ON membership_events(membership_id)",
    R"(CREATE TABLE deputy_groups (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('delegation', 'deputy_group', 'professional_group')),
        term_id INTEGER NOT NULL REFERENCES terms(id),
        UNIQUE (term_id, name)))",
    R"(CREATE TABLE group_members (
        group_id INTEGER NOT NULL REFERENCES deputy_groups(id),
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        PRIMARY KEY (group_id, deputy_id)))",
    R"(CREATE TABLE station_assignments (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        station_id INTEGER NOT NULL REFERENCES stations(id),
        is_primary INTEGER NOT NULL DEFAULT 0,
        start_date TEXT NOT NULL,
        end_date TEXT))",
    "CREATE UNIQUE INDEX station_assignments_primary ON station_assignments(deputy_id) "
    "WHERE is_primary = 1 AND end_date IS NULL",
    "CREATE UNIQUE INDEX station_assignments_open ON station_assignments(deputy_id, station_id) "
    "WHERE end_date IS NULL",
    "CREATE INDEX station_assignments_station ON station_assignments(station_id)",
};

// Version 2: the six-step loop. Concerns and suggestions are both loop items (one state machine,
// one history); kind-specific particulars live beside them. The item row caches the state, the
// due date in force and the latest reply and evaluation, so ledgers and measures read one table;
// loop_steps is the full history those columns are derived from.
const char* const kVersion2[] = {
    R"(CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN
            ('department', 'supervision', 'court', 'procuratorate', 'township', 'other')),
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE categories (
        name TEXT PRIMARY KEY,
        position INTEGER NOT NULL))",
    R"(CREATE TABLE loop_items (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('concern', 'suggestion')),
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        serial TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        township_id INTEGER REFERENCES townships(id),
        station_id INTEGER REFERENCES stations(id),
        raised_date TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pointed', 'answered_on_spot', 'merged', 'referred',
            'declined', 'awaiting_dispatch', 'dispatched', 'replied', 'evaluated', 'closed')),
        order_kind TEXT CHECK (order_kind IN ('on_spot', 'passed_on', 'new_suggestion', 'merged',
            'referred', 'declined')),
        order_date TEXT,
        order_note TEXT NOT NULL DEFAULT '',
        suggestion_id INTEGER REFERENCES loop_items(id),
        round INTEGER NOT NULL DEFAULT 0,
        lead_agency_id INTEGER REFERENCES agencies(id),
        first_dispatch_date TEXT,
        dispatch_date TEXT,
        due_date TEXT,
        reply_due_date TEXT,
        extended INTEGER NOT NULL DEFAULT 0,
        reply_date TEXT,
        result_class TEXT CHECK (result_class IN ('A', 'B', 'C', 'D')),
        face_to_face INTEGER NOT NULL DEFAULT 0,
        replied_on_time INTEGER,
        evaluation TEXT CHECK (evaluation IN ('satisfied', 'basically', 'unsatisfied')),
        evaluation_date TEXT,
        key_supervision INTEGER NOT NULL DEFAULT 0,
        leader TEXT NOT NULL DEFAULT '',
        excellent INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (kind, year, seq)))",
    "CREATE INDEX loop_items_state ON loop_items(state, due_date)",
    "CREATE INDEX loop_items_dispatch ON loop_items(first_dispatch_date)",
    "CREATE INDEX loop_items_suggestion ON loop_items(suggestion_id)",
    R"(CREATE TABLE concern_details (
        item_id INTEGER PRIMARY KEY REFERENCES loop_items(id),
        channel TEXT NOT NULL CHECK (channel IN
            ('reception', 'visit', 'phone', 'letter', 'online', 'other')),
        citizen_name TEXT NOT NULL DEFAULT '',
        citizen_phone TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE suggestion_details (
        item_id INTEGER PRIMARY KEY REFERENCES loop_items(id),
        session_id INTEGER REFERENCES sessions(id)))",
    R"(CREATE TABLE item_deputies (
        item_id INTEGER NOT NULL REFERENCES loop_items(id),
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        role TEXT NOT NULL CHECK (role IN ('receiver', 'lead', 'cosigner')),
        PRIMARY KEY (item_id, deputy_id)))",
    "CREATE INDEX item_deputies_deputy ON item_deputies(deputy_id)",
    R"(CREATE TABLE item_agencies (
        item_id INTEGER NOT NULL REFERENCES loop_items(id),
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
        PRIMARY KEY (item_id, agency_id)))",
    R"(CREATE TABLE loop_steps (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        item_id INTEGER NOT NULL REFERENCES loop_items(id),
        round INTEGER NOT NULL,
        kind TEXT NOT NULL,
        step_date TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        agency_id INTEGER REFERENCES agencies(id),
        due_date TEXT,
        result_class TEXT,
        face_to_face INTEGER,
        evaluation TEXT,
        text TEXT NOT NULL DEFAULT '',
        imported INTEGER NOT NULL DEFAULT 0,
        recorded_at TEXT NOT NULL))",
    "CREATE INDEX loop_steps_item ON loop_steps(item_id, id)",
    // The default categories (domain.md); a county edits them as data.
    "INSERT INTO categories(name, position) VALUES ('财政经济', 1), ('农业农村', 2), "
    "('城建环资', 3), ('教科文卫', 4), ('内务司法', 5), ('社会建设', 6), ('其他', 7)",
};

// Version 3: activities (履职活动) with their participants' attendance, station receptions as
// activities of the reception type, and deputies' leave periods.
const char* const kVersion3[] = {
    R"(CREATE TABLE activity_types (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL))",
    R"(CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        type_id INTEGER NOT NULL REFERENCES activity_types(id),
        day TEXT NOT NULL,
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        organiser TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        station_id INTEGER REFERENCES stations(id),
        citizens_received INTEGER NOT NULL DEFAULT 0 CHECK (citizens_received >= 0),
        session_id INTEGER REFERENCES sessions(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX activities_day ON activities(day)",
    "CREATE INDEX activities_station ON activities(station_id, day)",
    R"(CREATE TABLE activity_participants (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        attendance TEXT NOT NULL CHECK (attendance IN ('present', 'leave', 'absent')),
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (activity_id, deputy_id)))",
    "CREATE INDEX activity_participants_deputy ON activity_participants(deputy_id)",
    R"(CREATE TABLE activity_items (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES loop_items(id),
        PRIMARY KEY (activity_id, item_id)))",
    R"(CREATE TABLE deputy_leaves (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        from_day TEXT NOT NULL,
        to_day TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (to_day >= from_day)))",
    "CREATE INDEX deputy_leaves_deputy ON deputy_leaves(deputy_id, from_day)",
    // The default types (domain.md, "Activities"); a county adds its own as data.
    "INSERT INTO activity_types(code, name, position) VALUES "
    "('session', '出席人代会', 1), ('standing_committee', '列席常委会', 2), "
    "('inspection', '视察', 3), ('research', '调研', 4), ('law_enforcement', '执法检查', 5), "
    "('training', '学习培训', 6), ('reception', '进站接待选民', 7), "
    "('visit', '走访选民/联系群众', 8), ('social_report', '反映社情民意', 9), "
    "('report_to_voters', '向选民述职/报告履职', 10), ('group', '代表小组/主题活动', 11), "
    "('project_vote', '民生实事票决', 12), ('other', '其他', 13)",
};

// Version 4: saved duty rosters (排班): a station's reception days with the deputies on duty;
// a day recorded as a reception points at its activity.
const char* const kVersion4[] = {
    R"(CREATE TABLE roster_days (
        station_id INTEGER NOT NULL REFERENCES stations(id),
        day TEXT NOT NULL,
        activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,
        PRIMARY KEY (station_id, day)))",
    R"(CREATE TABLE roster_duties (
        station_id INTEGER NOT NULL,
        day TEXT NOT NULL,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        PRIMARY KEY (station_id, day, deputy_id),
        FOREIGN KEY (station_id, day) REFERENCES roster_days(station_id, day) ON DELETE CASCADE))",
    "CREATE INDEX roster_duties_deputy ON roster_duties(deputy_id, day)",
};

// Version 5: scoring rule sets (评分细则) per year and level ('' serves every level), kept as
// their readable JSON so a year's set is exactly what was saved and other years never change.
const char* const kVersion5[] = {
    R"(CREATE TABLE scoring_rules (
        year INTEGER NOT NULL,
        level TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year, level)))",
    // Scores read the concerns closed satisfied by the day of their evaluation, and the session
    // attendance of a term.
    "CREATE INDEX loop_items_evaluation ON loop_items(kind, evaluation_date)",
    "CREATE INDEX activities_session ON activities(session_id) WHERE session_id IS NOT NULL",
    // Cover what scores read of a year's activities and participations, so that reading them
    // does not visit the tables' wide rows.
    "DROP INDEX activities_day",
    "CREATE INDEX activities_day ON activities(day, type_id, session_id)",
    "CREATE INDEX activity_participants_attendance ON "
    "activity_participants(activity_id, deputy_id, attendance)",
};

// Version 6: the office file's own id, so the backups of offices sharing one backup folder (a
// USB stick, a shared folder) are told apart by name and rotation never touches another's.
const char* const kVersion6[] = {
    "INSERT OR IGNORE INTO settings (key, value) VALUES ('office.id', lower(hex(randomblob(4))))",
};

// Version 7: the day a suggestion was rated excellent, when its +10 counts (domain.md); flags set
// before the day was kept count on 31 December of the suggestion's year (its session's close or
// its first dispatch, else the day it was raised), so a printed quarter never changes.
const char* const kVersion7[] = {
    "ALTER TABLE loop_items ADD COLUMN excellent_date TEXT",
    R"(UPDATE loop_items SET excellent_date = substr(COALESCE(
        (SELECT s.closing_date FROM suggestion_details sd JOIN sessions s ON s.id = sd.session_id
         WHERE sd.item_id = loop_items.id),
        first_dispatch_date, raised_date), 1, 4) || '-12-31'
       WHERE excellent = 1)",
    "CREATE INDEX loop_items_excellent ON loop_items(excellent_date) WHERE excellent = 1",
};

// Version 8: the operator log (操作日志), one entry per write through a use case. Append-only: the
// triggers refuse a change or a removal from any program that keeps them, and each entry's hash
// covers the one before it, so `check` finds what was done to the file without them.
const char* const kVersion8[] = {
    R"(CREATE TABLE operator_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        summary TEXT NOT NULL,
        record_kind TEXT NOT NULL DEFAULT '',
        record_id INTEGER,
        changes TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL))",
    "CREATE INDEX operator_log_record ON operator_log(record_kind, record_id)",
    R"(CREATE TRIGGER operator_log_no_update BEFORE UPDATE ON operator_log
       BEGIN SELECT RAISE(ABORT, 'the operator log is append-only'); END)",
    R"(CREATE TRIGGER operator_log_no_delete BEFORE DELETE ON operator_log
       BEGIN SELECT RAISE(ABORT, 'the operator log is append-only'); END)",
};

// Version 9: withdrawing (撤回) the last step of an item. Each step keeps the item as it was
// before it, so a withdrawal puts it back exactly; a withdrawn step stays in the history with who
// withdrew it, when and why, and no longer counts.
const char* const kVersion9[] = {
    "ALTER TABLE loop_steps ADD COLUMN item_before TEXT",
    "ALTER TABLE loop_steps ADD COLUMN withdrawn_at TEXT",
    "ALTER TABLE loop_steps ADD COLUMN withdrawn_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE loop_steps ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT ''",
};

struct Migration {
    const char* const* statements;
    std::size_t count;
};

const Migration kMigrations[] = {
    {kVersion1, std::size(kVersion1)}, {kVersion2, std::size(kVersion2)},
    {kVersion3, std::size(kVersion3)}, {kVersion4, std::size(kVersion4)},
    {kVersion5, std::size(kVersion5)}, {kVersion6, std::size(kVersion6)},
    {kVersion7, std::size(kVersion7)}, {kVersion8, std::size(kVersion8)},
    {kVersion9, std::size(kVersion9)},
};

} // namespace

int latestVersion()
{
    return int(std::size(kMigrations));
}

Outcome migrate(QSqlDatabase& db, int fromVersion, int target)
{
    if (target < 0)
        target = latestVersion();
    for (int version = fromVersion; version < target; ++version) {
        auto transaction = WriteTransaction::begin(db);
        if (!transaction)
            return transaction.refusal();
        const Migration& migration = kMigrations[version];
        for (std::size_t i = 0; i < migration.count; ++i) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromUtf8(migration.statements[i])))
                return Outcome::storage(QStringLiteral("migration to version %1: %2")
                                            .arg(version + 1)
                                            .arg(query.lastError().text()));
        }
        if (!sqlite::setUserVersion(db, version + 1))
            return Outcome::storage(
                QStringLiteral("migration to version %1: cannot set it").arg(version + 1));
        if (Outcome committed = transaction->commit(); !committed.ok())
            return committed;
    }
    return Outcome::success();
}

} // namespace dd::storage::schema
