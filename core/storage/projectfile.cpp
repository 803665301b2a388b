// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "atomicreplace.h"
#include "migrations.h"
#include "model/projectvalidation.h"
#include "projectreader.h"
#include "projectwriter.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::ProjectFile", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

FileError openError(FileError::Kind kind, const QString &path, const QString &why)
{
    return { kind, tr("Cannot open “%1”: %2").arg(shown(path), why) };
}

FileError corrupt(const QString &path, const QString &detail)
{
    // The detail is technical (SQLite's words); it goes last, in brackets, for support.
    return openError(
        FileError::Corrupt, path, tr("the project is damaged or truncated (%1).").arg(detail.simplified()));
}

// Every SQLite database starts with these 16 bytes; application_id and user_version sit at
// fixed offsets of the 100-byte header, so a file can be classified before SQLite touches it.
constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);
constexpr int HeaderSize = 100;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;

// Runs a PRAGMA that answers with rows; returns its first column, row by row.
QStringList pragmaRows(QSqlDatabase &db, const QString &pragma, QString &error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList rows;
    if (!q.exec(pragma)) {
        error = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append(q.value(0).toString());
    if (q.lastError().isValid())
        error = q.lastError().text();
    return rows;
}

// Writes the whole project into a new file at `tmp`; returns SQLite's error text or empty.
QString writeDatabase(const Project &project, const QString &tmp)
{
    SqlConnection c(tmp, SqlConnection::ReadWrite);
    if (!c.isOpen())
        return c.errorText();
    // The temporary file is thrown away on any failure and synced by hand before the rename,
    // so SQLite's own journal and syncs would only cost time.
    if (!c.exec(u"PRAGMA journal_mode = MEMORY"_s) || !c.exec(u"PRAGMA synchronous = OFF"_s)
        || !c.exec(u"PRAGMA foreign_keys = ON"_s)
        || !c.exec(u"PRAGMA application_id = %1"_s.arg(ProjectFile::ApplicationId))
        || !c.exec(u"PRAGMA user_version = %1"_s.arg(Schema::version())))
        return c.errorText();
    QSqlDatabase &db = c.db();
    if (!db.transaction())
        return db.lastError().text();
    QString error = Schema::create(db);
    if (error.isEmpty())
        error = ProjectWriter::write(db, project);
    if (error.isEmpty() && !db.commit())
        error = db.lastError().text();
    if (!error.isEmpty())
        db.rollback();
    return error;
}

} // namespace

int ProjectFile::schemaVersion()
{
    return Schema::version();
}

LoadResult ProjectFile::load(const QString &path)
{
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = openError(FileError::Missing, path, tr("the file does not exist."));
        return result;
    }
    if (info.isDir()) {
        result.error = openError(FileError::Unreadable, path, tr("it is a folder, not a project file."));
        return result;
    }

    QByteArray header;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error
                = openError(FileError::Unreadable, path, tr("the file cannot be read (%1).").arg(file.errorString()));
            return result;
        }
        header = file.read(HeaderSize);
    }
    if (header.isEmpty()) {
        result.error = openError(FileError::NotSqlite, path, tr("the file is empty, not a Blendwise project."));
        return result;
    }
    if (!header.startsWith(SqliteMagic)) {
        result.error = openError(FileError::NotSqlite, path, tr("it is not a Blendwise project."));
        return result;
    }
    if (header.size() < HeaderSize) {
        result.error = corrupt(path, u"header of %1 bytes"_s.arg(header.size()));
        return result;
    }
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + ApplicationIdOffset);
    const auto version = qFromBigEndian<qint32>(header.constData() + UserVersionOffset);
    if (applicationId != ApplicationId) {
        result.error = openError(
            FileError::Foreign, path, tr("it is a database of another application, not a Blendwise project."));
        return result;
    }
    if (version > schemaVersion()) {
        result.error = openError(FileError::Newer, path,
            tr("it was made by a newer version of Blendwise (file format %1; "
               "this version reads up to %2).")
                .arg(version)
                .arg(schemaVersion()));
        return result;
    }
    if (version < Migrations::oldestSupported()) {
        result.error = corrupt(path, u"file format %1"_s.arg(version));
        return result;
    }

    // An older file is upgraded in a private copy: the user's file stays as it is until they
    // save, and an older Blendwise can still open it meanwhile.
    const bool migrate = version < schemaVersion();
    QTemporaryDir copyDir;
    QString readPath = path;
    if (migrate) {
        readPath = copyDir.filePath(u"upgrade.blendwise"_s);
        if (!copyDir.isValid() || !QFile::copy(path, readPath)) {
            result.error = openError(
                FileError::Unreadable, path, tr("the file cannot be copied for upgrading to the current format."));
            return result;
        }
    }

    SqlConnection c(readPath, migrate ? SqlConnection::ReadWrite : SqlConnection::ReadOnly);
    if (!c.isOpen()) {
        result.error = openError(FileError::Unreadable, path, tr("the file cannot be read (%1).").arg(c.errorText()));
        return result;
    }
    QString error;
    const QStringList integrity = pragmaRows(c.db(), u"PRAGMA integrity_check"_s, error);
    if (!error.isEmpty() || integrity != QStringList { u"ok"_s }) {
        result.error = corrupt(path, error.isEmpty() ? integrity.value(0) : error);
        return result;
    }
    if (migrate) {
        if (const QString why = Migrations::upgrade(c.db(), version); !why.isEmpty()) {
            result.error = corrupt(path, u"upgrade from format %1: %2"_s.arg(version).arg(why));
            return result;
        }
    }
    const QStringList dangling = pragmaRows(c.db(), u"PRAGMA foreign_key_check"_s, error);
    if (!error.isEmpty() || !dangling.isEmpty()) {
        result.error = corrupt(path, error.isEmpty() ? u"broken reference in table %1"_s.arg(dangling.first()) : error);
        return result;
    }

    ProjectReader reader(c.db());
    auto project = reader.read();
    if (!project) {
        result.error = reader.refused() ? openError(FileError::Invalid, path,
                           tr("it holds a value Blendwise does not accept: %1").arg(reader.error()))
                                        : corrupt(path, reader.error());
        return result;
    }
    result.project = std::move(*project);
    result.migrated = migrate;
    return result;
}

FileError ProjectFile::save(const Project &project, const QString &path)
{
    // What a save writes is what a load reads back: the repairs normalize() makes silently
    // (a reference to a removed item means none) are made before writing, and anything
    // validate() refuses is refused here, naming the item, before the file is touched.
    Project clean = project;
    normalize(clean);
    if (const QList<ProjectProblem> problems = validate(clean); !problems.isEmpty())
        return { FileError::Invalid, tr("Cannot save “%1”: %2").arg(shown(path), problems.first().message()) };
    return atomicReplace(path, [&clean](const QString &tmp) { return writeDatabase(clean, tmp); });
}

} // namespace bw
