// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioncommands.h"

#include <QRegularExpression>

namespace bw {

ReplaceContent::ReplaceContent(Document *document, const QString &text, Project content)
    : Command(document, text)
    , m_old(project())
    , m_new(std::move(content))
{
    m_old.versions.clear(); // kept by the document, not by the step
    m_new.versions.clear();
}

void ReplaceContent::redo()
{
    mutator().replaceContent(m_new);
}

void ReplaceContent::undo()
{
    mutator().replaceContent(m_old);
}

QString versionNumber(const QString &name)
{
    static const QRegularExpression number(QStringLiteral(R"(^\s*[vV]?(\d+(?:\.\d+)*))"));
    const auto match = number.match(name);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace bw
