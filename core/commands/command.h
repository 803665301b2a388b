// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/documentmutator.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace bw {

class Document;

// Base of every edit. A command stores ids (never rows or pointers, which change as the project
// is edited) and the values it needs for undo; it reaches the project only through the mutator.
class Command : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bw::Command)
public:
    enum MergeId { MergeObjective = 1, MergeActivity, MergeTool, MergeInfo };

    // Short quoted form of a user text for undo menu entries: “Define risk”.
    static QString quoted(const QString &text);

protected:
    Command(Document *document, const QString &text);
    DocumentMutator mutator() const;
    const Project &project() const;
    Document *document() const { return m_document; }

private:
    Document *m_document;
};

} // namespace bw
