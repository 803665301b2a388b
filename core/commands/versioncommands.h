// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// Restores a version: the whole plan but its versions replaced, every view reset.
class ReplaceContent : public Command {
public:
    ReplaceContent(Document *document, const QString &text, Project content);
    void redo() override;
    void undo() override;

private:
    Project m_old;
    Project m_new;
};

// The leading version number of a version's name: "1.1 — sent to client" → "1.1",
// "v2" → "2"; empty when the name does not start with one.
QString versionNumber(const QString &name);

} // namespace bw
