// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysession.h"

#include "library/librarymigrations.h"
#include "librarykeychain.h"

#include <QMutex>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

QMutex passwordLock;
QString &sessionPassword()
{
    static QString password;
    return password;
}

} // namespace

bool LibrarySession::isConfigured()
{
    QSettings s;
    return !s.value(u"library/service"_s).toString().isEmpty() || !s.value(u"library/host"_s).toString().isEmpty()
        || !s.value(u"library/database"_s).toString().isEmpty();
}

LibrarySettings LibrarySession::settings()
{
    QSettings s;
    LibrarySettings l;
    l.service = s.value(u"library/service"_s).toString();
    l.host = s.value(u"library/host"_s).toString();
    l.port = s.value(u"library/port"_s, 0).toInt();
    l.database = s.value(u"library/database"_s).toString();
    l.user = s.value(u"library/user"_s).toString();
    l.sslmode = s.value(u"library/sslmode"_s).toString();
    l.schema = s.value(u"library/schema"_s, u"blendwise"_s).toString();
    QMutexLocker lock(&passwordLock);
    l.password = sessionPassword();
    return l;
}

void LibrarySession::setSettings(const LibrarySettings &l)
{
    QSettings s;
    s.setValue(u"library/service"_s, l.service);
    s.setValue(u"library/host"_s, l.host);
    s.setValue(u"library/port"_s, l.port);
    s.setValue(u"library/database"_s, l.database);
    s.setValue(u"library/user"_s, l.user);
    s.setValue(u"library/sslmode"_s, l.sslmode);
    s.setValue(u"library/schema"_s, l.schema.isEmpty() ? u"blendwise"_s : l.schema);
}

void LibrarySession::setSessionPassword(const QString &password)
{
    QMutexLocker lock(&passwordLock);
    sessionPassword() = password;
}

bool LibrarySession::remembersPassword()
{
    return LibraryKeychain::isAvailable() && QSettings().value(u"library/rememberPassword"_s, false).toBool();
}

void LibrarySession::setRemembersPassword(bool remember)
{
    QSettings().setValue(u"library/rememberPassword"_s, remember);
}

void LibrarySession::keepPassword(const QString &password, QObject *context, std::function<void(const QString &error)> done)
{
    LibraryKeychain::write(settings(), password, context, [done = std::move(done)](const QString &error) {
        setRemembersPassword(error.isEmpty());
        done(error);
    });
}

void LibrarySession::restorePassword(QObject *context, std::function<void(bool restored, const QString &error)> done)
{
    const LibrarySettings current = settings();
    if (!isConfigured() || !remembersPassword() || !current.password.isEmpty()) {
        QMetaObject::invokeMethod(context, [done = std::move(done)] { done(false, {}); }, Qt::QueuedConnection);
        return;
    }
    LibraryKeychain::read(current, context, [done = std::move(done)](const QString &password, const QString &error) {
        if (!error.isEmpty() || password.isEmpty()) {
            done(false, error);
            return;
        }
        {
            QMutexLocker lock(&passwordLock);
            if (!sessionPassword().isEmpty()) { // typed meanwhile: that one wins
                lock.unlock();
                done(false, {});
                return;
            }
            sessionPassword() = password;
        }
        done(true, {});
    });
}

LibraryError LibrarySession::openChecked(LibraryConnection &connection, const LibrarySettings &settings)
{
    if (LibraryError error = connection.open(settings))
        return error;
    return LibraryMigrations::check(connection);
}

} // namespace bw::ui
