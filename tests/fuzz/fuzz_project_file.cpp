// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: opening a project file made of arbitrary bytes, as the studio and the
// command line do (ProjectFile::load on a file on disk). A project that opens must save and open
// again.
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a plugin, which Qt loads only with an application object.
    static QCoreApplication app(*argc, *argv);
    // A memory file system where there is one: every run syncs a save to disk, which on a real
    // disk would be most of the time of a run.
    static QTemporaryDir dir = QDir(QStringLiteral("/dev/shm")).exists()
        ? QTemporaryDir(QStringLiteral("/dev/shm/blendwise-fuzz-XXXXXX"))
        : QTemporaryDir();
    folder = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("input.blendwise"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const bw::LoadResult loaded = bw::ProjectFile::load(path);
    if (loaded.error)
        return 0;
    const QString copy = folder->filePath(QStringLiteral("copy.blendwise"));
    if (bw::ProjectFile::save(loaded.project, copy))
        std::abort(); // a project that opened must be saveable
    const bw::LoadResult again = bw::ProjectFile::load(copy);
    if (again.error)
        std::abort(); // and what was saved must open
    return 0;
}
