// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfacts.h"

#include <QMutex>

namespace bw {

namespace {
QMutex factsLock;
LibraryFacts &facts()
{
    static LibraryFacts value;
    return value;
}
} // namespace

void setLibraryFacts(const LibraryFacts &value)
{
    QMutexLocker lock(&factsLock);
    facts() = value;
}

LibraryFacts currentLibraryFacts()
{
    QMutexLocker lock(&factsLock);
    return facts();
}

} // namespace bw
