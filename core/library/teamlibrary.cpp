// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrary.h"

#include "interchange/jsoninterchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of the library's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::Library)
};

QString jsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QStringList stringList(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

template <typename E> E keyOr(const QJsonValue &value, E fallback)
{
    return enumFromKey<E>(value.toString()).value_or(fallback);
}

QJsonObject toolToJson(const Tool &tool)
{
    QJsonArray directions;
    for (Direction d : tool.directions)
        directions << enumKey(d);
    return {
        { u"name"_s, tool.name },
        { u"type"_s, enumKey(tool.type) },
        { u"directions"_s, directions },
        { u"synchronous"_s, tool.synchronous },
        { u"needsAccount"_s, tool.needsAccount },
        { u"oftenBlocked"_s, tool.oftenBlocked },
        { u"clientProvided"_s, tool.clientProvided },
        { u"cost"_s, tool.cost },
        { u"url"_s, tool.url },
        { u"status"_s, enumKey(tool.status) },
        { u"replacement"_s, tool.replacement },
        { u"description"_s, tool.description },
        { u"benefit"_s, tool.benefit },
        { u"access"_s, tool.access },
        { u"setup"_s, QJsonArray::fromStringList(tool.setup) },
    };
}

Tool toolFromJson(const QJsonObject &o)
{
    Tool tool;
    tool.name = o.value(u"name"_s).toString();
    tool.type = keyOr(o.value(u"type"_s), ToolType::Community);
    for (const QString &d : stringList(o.value(u"directions"_s).toArray()))
        if (const auto direction = enumFromKey<Direction>(d))
            tool.directions << *direction;
    tool.synchronous = o.value(u"synchronous"_s).toBool();
    tool.needsAccount = o.value(u"needsAccount"_s).toBool();
    tool.oftenBlocked = o.value(u"oftenBlocked"_s).toBool();
    tool.clientProvided = o.value(u"clientProvided"_s).toBool();
    tool.cost = o.value(u"cost"_s).toString();
    tool.url = o.value(u"url"_s).toString();
    tool.status = keyOr(o.value(u"status"_s), ToolStatus::Active);
    tool.replacement = o.value(u"replacement"_s).toString();
    tool.description = o.value(u"description"_s).toString();
    tool.benefit = o.value(u"benefit"_s).toString();
    tool.access = o.value(u"access"_s).toString();
    tool.setup = stringList(o.value(u"setup"_s).toArray());
    return tool;
}

QJsonObject patternToJson(const ActivityPattern &p)
{
    return {
        { u"title"_s, p.title },
        { u"instructions"_s, p.instructions },
        { u"phase"_s, enumKey(p.phase) },
        { u"direction"_s, enumKey(p.direction) },
        { u"tool"_s, p.toolName },
        { u"noTool"_s, p.noTool },
        { u"duration"_s, p.duration.toKey() },
        { u"grouping"_s, enumKey(p.grouping) },
        { u"ledBy"_s, enumKey(p.ledBy) },
        { u"ledByName"_s, p.ledByName },
        { u"deliverable"_s, p.deliverable },
        { u"benefit"_s, p.benefit },
        { u"assessment"_s, enumKey(p.assessment) },
    };
}

ActivityPattern patternFromJson(const QJsonObject &o)
{
    ActivityPattern p;
    p.title = o.value(u"title"_s).toString();
    p.instructions = o.value(u"instructions"_s).toString();
    p.phase = keyOr(o.value(u"phase"_s), Phase::Unset);
    p.direction = keyOr(o.value(u"direction"_s), Direction::Unset);
    p.toolName = o.value(u"tool"_s).toString();
    p.noTool = o.value(u"noTool"_s).toBool();
    p.duration = Duration::fromString(o.value(u"duration"_s).toString()).value_or(Duration {});
    p.grouping = keyOr(o.value(u"grouping"_s), Grouping::WholeGroup);
    p.ledBy = keyOr(o.value(u"ledBy"_s), LedBy::Trainer);
    p.ledByName = o.value(u"ledByName"_s).toString();
    p.deliverable = o.value(u"deliverable"_s).toString();
    p.benefit = o.value(u"benefit"_s).toString();
    p.assessment = keyOr(o.value(u"assessment"_s), Assessment::None);
    return p;
}

LibraryMeta metaFrom(const QSqlQuery &q, int first)
{
    return { q.value(first).toString(), q.value(first + 1).toInt(), q.value(first + 2).toString(),
        q.value(first + 3).toDateTime() };
}

const QString MetaColumns = u"id::text, row_version, updated_by, updated_at"_s;

} // namespace

