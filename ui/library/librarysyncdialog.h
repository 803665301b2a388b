// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarysync.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace bw {
class Document;
}

namespace bw::ui {

// File ▸ Update from Team Library…: fetches the library's state for the project's origins off
// the GUI thread, lists what changed upstream with a checkbox each, and applies the chosen
// changes as ONE undo step (Document::replaceContent). Offline, it says so and changes nothing.
class LibrarySyncDialog : public QDialog {
    Q_OBJECT
public:
    explicit LibrarySyncDialog(Document *document, QWidget *parent = nullptr);

    // Starts the fetch (called by the constructor; again by Retry).
    void refresh();
    const QList<UpstreamChange> &changes() const { return m_changes; }
    QListWidget *list() const { return m_list; }
    QString statusText() const;
    // Applies the checked changes; false (and a message) when nothing was applied.
    bool apply();

Q_SIGNALS:
    void fetched(bool ok); // the fetch ended (ok: the library answered)

private:
    void showChanges(const LibrarySnapshot &snapshot);

    Document *m_document;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_apply;
    QPushButton *m_retry;
    QList<UpstreamChange> m_changes;
    int m_generation = 0;
};

} // namespace bw::ui
