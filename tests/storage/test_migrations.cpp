// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprint.h"
#include "qtprint.h"
#include "storage/migrations.h"
#include "storage/projectfile.h"
#include "storage/versionsnapshot.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// A scratch connection of the test's own, removed when it goes out of scope.
class TestDb
{
public:
    explicit TestDb(const QString &path)
        : m_name(u"migration-test-"_s + path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~TestDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        REQUIRE(q.prepare(sql));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        INFO(sql.toStdString());
        REQUIRE(q.exec());
    }
    // Every column and foreign key of every table, as SQLite reports them.
    QStringList describe()
    {
        QStringList out;
        QSqlQuery tables(m_db);
        REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            for (const QString &pragma : { u"table_xinfo"_s, u"foreign_key_list"_s, u"index_list"_s }) {
                QSqlQuery q(m_db);
                REQUIRE(q.exec(u"PRAGMA %1(%2)"_s.arg(pragma, table)));
                while (q.next()) {
                    QStringList fields{table, pragma};
                    for (int i = 0; i < q.record().count(); ++i)
                        fields.append(q.value(i).toString());
                    out.append(fields.join(u'|'));
                }
            }
        }
        return out;
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void writeVersion1Data(TestDb &db);

// A file exactly as the first Blendwise wrote it: version 1 DDL, version 1 data.
void writeVersion1File(const QString &path)
{
    TestDb db(path);
    db.exec(u"PRAGMA application_id = %1"_s.arg(ProjectFile::ApplicationId));
    db.exec(u"PRAGMA user_version = 1"_s);
    for (const QString &sql : Migrations::version1Schema())
        db.exec(sql);
    writeVersion1Data(db);
}

// A file as Blendwise 2 wrote it: the version 2 DDL (frozen in Migrations), the data of version
// 1 and what version 2 added: roles, sub-groups, muted rules and the tool limit.
// A file of version 2, or of a later version with only version 2's data in it.
void writeVersion2File(const QString &path, int version = 2)
{
    TestDb db(path);
    db.exec(u"PRAGMA application_id = %1"_s.arg(ProjectFile::ApplicationId));
    db.exec(u"PRAGMA user_version = %1"_s.arg(version));
    for (const QString &sql : Migrations::schemaOf(version))
        db.exec(sql);
    writeVersion1Data(db);
    db.exec(u"UPDATE project SET max_tools = 5"_s);
    db.exec(u"INSERT INTO muted_rules (position, rule_id) VALUES (0, 'tool-retired')"_s);
    db.exec(
        u"INSERT INTO subgroups (id, position, name, mission, objective_id, members) VALUES (6, 0, 'Team A', 'Map', 3, 4)"_s);
    db.exec(
        u"INSERT INTO roles (id, position, kind, name, duties) VALUES (7, 0, 'curator', 'Lena', 'Weekly digest')"_s);
}

void writeVersion1Data(TestDb &db)
{
    db.exec(u"INSERT INTO project (id, title, client, audience, author, summary, language, version, accent, footer, logo, evaluation) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {u"Ancien projet ✓"_s, u"Client"_s, u"Managers"_s, u"Ana"_s, u"Summary"_s, u"fr"_s, u"1.0"_s,
             u"#ff1f6fb2"_s, u"Footer"_s, QByteArray("logo-bytes"), u"Survey"_s});
    db.exec(u"INSERT INTO community_rules (position, rule) VALUES (0, ?), (1, ?)"_s, {u"Be kind"_s, u"Cite sources"_s});
    db.exec(u"INSERT INTO moments (id, position, name, start, minutes, mode, place) VALUES (5, 0, ?, ?, 90, 'virtual', ?)"_s,
            {u"Kick-off"_s, u"2025-03-03T09:30:00.000"_s, u"https://meet.example.com"_s});
    db.exec(u"INSERT INTO tools (id, position, name, type, synchronous, needs_account, often_blocked, client_provided, "
            "cost, url, status, replacement, description, benefit, access) "
            "VALUES (2, 0, 'Padlet', 'co-create', 0, 1, 0, 1, 'freemium', 'https://padlet.com', 'active', '', 'Wall', 'Ideas', '')"_s);
    db.exec(u"INSERT INTO tool_directions (tool_id, position, direction) VALUES (2, 0, 'many-to-many'), (2, 1, 'one-to-many')"_s);
    db.exec(u"INSERT INTO tool_setup_steps (tool_id, position, step) VALUES (2, 0, 'Create the wall')"_s);
    db.exec(u"INSERT INTO objectives (id, position, statement, measure, notes) VALUES (3, 0, 'Rank risks', '80 %', '')"_s);
    db.exec(u"INSERT INTO activities (id, objective_id, position, title, instructions, phase, direction, tool_id, "
            "duration_min, duration_max, grouping, led_by, deliverable, benefit, assessment, moment_id, offset_days) "
            "VALUES (4, 3, 0, 'Collect risks', 'Ask around', 'pre-class', 'many-to-many', 2, 10, 15, "
            "'pairs', 'champion', 'List', 'Peers', 'formative', 5, -3)"_s);
}