QString libraryKindKey(LibraryKind kind)
{
    switch (kind) {
    case LibraryKind::Tool:
        return u"tool"_s;
    case LibraryKind::Client:
        return u"client"_s;
    case LibraryKind::Template:
        return u"template"_s;
    case LibraryKind::Pattern:
        return u"pattern"_s;
    }
    return {};
}

std::optional<LibraryKind> libraryKindFromKey(QStringView key)
{
    for (LibraryKind kind : { LibraryKind::Tool, LibraryKind::Client, LibraryKind::Template, LibraryKind::Pattern })
        if (key == libraryKindKey(kind))
            return kind;
    return std::nullopt;
}

static QString tableOf(LibraryKind kind)
{
    return libraryKindKey(kind) + u's';
}

ActivityPattern ActivityPattern::fromActivity(const Activity &a, const Project &project)
{
    ActivityPattern p;
    p.title = a.title;
    p.instructions = a.instructions;
    p.phase = a.phase;
    p.direction = a.direction;
    if (const Tool *tool = project.tool(a.toolId))
        p.toolName = tool->name;
    p.noTool = a.noTool;
    p.duration = a.duration;
    p.grouping = a.grouping;
    // A project's role does not exist in another project: keep who leads it as a free name.
    p.ledBy = a.ledBy == LedBy::Role ? LedBy::Other : a.ledBy;
    p.ledByName = a.ledByName;
    p.deliverable = a.deliverable;
    p.benefit = a.benefit;
    p.assessment = a.assessment;
    return p;
}

Activity ActivityPattern::applyTo(Activity a, const Project &project) const
{
    a.title = title;
    a.instructions = instructions;
    a.phase = phase;
    a.direction = direction;
    const Tool *tool = toolName.isEmpty() ? nullptr : project.toolByName(toolName);
    a.toolId = tool ? tool->id : 0;
    a.noTool = noTool && !tool;
    a.duration = duration;
    a.grouping = grouping;
    if (!(a.ledBy == LedBy::Role && ledBy == LedBy::Other)) {
        a.ledBy = ledBy;
        a.ledByRoleId = 0;
        a.ledByName = ledByName;
    }
    a.deliverable = deliverable;
    a.benefit = benefit;
    a.assessment = assessment;
    return a;
}

// One item to write: its table, identity and the columns besides the bookkeeping ones, each as
// "column" → value, with an SQL expression taking the bound value (":v0" casts to jsonb …).
struct TeamLibrary::Row {
    LibraryKind kind;
    LibraryMeta meta;
    QString displayName;
    QList<std::pair<QString, QString>> columns; // column, expression with %1 = placeholder
    QVariantList values;
};

TeamLibrary::TeamLibrary(LibraryConnection &connection)
    : m_connection(connection)
{
}

QString TeamLibrary::notificationChannel(const QString &schema)
{
    return schema == u"blendwise"_s ? u"blendwise_library"_s : u"blendwise_library_"_s + schema;
}

LibraryError TeamLibrary::conflictOrMissing(const Row &row)
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT updated_by, updated_at, row_version FROM %1.%2 WHERE id = CAST(:id AS uuid)"_s.arg(
        m_connection.schema(), tableOf(row.kind)));
    q.bindValue(u":id"_s, row.meta.id);
    if (!q.exec())
        return libraryError(q.lastError());
    if (!q.next())
        return { LibraryStatus::NotFound,
            Texts::tr("\"%1\" is no longer in the library (deleted by a colleague)").arg(row.displayName), {}, {} };
    LibraryError error { LibraryStatus::Conflict, {}, q.value(0).toString(), q.value(1).toDateTime() };
    error.message = Texts::tr(
        "\"%1\" was changed in the library by %2 at %3 (version %4; you last saw %5): pull it again before publishing")
                        .arg(row.displayName, error.changedBy,
                            error.changedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                        .arg(q.value(2).toInt())
                        .arg(row.meta.rowVersion);
    return error;
}

