#include "TestSupport.h"

#include "registry/StationStore.h"
#include "storage/Schema.h"
#include "storage/SqliteDialect.h"
#include "storage/WriteTransaction.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace dd;

namespace {
QString pragma(QSqlDatabase db, const char* name)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return query.next() ? query.value(0).toString() : QString();
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::fileBytes(path), QCryptographicHash::Sha256);
}

int count(QSqlDatabase db, const QString& table)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}
} // namespace

TEST_CASE("A new database carries our application id, the latest version and safe pragmas",
          "[storage]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    CHECK(pragma(db, "application_id").toLongLong() == qint32(storage::sqlite::kApplicationId));
    CHECK(pragma(db, "user_version").toInt() == storage::schema::latestVersion());
    CHECK(pragma(db, "foreign_keys") == QLatin1String("1"));
    CHECK(pragma(db, "synchronous") == QLatin1String("2")); // FULL
    CHECK(pragma(db, "busy_timeout").toInt() >= 5000);
    CHECK(pragma(db, "journal_mode") == QLatin1String("wal"));
}

TEST_CASE("Every connection gets the pragmas again after reopening", "[storage]")
{
    test::TempDatabase temp;
    const QString path = temp.path;
    temp.db.reset();
    storage::OpenResult reopened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting);
    REQUIRE(reopened);
    const QSqlDatabase db = (*reopened)->connection();
    CHECK(pragma(db, "foreign_keys") == QLatin1String("1"));
    CHECK(pragma(db, "synchronous") == QLatin1String("2"));
    CHECK(pragma(db, "journal_mode") == QLatin1String("wal"));
}

TEST_CASE("Closing checkpoints the WAL so the single file is complete", "[storage]")
{
    test::TempDatabase temp;
    const QString path = temp.path;
    temp.db.reset();
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    // A copy of the main file alone holds everything.
    const QString alone = temp.dir.filePath(QStringLiteral("alone.ddb"));
    REQUIRE(QFile::copy(path, alone));
    storage::OpenResult opened =
        storage::Database::open(alone, storage::Database::Mode::OpenExisting);
    REQUIRE(opened);
    CHECK(count((*opened)->connection(), QStringLiteral("calendar_days")) > 20);
}

