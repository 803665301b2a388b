// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/teamlibrary.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace bw {
class LibraryWatcher;
struct LibraryFacts;
}

namespace bw::ui {

// The studio's live line to the team library: a LibraryWatcher (LISTEN/NOTIFY) on a thread of
// its own, so connecting, the health checks and reconnecting never hold up the window. What a
// colleague publishes arrives as itemChanged (on the GUI thread); losing and regaining the
// server as listening(). It also keeps the advisor's knowledge of what the team retired
// (LibraryFacts) current: read when the line comes up and again whenever a tool changes.
class LibraryLive : public QObject {
    Q_OBJECT
public:
    explicit LibraryLive(QObject *parent = nullptr);
    ~LibraryLive() override;

    // (Re)connects with the current settings (LibrarySession); stops when none are set.
    void restart();
    void setHealthCheckInterval(int milliseconds);
    bool isListening() const { return m_listening; }
    // Reads the team's retired tools into the advisor's LibraryFacts, then emits factsChanged.
    void refreshFacts();

Q_SIGNALS:
    void itemChanged(bw::LibraryKind kind, const QString &id, int rowVersion);
    void listening(bool on, const QString &message);
    void factsChanged();

private:
    QThread m_thread;
    LibraryWatcher *m_watcher = nullptr; // lives in m_thread
    QTimer m_factsDebounce;
    bool m_listening = false;
    int m_generation = 0;
};

// What the advisor learns from the library's tools: the retired ones, by case-folded name, with
// their replacements. Shared by the live line and Update from Team Library.
LibraryFacts retiredToolFacts(const QList<LibraryTool> &tools);

} // namespace bw::ui
