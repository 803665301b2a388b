// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bw {

LibraryWatcher::LibraryWatcher(QObject *parent)
    : QObject(parent)
{
    m_health.setParent(this); // moves with the watcher to the thread it is meant to run in
    m_health.setInterval(30000);
    connect(&m_health, &QTimer::timeout, this, &LibraryWatcher::checkHealth);
}

LibraryWatcher::~LibraryWatcher()
{
    stop();
}

LibraryError LibraryWatcher::start(const LibrarySettings &settings)
{
    stop();
    m_settings = settings;
    m_channel = TeamLibrary::notificationChannel(settings.schema);
    // Unreachable now: the health check keeps trying, and says reconnected when it can listen.
    const LibraryError error = listen();
    m_lost = bool(error);
    m_health.start();
    return error;
}

LibraryError LibraryWatcher::listen()
{
    if (LibraryError error = m_connection.open(m_settings))
        return error;
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

void LibraryWatcher::checkHealth()
{
    if (!m_lost) {
        QSqlQuery ping(m_connection.db());
        if (m_connection.isOpen() && ping.exec(u"SELECT 1"_s))
            return;
        m_lost = true;
        const QString message = libraryError(ping.lastError()).message;
        m_connection.db().driver()->disconnect(this);
        m_connection.close();
        emit connectionLost(message);
    }
    if (!listen()) {
        m_lost = false;
        emit reconnected();
    }
}

void LibraryWatcher::setHealthCheckInterval(int milliseconds)
{
    m_health.setInterval(milliseconds);
}

void LibraryWatcher::stop()
{
    m_health.stop();
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