Project expectedVersion1Project()
{
    Project p;
    p.info.title = u"Ancien projet ✓"_s;
    p.info.client = u"Client"_s;
    p.info.audience = u"Managers"_s;
    p.info.author = u"Ana"_s;
    p.info.summary = u"Summary"_s;
    p.info.language = u"fr"_s;
    p.info.version = u"1.0"_s;
    p.info.brand.accent = QColor(0x1F, 0x6F, 0xB2);
    p.info.brand.footer = u"Footer"_s;
    p.info.brand.logo = "logo-bytes";
    p.info.evaluation = u"Survey"_s;
    p.info.rules = {u"Be kind"_s, u"Cite sources"_s};
    p.info.maxTools = 8; // the default version 2 gives files that had no such setting
    p.moments = { { 5, u"Kick-off"_s, QDateTime(QDate(2025, 3, 3), QTime(9, 30)), 90, MomentMode::Virtual,
        u"https://meet.example.com"_s, {} } };
    Tool t;
    t.id = 2;
    t.name = u"Padlet"_s;
    t.type = ToolType::CoCreate;
    t.directions = {Direction::ManyToMany, Direction::OneToMany};
    t.needsAccount = true;
    t.clientProvided = true;
    t.cost = u"freemium"_s;
    t.url = u"https://padlet.com"_s;
    t.description = u"Wall"_s;
    t.benefit = u"Ideas"_s;
    t.setup = {u"Create the wall"_s};
    p.tools = {t};
    Objective o;
    o.id = 3;
    o.statement = u"Rank risks"_s;
    o.measure = u"80 %"_s;
    Activity a;
    a.id = 4;
    a.title = u"Collect risks"_s;
    a.instructions = u"Ask around"_s;
    a.phase = Phase::PreClass;
    a.direction = Direction::ManyToMany;
    a.toolId = 2;
    a.duration = {10, 15};
    a.grouping = Grouping::Pairs;
    a.ledBy = LedBy::Champion;
    a.deliverable = u"List"_s;
    a.benefit = u"Peers"_s;
    a.assessment = Assessment::Formative;
    a.momentId = 5;
    a.offsetDays = -3;
    o.activities = {a};
    p.objectives = {o};
    return p;
}

Project expectedVersion2Project()
{
    Project p = expectedVersion1Project();
    p.info.maxTools = 5;
    p.info.mutedRules = { u"tool-retired"_s };
    p.subgroups = { { 6, u"Team A"_s, u"Map"_s, 3, 4 } };
    p.roles
        = { { .id = 7, .kind = RoleKind::Curator, .customKind = {}, .name = u"Lena"_s, .duties = u"Weekly digest"_s } };
    return p;
}

} // namespace