PublishResult TeamLibrary::publishRow(const Row &row, bool ownTransaction)
{
    QSqlDatabase &db = m_connection.db();
    const QString schema = m_connection.schema();
    const QString table = tableOf(row.kind);
    if (ownTransaction && !db.transaction())
        return { libraryError(db.lastError(), Texts::tr("publishing")), {} };
    auto fail = [&](LibraryError error) -> PublishResult {
        if (ownTransaction)
            db.rollback();
        return { std::move(error), {} };
    };
    QSqlQuery q(db);
    QStringList names, exprs, sets;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        const QString placeholder = u":v%1"_s.arg(i);
        names << row.columns[i].first;
        exprs << row.columns[i].second.arg(placeholder);
        sets << row.columns[i].first + u" = "_s + row.columns[i].second.arg(placeholder);
    }
    if (row.meta.id.isEmpty()) {
        q.prepare(u"INSERT INTO %1.%2 (%3) VALUES (%4) RETURNING %5"_s.arg(
            schema, table, names.join(u", "_s), exprs.join(u", "_s), MetaColumns));
    } else {
        q.prepare(u"UPDATE %1.%2 SET %3, row_version = row_version + 1, updated_by = session_user, updated_at = now()"
                  " WHERE id = CAST(:id AS uuid) AND row_version = :rv RETURNING %4"_s.arg(
                      schema, table, sets.join(u", "_s), MetaColumns));
        q.bindValue(u":id"_s, row.meta.id);
        q.bindValue(u":rv"_s, row.meta.rowVersion);
    }
    for (qsizetype i = 0; i < row.values.size(); ++i)
        q.bindValue(u":v%1"_s.arg(i), row.values[i]);
    if (!q.exec()) {
        LibraryError error = libraryError(q.lastError(), Texts::tr("publishing \"%1\"").arg(row.displayName));
        if (q.lastError().nativeErrorCode() == u"23505"_s)
            error = { LibraryStatus::Conflict,
                Texts::tr("the library already has a %1 named \"%2\": pull it and publish over it")
                    .arg(libraryKindKey(row.kind), row.displayName),
                {}, {} };
        return fail(error);
    }
    if (!q.next()) {
        LibraryError error = conflictOrMissing(row);
        return fail(error);
    }
    const LibraryMeta meta = metaFrom(q, 0);
    if (m_hook)
        m_hook(1);
    QSqlQuery notify(db);
    notify.prepare(u"SELECT pg_notify(:channel, :payload)"_s);
    notify.bindValue(u":channel"_s, notificationChannel(m_connection.settings().schema));
    notify.bindValue(u":payload"_s,
        jsonText(QJsonObject {
            { u"kind"_s, libraryKindKey(row.kind) }, { u"id"_s, meta.id }, { u"row_version"_s, meta.rowVersion } }));
    if (!notify.exec())
        return fail(libraryError(notify.lastError(), Texts::tr("publishing \"%1\"").arg(row.displayName)));
    if (ownTransaction && !db.commit()) {
        const LibraryError error = libraryError(db.lastError(), Texts::tr("publishing \"%1\"").arg(row.displayName));
        db.rollback();
        return { error, {} };
    }
    return { {}, meta };
}

namespace {

// Rows, with their bound values, for each kind.
template <typename RowT>
void add(
    RowT &row, const QString &column, const QVariant &value, const QString &expr = u"COALESCE(CAST(%1 AS text), '')"_s)
{
    row.columns.append({ column, expr });
    row.values.append(value);
}

} // namespace

PublishResult TeamLibrary::publishTool(const LibraryTool &item)
{
    if (item.tool.name.trimmed().isEmpty())
        return { { LibraryStatus::Invalid, Texts::tr("a tool needs a name"), {}, {} }, {} };
    Row row { LibraryKind::Tool, item.meta, item.tool.name, {}, {} };
    add(row, u"name"_s, item.tool.name);
    add(row, u"status"_s, enumKey(item.tool.status));
    add(row, u"replacement"_s, item.tool.replacement);
    add(row, u"data"_s, jsonText(toolToJson(item.tool)), u"CAST(%1 AS jsonb)"_s);
    return publishRow(row, true);
}

