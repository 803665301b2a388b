// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace bw {
class Document;
class RecoveryStore;
} // namespace bw

namespace bw::ui {

// Writes a recovery copy of the open project while it has unsaved changes: at most once per
// interval, and never sooner than a short pause after the last edit, so a crash loses at most one
// interval of work. Copies go to the RecoveryStore, never into the user's file. The write runs on
// a worker thread with a snapshot of the project (the Project is implicitly shared, so the
// snapshot is free), which keeps typing smooth in a 10,000-activity programme.
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 30'000;

    AutoSaver(Document *document, std::shared_ptr<RecoveryStore> store, QString sessionKey,
              QObject *parent = nullptr);
    ~AutoSaver() override;

    void setInterval(int milliseconds) { m_interval = milliseconds; }
    int interval() const { return m_interval; }
    QString sessionKey() const { return m_sessionKey; }
    bool isPending() const { return m_timer.isActive(); }

    // Writes a copy now, if there are unsaved changes, and waits for it. Returns the error, if any.
    QString writeNow();
    // Forgets this session's copies: after a successful save or a clean close.
    void discard();

Q_SIGNALS:
    void written(const QDateTime &when);
    void failed(const QString &message);

private:
    void schedule();
    void writeInBackground();

    Document *m_doc;
    std::shared_ptr<RecoveryStore> m_store;
    QString m_sessionKey;
    QTimer m_timer;
    QThreadPool m_pool; // one thread: copies are written in order
    QDateTime m_lastWrite;
    int m_interval = DefaultIntervalMs;
    bool m_writing = false;
};

} // namespace bw::ui
