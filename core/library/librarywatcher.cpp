// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace bw {

LibraryWatcher::LibraryWatcher(QObject *parent)
    : QObject(parent)
{
}

LibraryWatcher::~LibraryWatcher()
{
    stop();
}

LibraryError LibraryWatcher::start(const LibrarySettings &settings)
{
    stop();
    if (LibraryError error = m_connection.open(settings))
        return error;
    m_channel = TeamLibrary::notificationChannel(settings.schema);
    QSqlDriver *driver = m_connection.db().driver();
    if (!driver->subscribeToNotification(m_channel)) {
        LibraryError error = libraryError(driver->lastError());
        m_connection.close();
        return error;
    }
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            onNotification(name, int(source), payload);
        });
    return {};
}

void LibraryWatcher::stop()
{
    if (!m_connection.isOpen())
        return;
    m_connection.db().driver()->unsubscribeFromNotification(m_channel);
    m_connection.db().driver()->disconnect(this);
    m_connection.close();
}

bool LibraryWatcher::isListening() const
{
    return m_connection.isOpen();
}

void LibraryWatcher::onNotification(const QString &name, int, const QVariant &payload)
{
    if (name != m_channel)
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const std::optional<LibraryKind> kind = libraryKindFromKey(o.value(u"kind"_s).toString());
    const QString id = o.value(u"id"_s).toString();
    if (!kind || id.isEmpty())
        return; // not ours (another program on the channel): ignored
    emit itemChanged(*kind, id, o.value(u"row_version"_s).toInt());
}

} // namespace bw
