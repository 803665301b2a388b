// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryconnection.h"
#include "teamlibrary.h"

#include <QObject>

namespace bw {

// Tells the studio when a colleague publishes: LISTENs on the library's notification channel
// over a connection of its own (QSqlDriver::subscribeToNotification) and emits itemChanged for
// every publish or delete, its own included. Lives in the thread that creates it (the driver's
// socket notifier needs that thread's event loop).
class LibraryWatcher : public QObject {
    Q_OBJECT
public:
    explicit LibraryWatcher(QObject *parent = nullptr);
    ~LibraryWatcher() override;

    LibraryError start(const LibrarySettings &settings);
    void stop();
    bool isListening() const;

signals:
    // rowVersion 0: the item was deleted.
    void itemChanged(bw::LibraryKind kind, const QString &id, int rowVersion);

private:
    void onNotification(const QString &name, int source, const QVariant &payload);

    LibraryConnection m_connection;
    QString m_channel;
};

} // namespace bw
