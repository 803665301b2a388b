// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor.h"

namespace bw {

class AdvisorContext;
class Document;

// One rule of the method. A rule reads the project through an AdvisorContext (built once per
// run, so lookups are hashed) and appends its findings. Where the method knows what to do, the
// rule also knows how to fix what it found: as exactly one undoable step on the Document.
class Rule {
public:
    Rule(QString id, Severity severity)
        : m_id(std::move(id))
        , m_severity(severity)
    {
    }
    virtual ~Rule() = default;
    Rule(const Rule &) = delete;
    Rule &operator=(const Rule &) = delete;

    const QString &id() const { return m_id; }
    Severity severity() const { return m_severity; }
    virtual QString title() const = 0;
    virtual QString description() const = 0;

    virtual void check(const AdvisorContext &context, QList<Finding> &findings) const = 0;

    // Fixes `finding`, which this rule has just reported again for the document's current project
    // (applyFix checks that it still holds). `context` describes that project and must be read
    // before the first edit. Returns false when there is nothing to do; otherwise it has pushed
    // exactly one undo step.
    virtual bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const;

protected:
    Finding finding(Id itemId, QString itemPath, QString message, QString fixLabel = {}) const;
    // The fix "use the best-ranked tool" for the activity a finding points at, as one undo step;
    // false when there is no such activity or no tool to suggest.
    static bool assignBestTool(Document &document, const AdvisorContext &context, const Finding &finding);

private:
    QString m_id;
    Severity m_severity;
};

} // namespace bw