TEST_CASE("Migrations run from every earlier version to the latest", "[storage]")
{
    for (int from = 0; from < storage::schema::latestVersion(); ++from) {
        CAPTURE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.ddb"));
        {
            // Build a file as an older DeputyDesk left it.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(storage::sqlite::setApplicationId(db));
            REQUIRE(storage::schema::migrate(db, 0, from));
            CHECK(storage::sqlite::userVersion(db) == from);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        storage::OpenResult opened =
            storage::Database::open(path, storage::Database::Mode::OpenExisting);
        REQUIRE(opened);
        CHECK((*opened)->schemaVersion() == storage::schema::latestVersion());
        CHECK((*opened)->check().isEmpty());
    }
}

TEST_CASE("Foreign, empty, damaged and newer files are refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.ddb"));
        QFile(path).open(QIODevice::WriteOnly);
        const storage::OpenResult result =
            storage::Database::open(path, storage::Database::Mode::CreateIfMissing);
        CHECK_FALSE(result);
        CHECK(result.failure().kind == Outcome::Kind::Invalid);
        CHECK(result.error().contains(QStringLiteral("empty")));
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.ddb"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = digest(path);
        const storage::OpenResult result =
            storage::Database::open(path, storage::Database::Mode::OpenExisting);
        CHECK(result.failure().kind == Outcome::Kind::Invalid);
        CHECK(digest(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = digest(path);
        const storage::OpenResult result =
            storage::Database::open(path, storage::Database::Mode::OpenExisting);
        CHECK(result.failure().kind == Outcome::Kind::Invalid);
        CHECK(result.error().contains(QStringLiteral("another program")));
        CHECK(digest(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a newer DeputyDesk file")
    {
        test::TempDatabase temp;
        {
            QSqlDatabase db = temp.connection();
            auto transaction = storage::WriteTransaction::begin(db);
            REQUIRE(transaction);
            REQUIRE(storage::sqlite::setUserVersion(db, storage::schema::latestVersion() + 1));
            REQUIRE(transaction->commit());
        }
        const QString path = temp.path;
        temp.db.reset();
        const QByteArray before = digest(path);
        const storage::OpenResult result =
            storage::Database::open(path, storage::Database::Mode::OpenExisting);
        CHECK(result.failure().kind == Outcome::Kind::NotAllowed);
        CHECK(result.error().contains(QStringLiteral("newer")));
        CHECK(digest(path) == before);
    }
    SECTION("a damaged DeputyDesk file")
    {
        test::TempDatabase temp;
        const QString path = temp.path;
        temp.db.reset();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        file.seek(size / 2); // scribble over pages in the middle, keep the header intact
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        const QByteArray before = digest(path);
        // Damage is called damage: when opening reads the damaged pages, or else by check.
        const storage::OpenResult result =
            storage::Database::open(path, storage::Database::Mode::OpenExisting);
        if (result)
            CHECK_FALSE((*result)->check().isEmpty());
        else
            CHECK(result.failure().kind == Outcome::Kind::Storage);
        CHECK(digest(path) == before);
        const storage::OpenResult checked = storage::Database::open(
            path, storage::Database::Mode::OpenExisting, {.fullCheck = true});
        CHECK(checked.failure().kind == Outcome::Kind::Storage);
        CHECK(digest(path) == before);
    }
    SECTION("a missing file")
    {
        const storage::OpenResult result = storage::Database::open(
            dir.filePath(QStringLiteral("nope.ddb")), storage::Database::Mode::OpenExisting);
        CHECK(result.failure().kind == Outcome::Kind::NotFound);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.ddb"))));
    }
}

TEST_CASE("Write transactions begin immediately, roll back when not committed and nest",
          "[storage]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    const auto insert = [&](const char* key) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, 'x')"));
        query.addBindValue(QString::fromLatin1(key));
        return query.exec();
    };
    {
        auto transaction = storage::WriteTransaction::begin(db);
        REQUIRE(transaction);
        REQUIRE(insert("dropped"));
    }
    CHECK(count(db, QStringLiteral("settings WHERE key = 'dropped'")) == 0);
    {
        auto outer = storage::WriteTransaction::begin(db);
        REQUIRE(outer);
        {
            auto inner = storage::WriteTransaction::begin(db);
            REQUIRE(inner);
            REQUIRE(insert("inner"));
            CHECK(inner->commit());
        }
        REQUIRE(insert("outer"));
        CHECK(outer->commit());
    }
    CHECK(count(db, QStringLiteral("settings WHERE key IN ('inner', 'outer')")) == 2);
    {
        auto outer = storage::WriteTransaction::begin(db);
        REQUIRE(insert("lost1"));
        {
            auto inner = storage::WriteTransaction::begin(db);
            REQUIRE(insert("lost2"));
        } // not committed: the whole operation fails
        CHECK_FALSE(outer->commit());
    }
    CHECK(count(db, QStringLiteral("settings WHERE key LIKE 'lost%'")) == 0);
}