TEST_CASE("A version 1 file opens, upgraded in memory, and stays as it was")
{
    REQUIRE(ProjectFile::schemaVersion() == 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.blendwise"_s);
    writeVersion1File(path);
    const auto before = test::FileFingerprint::of(path);

    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.migrated);
    CHECK(loaded.project == expectedVersion1Project());

    CHECK(test::FileFingerprint::of(path) == before);
    CHECK_FALSE(test::hasSqliteSidecars(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"old.blendwise"_s});

    // Saving the upgraded project writes the current format.
    const QString resaved = dir.filePath(u"new.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(loaded.project, resaved));
    const LoadResult again = ProjectFile::load(resaved);
    REQUIRE_FALSE(again.error);
    CHECK_FALSE(again.migrated);
    CHECK(again.project == loaded.project);
}

TEST_CASE("A version 2 file opens with the defaults of version 3 and saves in the current format")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.blendwise"_s);
    writeVersion2File(path);
    const auto before = test::FileFingerprint::of(path);

    const LoadResult loaded = ProjectFile::load(path);
    INFO(loaded.error.message.toStdString());
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.migrated);
    CHECK(loaded.project == expectedVersion2Project());
    // What version 3 added reads as its defaults.
    const Activity &a = loaded.project.objectives[0].activities[0];
    CHECK_FALSE(a.noTool);
    CHECK(a.ledByRoleId == 0);
    CHECK(a.ledByName.isEmpty());
    CHECK(a.recurrence == Recurrence {});
    CHECK(loaded.project.objectives[0].instrument == AssessmentInstrument {});
    CHECK(loaded.project.roles[0].customKind.isEmpty());
    CHECK(loaded.project.moments[0].agenda.isEmpty());
    CHECK(test::FileFingerprint::of(path) == before);

    // The new fields, set on the upgraded project, are saved in the current format.
    Project p = loaded.project;
    Activity &first = p.objectives[0].activities[0];
    first.ledBy = LedBy::Role;
    first.ledByRoleId = 7;
    first.recurrence = { RecurrenceUnit::Weeks, 1, 8, {} };
    p.objectives[0].instrument
        = { u"Pitch rubric"_s, u"Five criteria"_s, u"rubric.pdf"_s, QByteArray("%PDF\0\xff", 6) };
    p.roles[0].kind = RoleKind::Custom;
    p.roles[0].customKind = u"Sponsor"_s;
    p.moments[0].agenda = { { 8, AgendaKind::Break, 0, u"Coffee"_s, 15 }, { 9, AgendaKind::Activity, 4, {}, 0 } };
    const QString resaved = dir.filePath(u"v3.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(p, resaved));
    {
        TestDb db(resaved);
        QSqlQuery q(db.db());
        REQUIRE(q.exec(u"PRAGMA user_version"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Schema::version());
    }
    const LoadResult again = ProjectFile::load(resaved);
    INFO(again.error.message.toStdString());
    REQUIRE_FALSE(again.error);
    CHECK_FALSE(again.migrated);
    CHECK(again.project == p);
}

TEST_CASE("Upgrading a file of any older version gives exactly the schema of a new file")
{
    const int version = GENERATE(1, 2, 3);
    INFO("from version " << version);
    QTemporaryDir dir;
    const QString upgradedPath = dir.filePath(u"upgraded.sqlite"_s);
    const QString freshPath = dir.filePath(u"fresh.sqlite"_s);
    if (version == 1)
        writeVersion1File(upgradedPath);
    else
        writeVersion2File(upgradedPath, version);
    QStringList upgraded, fresh;
    {
        TestDb db(upgradedPath);
        REQUIRE(Migrations::upgrade(db.db(), version).isEmpty());
        QSqlQuery q(db.db());
        REQUIRE(q.exec(u"PRAGMA user_version"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Schema::version());
        upgraded = db.describe();
    }
    {
        TestDb db(freshPath);
        REQUIRE(Schema::create(db.db()).isEmpty());
        fresh = db.describe();
    }
    CHECK(upgraded == fresh);
}

TEST_CASE("Named versions are saved inside the file and come back exactly")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"versions.blendwise"_s);
    Project p = expectedVersion2Project();
    Project marked = p;
    const QByteArray snapshot = VersionSnapshot::make(marked);
    REQUIRE_FALSE(snapshot.isEmpty());
    p.versions = {{100, u"1.0 — sent to client"_s, QDateTime(QDate(2027, 3, 1), QTime(17, 42)), u"First draft"_s,
                   snapshot},
                  {101, u"1.1"_s, {}, {}, snapshot}};
    p.objectives[0].statement = u"Changed after 1.0"_s;
    REQUIRE_FALSE(ProjectFile::save(p, path));
    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project == p);
    const LoadResult inside = VersionSnapshot::load(loaded.project.versions[0].snapshot, u"1.0"_s);
    REQUIRE_FALSE(inside.error);
    CHECK(inside.project == marked);

    // A version whose id another item has is refused, by name.
    p.versions[1].id = p.objectives[0].id;
    const FileError refused = ProjectFile::save(p, dir.filePath(u"bad.blendwise"_s));
    CHECK(refused.kind == FileError::Invalid);
    CHECK(refused.message.contains(u"Version 2"_s));
}
