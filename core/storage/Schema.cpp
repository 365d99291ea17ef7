#include "storage/Schema.h"

#include "storage/SqliteDialect.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dd::schema {

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

struct Migration {
    const char* const* statements;
    std::size_t count;
};

const Migration kMigrations[] = {
    {kVersion1, std::size(kVersion1)},
};

} // namespace

int latestVersion()
{
    return int(std::size(kMigrations));
}

bool migrate(QSqlDatabase& db, int fromVersion, QString* error, int target)
{
    if (target < 0)
        target = latestVersion();
    for (int version = fromVersion; version < target; ++version) {
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return false;
        }
        const Migration& migration = kMigrations[version];
        for (std::size_t i = 0; i < migration.count; ++i) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromUtf8(migration.statements[i]))) {
                *error = QStringLiteral("migration to version %1: %2")
                             .arg(version + 1)
                             .arg(query.lastError().text());
                return false;
            }
        }
        if (!sqlite::setUserVersion(db, version + 1) || !transaction.commit()) {
            *error = transaction.error();
            return false;
        }
    }
    return true;
}

} // namespace dd::schema