PublishResult TeamLibrary::publishClient(const LibraryClient &item)
{
    if (item.name.trimmed().isEmpty())
        return { { LibraryStatus::Invalid, Texts::tr("a client profile needs a name"), {}, {} }, {} };
    Row row { LibraryKind::Client, item.meta, item.name, {}, {} };
    const QString array = u"ARRAY(SELECT jsonb_array_elements_text(CAST(%1 AS jsonb)))"_s;
    add(row, u"name"_s, item.name);
    add(row, u"tools_provided"_s, jsonText(QJsonArray::fromStringList(item.toolsProvided)), array);
    add(row, u"tools_blocked"_s, jsonText(QJsonArray::fromStringList(item.toolsBlocked)), array);
    return publishRow(row, true);
}

PublishResult TeamLibrary::publishTemplate(const LibraryTemplate &item)
{
    if (item.name.trimmed().isEmpty() || !item.project)
        return { { LibraryStatus::Invalid, Texts::tr("a template needs a name and a project"), {}, {} }, {} };
    Row row { LibraryKind::Template, item.meta, item.name, {}, {} };
    add(row, u"name"_s, item.name);
    add(row, u"description"_s, item.description);
    // The JSON interchange (interchange/jsoninterchange.h): readable in psql, and validated on
    // the way back in like any imported plan.
    add(row, u"project"_s, QString::fromUtf8(projectToJson(*item.project)), u"CAST(%1 AS jsonb)"_s);
    return publishRow(row, true);
}

PublishResult TeamLibrary::publishPattern(const ActivityPattern &pattern)
{
    LibraryError error;
    const QList<PublishResult> results = publishPatterns({ pattern }, &error);
    if (error || results.isEmpty())
        return { error, {} };
    return results.first();
}

QList<PublishResult> TeamLibrary::publishPatterns(const QList<ActivityPattern> &patterns, LibraryError *error)
{
    QSqlDatabase &db = m_connection.db();
    QList<PublishResult> results;
    if (!db.transaction()) {
        *error = libraryError(db.lastError(), Texts::tr("publishing"));
        return {};
    }
    int statement = 0;
    for (const ActivityPattern &p : patterns) {
        if (p.title.trimmed().isEmpty()) {
            db.rollback();
            *error = { LibraryStatus::Invalid, Texts::tr("a pattern needs a title"), {}, {} };
            return {};
        }
        Row row { LibraryKind::Pattern, p.meta, p.title, {}, {} };
        add(row, u"title"_s, p.title);
        add(row, u"instructions"_s, p.instructions);
        add(row, u"phase"_s, enumKey(p.phase));
        add(row, u"direction"_s, enumKey(p.direction));
        add(row, u"tool_name"_s, p.toolName);
        add(row, u"data"_s, jsonText(patternToJson(p)), u"CAST(%1 AS jsonb)"_s);
        if (m_hook)
            m_hook(++statement);
        PublishResult result = publishRow(row, false);
        if (result.error) {
            db.rollback();
            *error = result.error;
            return {};
        }
        results << result;
    }
    if (!db.commit()) {
        *error = libraryError(db.lastError(), Texts::tr("publishing"));
        db.rollback();
        return {};
    }
    *error = {};
    return results;
}

PublishResult TeamLibrary::retireTool(const QString &name, const QString &replacement)
{
    LibraryError error;
    std::optional<LibraryTool> tool = toolByName(name, &error);
    if (error)
        return { error, {} };
    if (!tool)
        return { { LibraryStatus::NotFound, Texts::tr("the library has no tool named \"%1\"").arg(name), {}, {} }, {} };
    if (!replacement.isEmpty()) {
        std::optional<LibraryTool> other = toolByName(replacement, &error);
        if (error)
            return { error, {} };
        if (!other)
            return { { LibraryStatus::NotFound,
                         Texts::tr("the library has no tool named \"%1\" to replace \"%2\"").arg(replacement, name), {},
                         {} },
                {} };
    }
    tool->tool.status = ToolStatus::Retired;
    tool->tool.replacement = replacement;
    return publishTool(*tool);
}

