// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "migrations.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of this file's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::SchemaCheck)
};

// Cut: a hostile file can name an object with megabytes of text.
QString named(const QString &name)
{
    return name.size() > 60 ? name.left(60) + u"…"_s : name;
}

struct SchemaObject {
    QString type; // table, index, view, trigger
    QString table;
    QString sql;
};

// What a schema looks like, as far as reading rows depends on it.
struct Shape {
    std::map<QString, SchemaObject> objects; // by name
    std::map<QString, QStringList> columns, foreignKeys, indexes; // by table name
};

std::optional<QStringList> rows(QSqlDatabase &db, const QString &sql, int columns, QString &error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        error = q.lastError().text();
        return std::nullopt;
    }
    QStringList out;
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields.append(q.value(c).isNull() ? u"NULL"_s : q.value(c).toString());
        out.append(fields.join(u'|'));
    }
    if (q.lastError().isValid()) {
        error = q.lastError().text();
        return std::nullopt;
    }
    return out;
}

// Reads the shape of `db`. Only PRAGMAs that describe declarations are used: none of them runs
// a view's query or touches table rows.
std::optional<Shape> shapeOf(QSqlDatabase &db, QString &error)
{
    Shape shape;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_schema"_s)) {
        error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        shape.objects[q.value(1).toString()] = { q.value(0).toString(), q.value(2).toString(), q.value(3).toString() };
    if (q.lastError().isValid()) {
        error = q.lastError().text();
        return std::nullopt;
    }
    q.finish();
    for (const auto &[name, object] : shape.objects) {
        if (object.type != u"table")
            continue;
        // The name is quoted as an identifier; it comes from the file.
        const QString quoted = u"\""_s + QString(name).replace(u"\""_s, u"\"\""_s) + u"\""_s;
        const auto columns = rows(db, u"PRAGMA table_xinfo(%1)"_s.arg(quoted), 7, error);
        const auto keys = rows(db, u"PRAGMA foreign_key_list(%1)"_s.arg(quoted), 8, error);
        const auto indexes = rows(db, u"PRAGMA index_list(%1)"_s.arg(quoted), 5, error);
        if (!columns || !keys || !indexes)
            return std::nullopt;
        shape.columns[name] = *columns;
        shape.foreignKeys[name] = *keys;
        shape.indexes[name] = *indexes;
    }
    return shape;
}

// The declared schema of `version`, built in a private in-memory database.
std::optional<Shape> declaredShape(int version, QString &error)
{
    SqlConnection c(u":memory:"_s, SqlConnection::ReadWrite);
    if (!c.isOpen()) {
        error = c.errorText();
        return std::nullopt;
    }
    if (version >= Migrations::oldestSupported() && version < Schema::version()) {
        for (const QString &sql : Migrations::schemaOf(version))
            if (!c.exec(sql)) {
                error = c.errorText();
                return std::nullopt;
            }
    } else if (version == Schema::version()) {
        if (const QString why = Schema::create(c.db()); !why.isEmpty()) {
            error = why;
            return std::nullopt;
        }
    } else {
        error = u"no declared schema for format %1"_s.arg(version);
        return std::nullopt;
    }
    return shapeOf(c.db(), error);
}

QString kindOf(const QString &type)
{
    if (type == u"view")
        return Texts::tr("a view");
    if (type == u"trigger")
        return Texts::tr("a trigger");
    if (type == u"index")
        return Texts::tr("an index");
    return Texts::tr("a table");
}

} // namespace

QString SchemaCheck::verify(QSqlDatabase &db, int version)
{
    QString error;
    // One declared shape per version for the life of the program: it never changes.
    static std::map<int, Shape> declaredByVersion;
    static QString declaredError;
    static QMutex declaredMutex;
    const Shape *declared = nullptr;
    {
        QMutexLocker lock(&declaredMutex);
        auto it = declaredByVersion.find(version);
        if (it == declaredByVersion.end()) {
            const auto shape = declaredShape(version, declaredError);
            if (!shape)
                return Texts::tr("its format %1 cannot be checked (%2).").arg(version).arg(declaredError);
            it = declaredByVersion.emplace(version, *shape).first;
        }
        declared = &it->second;
    }

    const auto actual = shapeOf(db, error);
    if (!actual)
        return Texts::tr("its table definitions cannot be read (%1).").arg(error.simplified().left(200));

    for (const auto &[name, object] : actual->objects) {
        const auto expected = declared->objects.find(name);
        if (expected == declared->objects.end() || expected->second.type != object.type)
            return Texts::tr("it contains %1 “%2”, which no Blendwise project has.")
                .arg(kindOf(object.type), named(name));
        if (expected->second.table != object.table)
            return Texts::tr("its index “%1” belongs to another table than in a Blendwise project.").arg(named(name));
        // A virtual table answers through a module's code, not from the file's rows.
        if (object.type == u"table" && !object.sql.startsWith(u"CREATE TABLE"_s, Qt::CaseInsensitive))
            return Texts::tr("its table “%1” is not a plain table.").arg(named(name));
    }
    for (const auto &[name, object] : declared->objects)
        if (!actual->objects.contains(name))
            return Texts::tr("%1 “%2” of its format is missing.").arg(kindOf(object.type), name);
    for (const auto &[table, columns] : declared->columns) {
        if (actual->columns.at(table) != columns)
            return Texts::tr("the columns of its table “%1” differ from a Blendwise project’s.").arg(table);
        if (actual->foreignKeys.at(table) != declared->foreignKeys.at(table))
            return Texts::tr("the references of its table “%1” differ from a Blendwise project’s.").arg(table);
        if (actual->indexes.at(table) != declared->indexes.at(table))
            return Texts::tr("the indexes of its table “%1” differ from a Blendwise project’s.").arg(table);
    }
    return {};
}

} // namespace bw
