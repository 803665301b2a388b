// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "atomicreplace.h"
#include "migrations.h"
#include "model/projectvalidation.h"
#include "projectlock.h"
#include "projectreader.h"
#include "projectwriter.h"
#include "schema.h"
#include "schemacheck.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of this file's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::ProjectFile)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

FileError openError(FileError::Kind kind, const QString &path, const QString &why)
{
    return { kind, Texts::tr("Cannot open “%1”: %2").arg(shown(path), why) };
}

FileError corrupt(const QString &path, const QString &detail)
{
    // The detail is technical (SQLite's words); it goes last, in brackets, for support.
    return openError(
        FileError::Corrupt, path, Texts::tr("the project is damaged or truncated (%1).").arg(detail.simplified()));
}

// Every SQLite database starts with these 16 bytes; application_id and user_version sit at
// fixed offsets of the 100-byte header, so a file can be classified before SQLite touches it.
constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);
constexpr int HeaderSize = 100;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;

// The name of a text encoding the first bytes of a file show (a byte-order mark, or the zero
// bytes of UTF-16 Latin text); empty when they show none. People who opened a text file by
// mistake learn what it is.
QString textEncoding(const QByteArray &head)
{
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return u"UTF-32"_s;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return u"UTF-16"_s;
    if (head.startsWith("\xEF\xBB\xBF"))
        return u"UTF-8"_s;
    if (head.size() >= 4
        && ((head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0)
            || (head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0)))
        return u"UTF-16"_s;
    return {};
}

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
    // stat() follows links and, unlike QFileInfo, says why it failed: a link that loops is not
    // a missing file. Only a regular file is opened: open() on a FIFO waits for a writer
    // forever, and a device (/dev/zero) never ends.
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        const int err = errno;
        if (err == ENOENT && QFileInfo(path).isSymLink())
            result.error = openError(FileError::Missing, path,
                Texts::tr("it is a symbolic link to “%1”, which does not exist.")
                    .arg(shown(QFileInfo(path).symLinkTarget())));
        else if (err == ENOENT || err == ENOTDIR)
            result.error = openError(FileError::Missing, path, Texts::tr("the file does not exist."));
        else if (err == ELOOP)
            result.error = openError(FileError::Unreadable, path,
                Texts::tr("it is a symbolic link that leads back to itself (a link loop)."));
        else
            result.error = openError(
                FileError::Unreadable, path, Texts::tr("the file cannot be read (%1).").arg(qt_error_string(err)));
        return result;
    }
    if (S_ISDIR(status.st_mode)) {
        result.error = openError(FileError::Unreadable, path, Texts::tr("it is a folder, not a project file."));
        return result;
    }
    if (!S_ISREG(status.st_mode)) {
        result.error = openError(FileError::Unreadable, path,
            S_ISFIFO(status.st_mode) ? Texts::tr("it is a named pipe (FIFO), not a project file.")
                                     : Texts::tr("it is a device or special file, not a project file."));
        return result;
    }
    // A killed save of this file leaves its temporary file beside it; opening tidies those up
    // as saving does (only the ones no running save can still be writing). A save through a
    // link writes beside the file the link points to, so that is where they are.
    removeStaleSaves(QFileInfo(path).canonicalFilePath());

    QByteArray header;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = openError(
                FileError::Unreadable, path, Texts::tr("the file cannot be read (%1).").arg(file.errorString()));
            return result;
        }
        header = file.read(HeaderSize);
    }
    if (header.isEmpty()) {
        result.error = openError(FileError::NotSqlite, path, Texts::tr("the file is empty, not a Blendwise project."));
        return result;
    }
    if (!header.startsWith(SqliteMagic)) {
        const QString encoding = textEncoding(header);
        result.error = openError(FileError::NotSqlite, path,
            encoding.isEmpty() ? Texts::tr("it is not a Blendwise project.")
                               : Texts::tr("it is a %1 text file, not a Blendwise project.").arg(encoding));
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
            FileError::Foreign, path, Texts::tr("it is a database of another application, not a Blendwise project."));
        return result;
    }
    if (version > schemaVersion()) {
        result.error = openError(FileError::Newer, path,
            Texts::tr("it was made by a newer version of Blendwise (file format %1; "
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
            result.error = openError(FileError::Unreadable, path,
                Texts::tr("the file cannot be copied for upgrading to the current format."));
            return result;
        }
    }

    SqlConnection c(readPath, migrate ? SqlConnection::ReadWrite : SqlConnection::ReadOnly);
    if (!c.isOpen()) {
        result.error
            = openError(FileError::Unreadable, path, Texts::tr("the file cannot be read (%1).").arg(c.errorText()));
        return result;
    }
    // The file may come from anyone: SQLite's defensive settings and a time budget hold from
    // here to the last row read, and the schema must be exactly ours before any row is read.
    if (!c.restrictForUntrustedFile()) {
        result.error = openError(
            FileError::Unreadable, path, Texts::tr("the file cannot be read safely (%1).").arg(c.errorText()));
        return result;
    }
    const auto tooSlow = [&] {
        return openError(FileError::Corrupt, path,
            Texts::tr("reading it took longer than %1 seconds; it is not a project Blendwise can open.")
                .arg(SqlConnection::untrustedTimeBudget() / 1000.0));
    };
    if (const QString why = SchemaCheck::verify(c.db(), version); !why.isEmpty()) {
        result.error = c.timedOut() ? tooSlow() : openError(FileError::Corrupt, path, why);
        return result;
    }
    QString error;
    const QStringList integrity = pragmaRows(c.db(), u"PRAGMA integrity_check"_s, error);
    if (c.timedOut()) {
        result.error = tooSlow();
        return result;
    }
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
    if (c.timedOut()) {
        result.error = tooSlow();
        return result;
    }
    if (!error.isEmpty() || !dangling.isEmpty()) {
        result.error = corrupt(path, error.isEmpty() ? u"broken reference in table %1"_s.arg(dangling.first()) : error);
        return result;
    }

    ProjectReader reader(c.db());
    auto project = reader.read();
    if (!project) {
        result.error = c.timedOut() ? tooSlow()
            : reader.refused()      ? openError(FileError::Invalid, path,
                       Texts::tr("it holds a value Blendwise does not accept: %1").arg(reader.error()))
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
        return { FileError::Invalid, Texts::tr("Cannot save “%1”: %2").arg(shown(path), problems.first().message()) };
    return atomicReplace(path, [&clean](const QString &tmp) { return writeDatabase(clean, tmp); });
}

} // namespace bw
