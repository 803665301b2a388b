// SPDX-License-Identifier: GPL-3.0-or-later
// External checkers (poppler, LibreOffice, python3-icalendar): a check that needs one and cannot
// find it is skipped with a warning on a developer's machine, and FAILS in CI (CI=true), where
// .ci/install-deps installs every checker — a missing one there would let a broken export pass.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QtGlobal>

#include <string>

namespace test {

inline bool inCI()
{
    return qgetenv("CI").trimmed().toLower() == "true";
}

// Call when `what` is missing; returns true so that the caller can `return` (outside CI).
inline bool checkerMissing(const std::string &what, const std::string &package)
{
    if (inCI())
        FAIL(what << " is not installed, but CI=true needs every checker (Debian package " << package << ")");
    WARN("SKIPPED: " << what << " is not installed (Debian package " << package << ")");
    return true;
}

// The system's Python: a python3 earlier in PATH (a virtualenv, pyenv) lacks Debian's modules.
inline const char *systemPython()
{
    return "/usr/bin/python3";
}

} // namespace test
