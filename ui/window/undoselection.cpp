// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoselection.h"

#include "document/document.h"

namespace bw::ui {

UndoSelection::UndoSelection(Document *document, QObject *parent)
    : QObject(parent)
    , m_doc(document)
{
    const auto activity = [this](Id id) {
        if (!m_activities.contains(id))
            m_activities.append(id);
    };
    const auto objective = [this](Id id) {
        if (!m_objectives.contains(id))
            m_objectives.append(id);
    };
    connect(m_doc, &Document::activityInserted, this, [activity](Id, int, Id id) { activity(id); });
    connect(m_doc, &Document::activityChanged, this, activity);
    connect(m_doc, &Document::activityMoved, this, [activity](Id id, Id, int, Id, int) { activity(id); });
    // A removed activity leaves its objective to show (it is checked to exist at the end).
    connect(m_doc, &Document::activityRemoved, this, [objective](Id objectiveId, int, Id) { objective(objectiveId); });
    connect(m_doc, &Document::objectiveInserted, this, [objective](int, Id id) { objective(id); });
    connect(m_doc, &Document::objectiveChanged, this, [objective](int, Id id) { objective(id); });
    connect(m_doc, &Document::objectiveMoved, this, [objective](int, int, Id id) { objective(id); });
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &UndoSelection::closeStep);
    connect(m_doc, &Document::projectReset, this, [this] {
        m_activities.clear();
        m_objectives.clear();
        m_last = 0;
    });
}

void UndoSelection::closeStep()
{
    const Project &project = m_doc->project();
    m_last = 0;
    for (Id id : std::as_const(m_activities))
        if (project.activity(id)) {
            m_last = id;
            break;
        }
    if (!m_last)
        for (Id id : std::as_const(m_objectives))
            if (project.objective(id)) {
                m_last = id;
                break;
            }
    m_activities.clear();
    m_objectives.clear();
}

} // namespace bw::ui
