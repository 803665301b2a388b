// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystorage.h"

#include "librarymigrations.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of the library's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::Library)
};

FileError fileError(const LibraryError &error, FileError::Kind kind)
{
    return { error.status == LibraryStatus::NewerSchema ? FileError::Newer : kind, error.message };
}

} // namespace

bool LibraryProjectStorage::handles(const QString &uri) const
{
    return uri.startsWith(u"postgresql:"_s);
}

std::optional<LibraryProjectStorage::Location> LibraryProjectStorage::parse(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid() || url.scheme() != u"postgresql"_s)
        return std::nullopt;
    Location location;
    LibrarySettings &s = location.settings;
    s.host = url.host();
    s.port = url.port(0);
    s.user = url.userName();
    s.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"dbname"_s))
        s.database = query.queryItemValue(u"dbname"_s, QUrl::FullyDecoded);
    s.service = query.queryItemValue(u"service"_s, QUrl::FullyDecoded);
    s.sslmode = query.queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"schema"_s))
        s.schema = query.queryItemValue(u"schema"_s, QUrl::FullyDecoded);
    location.templateName = query.queryItemValue(u"template"_s, QUrl::FullyDecoded);
    return location;
}

QString LibraryProjectStorage::uri(const LibrarySettings &s, const QString &templateName)
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    if (!s.host.isEmpty())
        url.setHost(s.host);
    if (s.port > 0)
        url.setPort(s.port);
    if (!s.user.isEmpty())
        url.setUserName(s.user);
    if (!s.database.isEmpty())
        url.setPath(u"/"_s + s.database);
    QUrlQuery query;
    if (!s.service.isEmpty())
        query.addQueryItem(u"service"_s, s.service);
    if (!s.sslmode.isEmpty())
        query.addQueryItem(u"sslmode"_s, s.sslmode);
    if (s.schema != u"blendwise"_s)
        query.addQueryItem(u"schema"_s, s.schema);
    if (!templateName.isEmpty())
        query.addQueryItem(u"template"_s, QString(templateName).replace(u'&', u"%26"_s).replace(u'+', u"%2B"_s));
    url.setQuery(query);
    return url.toString();
}

LoadResult LibraryProjectStorage::read(const QString &uri)
{
    LoadResult result;
    const std::optional<Location> location = parse(uri);
    if (!location || location->templateName.isEmpty()) {
        result.error = { FileError::Missing, Texts::tr("%1 does not name a template of the team library").arg(uri) };
        return result;
    }
    LibraryConnection connection;
    m_lastError = connection.open(location->settings);
    if (!m_lastError)
        m_lastError = LibraryMigrations::check(connection);
    if (m_lastError) {
        result.error = fileError(m_lastError, FileError::Unreadable);
        return result;
    }
    const std::optional<LibraryTemplate> t
        = TeamLibrary(connection).templateByName(location->templateName, &m_lastError);
    if (m_lastError) {
        result.error = fileError(m_lastError, FileError::Corrupt);
        return result;
    }
    if (!t) {
        m_lastError = { LibraryStatus::NotFound,
            Texts::tr("the team library has no template named \"%1\"").arg(location->templateName), {}, {} };
        result.error = { FileError::Missing, m_lastError.message };
        return result;
    }
    m_seen.insert(uri, t->meta);
    result.project = *t->project;
    return result;
}

FileError LibraryProjectStorage::write(const Project &project, const QString &uri)
{
    const std::optional<Location> location = parse(uri);
    if (!location || location->templateName.isEmpty())
        return { FileError::WriteFailed, Texts::tr("%1 does not name a template of the team library").arg(uri) };
    LibraryConnection connection;
    m_lastError = connection.open(location->settings);
    if (!m_lastError)
        m_lastError = LibraryMigrations::check(connection);
    if (m_lastError)
        return fileError(m_lastError, FileError::WriteFailed);
    TeamLibrary library(connection);
    LibraryTemplate t { m_seen.value(uri), location->templateName, {}, project };
    if (t.meta.id.isEmpty()) {
        // Not read through this storage: a new template (a name already taken is a conflict).
    } else if (const auto current = library.templateByName(location->templateName, &m_lastError)) {
        t.description = current->description;
    }
    const PublishResult result = library.publishTemplate(t);
    m_lastError = result.error;
    if (result.error)
        return { result.error.status == LibraryStatus::PermissionDenied ? FileError::ReadOnly : FileError::WriteFailed,
            result.error.message };
    m_seen.insert(uri, result.meta);
    return {};
}

QList<StorageEntry> LibraryProjectStorage::list(const QString &location, FileError *error)
{
    const std::optional<Location> where = parse(location);
    if (!where) {
        *error = { FileError::Missing, Texts::tr("%1 is not a team library address").arg(location) };
        return {};
    }
    LibraryConnection connection;
    m_lastError = connection.open(where->settings);
    if (!m_lastError)
        m_lastError = LibraryMigrations::check(connection);
    if (m_lastError) {
        *error = fileError(m_lastError, FileError::Unreadable);
        return {};
    }
    QList<StorageEntry> entries;
    for (const LibraryTemplate &t : TeamLibrary(connection).templates(&m_lastError))
        entries.append({ uri(where->settings, t.name), t.name, t.meta.updatedAt, t.meta.updatedBy });
    *error = m_lastError ? fileError(m_lastError, FileError::Unreadable) : FileError {};
    return entries;
}

std::unique_ptr<ProjectStorage> projectStorageFor(const QString &uri)
{
    if (uri.startsWith(u"postgresql:"_s))
        return std::make_unique<LibraryProjectStorage>();
    return std::make_unique<FileProjectStorage>();
}

} // namespace bw
