// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/libraryconnection.h"

#include <QObject>
#include <QString>

#include <functional>

namespace bw::ui {

// The team library's password in the system keychain (the Secret Service of GNOME or KDE,
// KWallet, the macOS Keychain, the Windows Credential Manager) through QtKeychain, when Blendwise
// was built with it (BLENDWISE_HAVE_KEYCHAIN). Never in Blendwise's own settings. Every call is
// asynchronous (the keychain may ask the user to unlock it): `done` runs later on `context`'s
// thread, with an error text when the keychain could not do it (none running, locked, refused).
class LibraryKeychain {
public:
    // Whether this Blendwise was built with keychain support at all.
    static bool isAvailable();
    // The entry's key: who connects to which library ("ana@db.example.org:5432/teamlib", or
    // "ana@service:blendwise" for a libpq service).
    static QString keyFor(const LibrarySettings &settings);

    static void read(const LibrarySettings &settings, QObject *context,
        std::function<void(const QString &password, const QString &error)> done);
    static void write(const LibrarySettings &settings, const QString &password, QObject *context,
        std::function<void(const QString &error)> done);
    static void remove(const LibrarySettings &settings, QObject *context, std::function<void(const QString &error)> done);
};

} // namespace bw::ui
