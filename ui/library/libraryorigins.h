// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarysync.h"
#include "model/project.h"

namespace bw::ui {

// The project file keeps origins with a text kind (ProjectOrigin); the sync API takes
// LibraryOrigin. Origins of an unknown kind (a newer Blendwise) are kept aside, not dropped.
QList<LibraryOrigin> toLibraryOrigins(const QList<ProjectOrigin> &origins);
QList<ProjectOrigin> toProjectOrigins(const QList<LibraryOrigin> &origins);
// `origins` with those of unknown kind from `previous` appended, so a round-trip loses nothing.
QList<ProjectOrigin> mergeUnknownOrigins(QList<ProjectOrigin> origins, const QList<ProjectOrigin> &previous);

} // namespace bw::ui
