// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryorigins.h"

namespace bw::ui {

QList<LibraryOrigin> toLibraryOrigins(const QList<ProjectOrigin> &origins)
{
    QList<LibraryOrigin> out;
    for (const ProjectOrigin &o : origins)
        if (const auto kind = libraryKindFromKey(o.kind))
            out.append({ *kind, o.libraryId, o.rowVersion, o.localId });
    return out;
}

QList<ProjectOrigin> toProjectOrigins(const QList<LibraryOrigin> &origins)
{
    QList<ProjectOrigin> out;
    for (const LibraryOrigin &o : origins)
        out.append({ libraryKindKey(o.kind), o.libraryId, o.rowVersion, o.localId });
    return out;
}

QList<ProjectOrigin> mergeUnknownOrigins(QList<ProjectOrigin> origins, const QList<ProjectOrigin> &previous)
{
    for (const ProjectOrigin &o : previous)
        if (!libraryKindFromKey(o.kind))
            origins.append(o);
    return origins;
}

} // namespace bw::ui
