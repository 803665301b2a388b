// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "document/document.h"

namespace bw {

Command::Command(Document *document, const QString &text)
    : m_document(document)
{
    setText(text);
}

DocumentMutator Command::mutator() const
{
    return DocumentMutator(*m_document);
}

const Project &Command::project() const
{
    return m_document->project();
}

QString Command::quoted(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > 40)
        t = t.left(39) + QChar(0x2026);
    return QChar(0x201C) + t + QChar(0x201D);
}

} // namespace bw
