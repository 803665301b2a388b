// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryconnection.h"
#include "model/project.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bw {

enum class LibraryKind { Tool, Client, Template, Pattern };
QString libraryKindKey(LibraryKind kind); // "tool", "client", "template", "pattern"
std::optional<LibraryKind> libraryKindFromKey(QStringView key);

// What every library item carries. id is a uuid in text form; empty for an item not yet
// published. rowVersion is the version the caller last saw: publish() updates only when the
// library still has that version (optimistic locking), else reports a Conflict.
struct LibraryMeta {
    QString id;
    int rowVersion = 0;
    QString updatedBy; // the server's session_user of the last publish
    QDateTime updatedAt;
};

struct LibraryTool {
    LibraryMeta meta;
    Tool tool; // id is not stored (project ids are per project); status/replacement = lifecycle
};

// A client's IT landscape: tools it provides internally, tools its network blocks (by name).
struct LibraryClient {
    LibraryMeta meta;
    QString name;
    QStringList toolsProvided;
    QStringList toolsBlocked;
};

struct LibraryTemplate {
    LibraryMeta meta;
    QString name;
    QString description;
    std::optional<Project> project; // filled by templateByName(), not by the listing
};

// What an Activity has that is reusable in another project: not its ids, moment, offset,
// recurrence or role (those belong to one project); the tool by name.
struct ActivityPattern {
    LibraryMeta meta;
    QString title;
    QString instructions;
    Phase phase = Phase::Unset;
    Direction direction = Direction::Unset;
    QString toolName; // empty: no tool
    bool noTool = false;
    Duration duration;
    Grouping grouping = Grouping::WholeGroup;
    LedBy ledBy = LedBy::Trainer;
    QString ledByName;
    QString deliverable;
    QString benefit;
    Assessment assessment = Assessment::None;

    // Pattern of an activity of `project`, and the fields of a pattern applied onto an activity
    // (keeps the activity's id, moment, offset, recurrence; the tool is looked up by name).
    static ActivityPattern fromActivity(const Activity &activity, const Project &project);
    Activity applyTo(Activity activity, const Project &project) const;
};

struct LibraryCounts {
    int tools = 0;
    int clients = 0;
    int templates = 0;
    int patterns = 0;
};

// The result of a publish: the item's new identity and version, or the error (Conflict names
// who changed the item and when, in LibraryError::changedBy / changedAt).
struct PublishResult {
    LibraryError error;
    LibraryMeta meta;
};

// The library's items over one open connection. Every publish is one transaction, ends with a
// NOTIFY on notificationChannel() (payload JSON {"kind","id","row_version"}, delivered at
// commit; see LibraryWatcher), and uses bound parameters only. Not thread-safe: one per thread,
// like its connection.
class TeamLibrary {
public:
    explicit TeamLibrary(LibraryConnection &connection);

    static QString notificationChannel(const QString &schema);

    QList<LibraryTool> tools(LibraryError *error = nullptr);
    QList<LibraryClient> clients(LibraryError *error = nullptr);
    QList<LibraryTemplate> templates(LibraryError *error = nullptr); // without their projects
    std::optional<LibraryTemplate> templateByName(const QString &name, LibraryError *error = nullptr);
    // All patterns (text empty), or those whose title, instructions or tool match every word of
    // `text` (full-text, prefix matching), newest first; at most `limit` (0 = all).
    QList<ActivityPattern> patterns(const QString &text = {}, int limit = 0, LibraryError *error = nullptr);
    std::optional<LibraryTool> toolByName(const QString &name, LibraryError *error = nullptr);
    std::optional<LibraryClient> clientByName(const QString &name, LibraryError *error = nullptr);
    std::optional<ActivityPattern> pattern(const QString &id, LibraryError *error = nullptr);
    // The current version of an item (0 when it no longer exists), for the sync model.
    std::optional<LibraryMeta> meta(LibraryKind kind, const QString &id, LibraryError *error = nullptr);

    // Insert (meta.id empty) or update (meta.id and meta.rowVersion as last seen).
    PublishResult publishTool(const LibraryTool &tool);
    PublishResult publishClient(const LibraryClient &client);
    PublishResult publishTemplate(const LibraryTemplate &libraryTemplate);
    PublishResult publishPattern(const ActivityPattern &pattern);
    // Many patterns in one transaction: all or none (one NOTIFY per pattern, at commit).
    QList<PublishResult> publishPatterns(const QList<ActivityPattern> &patterns, LibraryError *error);

    // Retires a tool team-wide in one call: status retired, replacement set.
    PublishResult retireTool(const QString &name, const QString &replacement);
    // Deletes an item (blendwise_admin only).
    LibraryError remove(LibraryKind kind, const QString &id);

    LibraryCounts counts(LibraryError *error = nullptr);
    // The user's library roles ("blendwise_editor", …), strongest first.
    QStringList roles(LibraryError *error = nullptr);
    QString serverVersion();

    // Tests only: called between the statements of a multi-statement publish (to kill the
    // server in the middle).
    void setStatementHook(std::function<void(int statement)> hook) { m_hook = std::move(hook); }

private:
    struct Row;
    PublishResult publishRow(const Row &row, bool ownTransaction);
    LibraryError conflictOrMissing(const Row &row);

    LibraryConnection &m_connection;
    std::function<void(int)> m_hook;
};

} // namespace bw
