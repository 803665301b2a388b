// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryconnection.h"
#include "teamlibrary.h"

#include <QObject>
#include <QTimer>

namespace bw {

// Tells the studio when a colleague publishes: LISTENs on the library's notification channel
// over a connection of its own (QSqlDriver::subscribeToNotification) and emits itemChanged for
// every publish or delete, its own included. Lives in the thread that creates it (the driver's
// socket notifier needs that thread's event loop). The driver does not tell when the connection
// dies, so a health check (every 30 s by default) notices, emits connectionLost and tries again
// at each check until it can LISTEN again (reconnected: the studio then re-reads what it shows,
// since notifications sent meanwhile are lost). A start() that cannot connect returns the error
// and keeps trying the same way, so a studio started while the server is down catches up.
class LibraryWatcher : public QObject {
    Q_OBJECT
public:
    explicit LibraryWatcher(QObject *parent = nullptr);
    ~LibraryWatcher() override;

    LibraryError start(const LibrarySettings &settings);
    void stop();
    bool isListening() const;
    void setHealthCheckInterval(int milliseconds);

signals:
    // rowVersion 0: the item was deleted.
    void itemChanged(bw::LibraryKind kind, const QString &id, int rowVersion);
    void connectionLost(const QString &message);
    void reconnected();

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    LibraryError listen();
    void checkHealth();

    LibraryConnection m_connection;
    LibrarySettings m_settings;
    QString m_channel;
    QTimer m_health;
    bool m_lost = false;
};

} // namespace bw