TEST_CASE("An office file is written only inside a write transaction", "[storage]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    const auto insert = [&](const char* key) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, 'x')"));
        query.addBindValue(QString::fromLatin1(key));
        return query.exec();
    };
    // A statement that writes outside a transaction fails instead of committing on its own:
    // every write passes through WriteTransaction (and so through what hooks in there).
    CHECK_FALSE(insert("stray"));
    CHECK_FALSE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM settings")));
    CHECK(count(db, QStringLiteral("settings WHERE key = 'stray'")) == 0);
    CHECK(count(db, QStringLiteral("settings")) > 0);
    {
        auto transaction = storage::WriteTransaction::begin(db);
        REQUIRE(transaction);
        CHECK(insert("inside"));
        CHECK(transaction->commit());
    }
    // Once it has ended, committed or rolled back, the guard is back.
    CHECK_FALSE(insert("after-commit"));
    {
        auto transaction = storage::WriteTransaction::begin(db);
        REQUIRE(transaction);
        CHECK(insert("rolled-back"));
    }
    CHECK_FALSE(insert("after-rollback"));
    CHECK(count(db, QStringLiteral("settings WHERE key IN ('inside', 'rolled-back', "
                                   "'after-commit', 'after-rollback')")) == 1);

    // A file opened read-only stays so, inside a transaction too.
    const QString path = temp.path;
    temp.db.reset();
    storage::OpenResult reader = storage::Database::open(path, storage::Database::Mode::ReadOnly);
    REQUIRE(reader);
    QSqlDatabase readOnly = (*reader)->connection();
    if (auto transaction = storage::WriteTransaction::begin(readOnly)) {
        QSqlQuery query(readOnly);
        CHECK_FALSE(
            query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('reader', 'x')")));
    }
    CHECK(count(readOnly, QStringLiteral("settings WHERE key = 'reader'")) == 0);
}

TEST_CASE("Only a use case opens the door to writing", "[storage][usecase]")
{
    test::TempDatabase temp;
    temp.closeDoor();
    QSqlDatabase db = temp.connection();
    const qint64 before = count(db, QStringLiteral("stations"));
    // A store called directly, as a dialog or a command might: refused, nothing written.
    registry::Station direct;
    direct.name = QStringLiteral("城关镇第一联络站");
    const Outcome refused = registry::StationStore(db).add(direct);
    CHECK(refused.kind == Outcome::Kind::Storage);
    CHECK(refused.text().contains(QStringLiteral("did not go through one of the office's")));
    auto stray = storage::WriteTransaction::begin(db);
    CHECK_FALSE(stray);
    CHECK(count(db, QStringLiteral("stations")) == before);
    // The same through the use case is written; afterwards the door is closed again.
    registry::Station throughUseCase;
    throughUseCase.name = QStringLiteral("城关镇第一联络站");
    REQUIRE(usecase::saveStation(db, throughUseCase).ok());
    CHECK(count(db, QStringLiteral("stations")) == before + 1);
    registry::Station after;
    after.name = QStringLiteral("城关镇第二联络站");
    CHECK(registry::StationStore(db).add(after).kind == Outcome::Kind::Storage);
    CHECK(count(db, QStringLiteral("stations")) == before + 1);
    // A use case's refusal rolls all of it back, its new township included.
    registry::Station nameless;
    CHECK(usecase::saveStation(db, nameless, QStringLiteral("新设镇")).kind ==
          Outcome::Kind::Invalid);
    CHECK(count(db, QStringLiteral("townships WHERE name = '新设镇'")) == 0);
}

TEST_CASE("Save a copy writes a complete, consistent database and refuses bad targets", "[storage]")
{
    test::TempDatabase temp;
    const QString target = temp.dir.filePath(QStringLiteral("usb.ddb"));
    REQUIRE(temp.db->saveCopy(target));
    REQUIRE(temp.db->saveCopy(target)); // replacing an earlier copy works too
    storage::OpenResult copy =
        storage::Database::open(target, storage::Database::Mode::OpenExisting);
    REQUIRE(copy);
    CHECK(count((*copy)->connection(), QStringLiteral("calendar_days")) ==
          count(temp.connection(), QStringLiteral("calendar_days")));
    CHECK_FALSE(temp.db->saveCopy(temp.path));
    CHECK(test::failureOf(temp.db->saveCopy(temp.dir.path())).contains(QStringLiteral("folder")));
    CHECK_FALSE(temp.db->saveCopy(temp.dir.filePath(QStringLiteral("no/such/dir.ddb"))));
}
