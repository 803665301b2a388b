// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectfile.h"

#include <QString>

#include <functional>

namespace bw {

// Writes a file so that, whatever happens, `path` holds either its old content or the complete
// new one: `write` fills a new temporary file in the same folder (given its path; it returns
// an error text, empty on success), which is then given the target's permissions, flushed to
// the disk and renamed over the target. A symbolic link is followed (the file it points to is
// replaced, not the link). Temporary files that killed writes of the same target left behind
// are removed afterwards.
//
// The one place that knows how a platform replaces a file atomically (POSIX rename and fsync
// today): another platform is added here, and every atomic save follows.
//
// Errors name `path` ("Cannot save “…”: …"); `write`'s text is wrapped as "the project could
// not be written (…)".
FileError atomicReplace(const QString &path, const std::function<QString(const QString &temporaryPath)> &write);

// Removes what killed writes of `targetPath` left beside it (".NAME.RANDOM.saving" and its
// lock), never the temporary file of a write still in progress here or in another process.
void removeStaleSaves(const QString &targetPath);

} // namespace bw
