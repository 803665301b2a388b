// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylive.h"

#include "advisor/libraryfacts.h"
#include "librarysession.h"
#include "library/librarywatcher.h"

using namespace Qt::StringLiterals;

namespace bw::ui {

LibraryLive::LibraryLive(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"blendwise-library-watch"_s);
    m_watcher = new LibraryWatcher;
    m_watcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_watcher, &QObject::deleteLater);
    connect(m_watcher, &LibraryWatcher::itemChanged, this,
        [this](bw::LibraryKind kind, const QString &id, int rowVersion) {
            if (kind == LibraryKind::Tool || kind == LibraryKind::Client)
                m_factsDebounce.start();
            Q_EMIT itemChanged(kind, id, rowVersion);
        });
    connect(m_watcher, &LibraryWatcher::connectionLost, this, [this](const QString &message) {
        m_listening = false;
        Q_EMIT listening(false, message);
    });
    connect(m_watcher, &LibraryWatcher::reconnected, this, [this] {
        m_listening = true;
        refreshFacts(); // what was retired meanwhile was not notified to us
        Q_EMIT listening(true, {});
    });
    // A colleague retiring ten tools in a row is one re-read.
    m_factsDebounce.setSingleShot(true);
    m_factsDebounce.setInterval(300);
    connect(&m_factsDebounce, &QTimer::timeout, this, &LibraryLive::refreshFacts);
    m_thread.start();
}

LibraryLive::~LibraryLive()
{
    // The watcher stops and is deleted in its own thread (finished → deleteLater).
    m_thread.quit();
    m_thread.wait();
}

void LibraryLive::restart()
{
    const bool configured = LibrarySession::isConfigured();
    const LibrarySettings settings = LibrarySession::settings();
    const int generation = ++m_generation;
    LibraryWatcher *watcher = m_watcher;
    QMetaObject::invokeMethod(watcher, [this, watcher, configured, settings, generation] {
        if (!configured) {
            watcher->stop();
            QMetaObject::invokeMethod(this, [this, generation] {
                if (generation != m_generation)
                    return;
                m_listening = false;
                setLibraryFacts({});
                Q_EMIT factsChanged();
                Q_EMIT listening(false, {});
            }, Qt::QueuedConnection);
            return;
        }
        const LibraryError error = watcher->start(settings); // retries by itself when it failed
        // Queued to this object: dropped if the studio closed meanwhile.
        QMetaObject::invokeMethod(this, [this, generation, error] {
            if (generation != m_generation)
                return;
            m_listening = !error;
            if (!error)
                refreshFacts();
            Q_EMIT listening(!error, error.message);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void LibraryLive::setHealthCheckInterval(int milliseconds)
{
    LibraryWatcher *watcher = m_watcher;
    QMetaObject::invokeMethod(watcher, [watcher, milliseconds] { watcher->setHealthCheckInterval(milliseconds); },
        Qt::QueuedConnection);
}

void LibraryLive::refreshFacts()
{
    if (!LibrarySession::isConfigured())
        return;
    LibrarySession::run<LibraryFacts>(
        this,
        [](TeamLibrary &library, LibraryError &error) { return retiredToolFacts(library.tools(&error)); },
        [this](LibraryFacts facts, const LibraryError &error) {
            if (error)
                return; // offline: the advisor keeps what it last knew
            if (facts == currentLibraryFacts())
                return;
            setLibraryFacts(facts);
            Q_EMIT factsChanged();
        });
}

LibraryFacts retiredToolFacts(const QList<LibraryTool> &tools)
{
    LibraryFacts facts;
    for (const LibraryTool &t : tools)
        if (t.tool.status == ToolStatus::Retired)
            facts.retiredTools.insert(t.tool.name.trimmed().toCaseFolded(), t.tool.replacement);
    return facts;
}

} // namespace bw::ui