LibraryError TeamLibrary::remove(LibraryKind kind, const QString &id)
{
    QSqlDatabase &db = m_connection.db();
    if (!db.transaction())
        return libraryError(db.lastError());
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM %1.%2 WHERE id = CAST(:id AS uuid)"_s.arg(m_connection.schema(), tableOf(kind)));
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        const LibraryError error = libraryError(q.lastError(), Texts::tr("deleting"));
        db.rollback();
        return error;
    }
    if (q.numRowsAffected() == 0) {
        db.rollback();
        return { LibraryStatus::NotFound, Texts::tr("the item is not in the library"), {}, {} };
    }
    QSqlQuery notify(db);
    notify.prepare(u"SELECT pg_notify(:channel, :payload)"_s);
    notify.bindValue(u":channel"_s, notificationChannel(m_connection.settings().schema));
    notify.bindValue(u":payload"_s,
        jsonText(QJsonObject { { u"kind"_s, libraryKindKey(kind) }, { u"id"_s, id }, { u"row_version"_s, 0 } }));
    if (!notify.exec() || !db.commit()) {
        const LibraryError error
            = libraryError(notify.lastError().isValid() ? notify.lastError() : db.lastError(), Texts::tr("deleting"));
        db.rollback();
        return error;
    }
    return {};
}

QList<LibraryTool> TeamLibrary::tools(LibraryError *error)
{
    QList<LibraryTool> list;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT %1, data::text FROM %2.tools ORDER BY lower(name)"_s.arg(MetaColumns, m_connection.schema()))) {
        if (error)
            *error = libraryError(q.lastError());
        return {};
    }
    while (q.next())
        list.append({ metaFrom(q, 0), toolFromJson(parseJson(q.value(4).toString()).toObject()) });
    if (error)
        *error = {};
    return list;
}

std::optional<LibraryTool> TeamLibrary::toolByName(const QString &name, LibraryError *error)
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT %1, data::text FROM %2.tools WHERE lower(name) = lower(:name)"_s.arg(
        MetaColumns, m_connection.schema()));
    q.bindValue(u":name"_s, name);
    if (!q.exec()) {
        if (error)
            *error = libraryError(q.lastError());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    return LibraryTool { metaFrom(q, 0), toolFromJson(parseJson(q.value(4).toString()).toObject()) };
}

static LibraryClient clientFrom(const QSqlQuery &q)
{
    return { metaFrom(q, 0), q.value(4).toString(), stringList(parseJson(q.value(5).toString()).toArray()),
        stringList(parseJson(q.value(6).toString()).toArray()) };
}

QList<LibraryClient> TeamLibrary::clients(LibraryError *error)
{
    QList<LibraryClient> list;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT %1, name, array_to_json(tools_provided)::text, array_to_json(tools_blocked)::text FROM %2.clients ORDER BY lower(name)"_s
                .arg(MetaColumns, m_connection.schema()))) {
        if (error)
            *error = libraryError(q.lastError());
        return {};
    }
    while (q.next())
        list.append(clientFrom(q));
    if (error)
        *error = {};
    return list;
}

std::optional<LibraryClient> TeamLibrary::clientByName(const QString &name, LibraryError *error)
{
    QSqlQuery q(m_connection.db());
    q.prepare(
        u"SELECT %1, name, array_to_json(tools_provided)::text, array_to_json(tools_blocked)::text FROM %2.clients WHERE lower(name) = lower(:name)"_s
            .arg(MetaColumns, m_connection.schema()));
    q.bindValue(u":name"_s, name);
    if (!q.exec()) {
        if (error)
            *error = libraryError(q.lastError());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    return clientFrom(q);
}

QList<LibraryTemplate> TeamLibrary::templates(LibraryError *error)
{
    QList<LibraryTemplate> list;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1, name, description FROM %2.templates ORDER BY lower(name)"_s.arg(
            MetaColumns, m_connection.schema()))) {
        if (error)
            *error = libraryError(q.lastError());
        return {};
    }
    while (q.next())
        list.append({ metaFrom(q, 0), q.value(4).toString(), q.value(5).toString(), std::nullopt });
    if (error)
        *error = {};
    return list;
}

