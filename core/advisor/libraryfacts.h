// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace bw {

// What the advisor knows of the team library, as plain data: core/advisor stays free of SQL and
// of core/library. The studio fills it when it has read the library (Update from Team Library's
// fetch); without a library it stays empty and the rules that read it find nothing.
struct LibraryFacts {
    // Tools the library has retired, by case-folded name → the replacement's name (may be empty).
    QHash<QString, QString> retiredTools;

    bool isEmpty() const { return retiredTools.isEmpty(); }
    friend bool operator==(const LibraryFacts &, const LibraryFacts &) = default;
};

// The facts every AdvisorContext made from now on reads. Thread-safe (the advisor may run on a
// worker thread).
void setLibraryFacts(const LibraryFacts &facts);
LibraryFacts currentLibraryFacts();

} // namespace bw
