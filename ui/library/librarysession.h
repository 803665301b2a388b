// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/libraryconnection.h"
#include "library/teamlibrary.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace bw::ui {

// The studio's way to the team library (core/library). Where the library is lives in the
// settings (Settings ▸ Team library: service or host/port/database/user, sslmode, schema; never
// a password — that is libpq's ~/.pgpass, or asked once and kept in memory for the session).
// Every call runs on a worker thread with a connection of its own, so a slow or unreachable
// server never freezes the window (the connection times out within seconds); the result comes
// back on the GUI thread, to a context object that may have gone meanwhile (then it is dropped).
class LibrarySession {
public:
    // Whether a library is set up at all; without one the studio shows no library state.
    static bool isConfigured();
    static LibrarySettings settings(); // with the session's password, if one was given
    static void setSettings(const LibrarySettings &settings); // the password is not stored
    static void setSessionPassword(const QString &password);
    // Whether the password is kept in the system keychain (LibraryKeychain) across sessions:
    // only this yes/no is in the settings.
    static bool remembersPassword();
    static void setRemembersPassword(bool remember);
    // Hands `password` to the system keychain for the current settings; remembersPassword()
    // follows the outcome. `done(error)` on `context`, the error empty when the keychain kept it.
    static void keepPassword(const QString &password, QObject *context, std::function<void(const QString &error)> done);
    // At start: takes the keychain's password into the session when one is remembered and none
    // was given yet; `done(true)` when it did (the studio then connects again), on `context`.
    static void restorePassword(QObject *context, std::function<void(bool restored, const QString &error)> done);

    // Runs `work` with an open, schema-checked library on a worker thread, then `done` with its
    // result on `context`'s thread. `error` is set when the connection or the schema check failed
    // (work did not run) or by work itself.
    template <typename Result>
    static void run(QObject *context, std::function<Result(TeamLibrary &library, LibraryError &error)> work,
        std::function<void(Result result, const LibraryError &error)> done)
    {
        const LibrarySettings where = settings();
        QPointer<QObject> guard(context);
        QThread *thread = QThread::create([where, guard, work = std::move(work), done = std::move(done)]() mutable {
            LibraryError error;
            Result result {};
            {
                LibraryConnection connection;
                error = openChecked(connection, where);
                if (!error) {
                    TeamLibrary library(connection);
                    result = work(library, error);
                }
            }
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done = std::move(done), result = std::move(result), error]() mutable {
                        if (guard)
                            done(std::move(result), error);
                    },
                    Qt::QueuedConnection);
        });
        thread->setObjectName(QStringLiteral("blendwise-library"));
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }

private:
    static LibraryError openChecked(LibraryConnection &connection, const LibrarySettings &settings);
};

} // namespace bw::ui
