// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QObject>

namespace bw {
class Document;
}

namespace bw::ui {

// Notes which item each step of the undo history touches, so that the window can select it
// after Undo or Redo: an undone edit of an activity selects that activity, an undone removal the
// item brought back. It listens to the document's typed signals, which an undo sends exactly as
// an edit does, and closes a step on the undo stack's indexChanged (once per command or macro).
class UndoSelection : public QObject {
    Q_OBJECT
public:
    explicit UndoSelection(bw::Document *document, QObject *parent = nullptr);

    // The item the last step (an edit, an undo or a redo) added, changed, moved or brought back:
    // an activity if it touched one that still exists, else such an objective, else the
    // objective an activity was taken out of; 0 when the step touched none of those.
    Id lastStep() const { return m_last; }

private:
    void closeStep();

    bw::Document *m_doc;
    QList<Id> m_activities; // touched in the open step, in order
    QList<Id> m_objectives;
    Id m_last = 0;
};

} // namespace bw::ui