std::optional<LibraryTemplate> TeamLibrary::templateByName(const QString &name, LibraryError *error)
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT %1, name, description, project::text FROM %2.templates WHERE lower(name) = lower(:name)"_s.arg(
        MetaColumns, m_connection.schema()));
    q.bindValue(u":name"_s, name);
    if (!q.exec()) {
        if (error)
            *error = libraryError(q.lastError());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    LibraryTemplate t { metaFrom(q, 0), q.value(4).toString(), q.value(5).toString(), std::nullopt };
    JsonImportResult imported = projectFromJson(q.value(6).toString().toUtf8());
    if (!imported.project) {
        if (error)
            *error = { LibraryStatus::Failed,
                Texts::tr("the template \"%1\" in the library is not a valid plan: %2").arg(t.name, imported.error), {},
                {} };
        return std::nullopt;
    }
    t.project = std::move(imported.project);
    return t;
}

QList<ActivityPattern> TeamLibrary::patterns(const QString &text, int limit, LibraryError *error)
{
    QList<ActivityPattern> list;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    QString sql = u"SELECT %1, data::text FROM %2.patterns"_s.arg(MetaColumns, m_connection.schema());
    // Each word a prefix ("feed" finds "feedback"); the words are bound, never spliced in.
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString clean;
        for (QChar c : word)
            if (c.isLetterOrNumber())
                clean += c;
        if (!clean.isEmpty())
            words << clean + u":*"_s;
    }
    if (!words.isEmpty())
        sql += u" WHERE search @@ to_tsquery('simple', :q)"_s;
    sql += u" ORDER BY updated_at DESC, id"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    q.prepare(sql);
    if (!words.isEmpty())
        q.bindValue(u":q"_s, words.join(u" & "_s));
    if (!q.exec()) {
        if (error)
            *error = libraryError(q.lastError());
        return {};
    }
    while (q.next()) {
        ActivityPattern p = patternFromJson(parseJson(q.value(4).toString()).toObject());
        p.meta = metaFrom(q, 0);
        list.append(std::move(p));
    }
    if (error)
        *error = {};
    return list;
}

std::optional<ActivityPattern> TeamLibrary::pattern(const QString &id, LibraryError *error)
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT %1, data::text FROM %2.patterns WHERE id = CAST(:id AS uuid)"_s.arg(
        MetaColumns, m_connection.schema()));
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        if (error)
            *error = libraryError(q.lastError());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    ActivityPattern p = patternFromJson(parseJson(q.value(4).toString()).toObject());
    p.meta = metaFrom(q, 0);
    return p;
}

std::optional<LibraryMeta> TeamLibrary::meta(LibraryKind kind, const QString &id, LibraryError *error)
{
    QSqlQuery q(m_connection.db());
    q.prepare(
        u"SELECT %1 FROM %2.%3 WHERE id = CAST(:id AS uuid)"_s.arg(MetaColumns, m_connection.schema(), tableOf(kind)));
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        if (error)
            *error = libraryError(q.lastError());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    return metaFrom(q, 0);
}

LibraryCounts TeamLibrary::counts(LibraryError *error)
{
    QSqlQuery q(m_connection.db());
    const QString s = m_connection.schema();
    if (!q.exec(u"SELECT (SELECT count(*) FROM %1.tools), (SELECT count(*) FROM %1.clients),"
                " (SELECT count(*) FROM %1.templates), (SELECT count(*) FROM %1.patterns)"_s.arg(s))
        || !q.next()) {
        if (error)
            *error = libraryError(q.lastError());
        return {};
    }
    if (error)
        *error = {};
    return { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt() };
}

QStringList TeamLibrary::roles(LibraryError *error)
{
    QStringList list;
    QSqlQuery q(m_connection.db());
    // pg_has_role(…, 'MEMBER'): direct or inherited; a superuser is a member of every role.
    if (!q.exec(
            u"SELECT r FROM unnest(ARRAY['blendwise_admin','blendwise_editor','blendwise_member']) WITH ORDINALITY AS "
            u"t(r, n)"
            " WHERE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) AND pg_has_role(session_user, r, 'MEMBER') ORDER BY n"_s)) {
        if (error)
            *error = libraryError(q.lastError());
        return {};
    }
    while (q.next())
        list << q.value(0).toString();
    if (error)
        *error = {};
    return list;
}

QString TeamLibrary::serverVersion()
{
    QSqlQuery q(m_connection.db());
    if (q.exec(u"SHOW server_version"_s) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace bw
