// SPDX-License-Identifier: GPL-3.0-or-later
// What "the file was not modified" means in these tests: same bytes, same modification time,
// and no SQLite journal, WAL or shared-memory file left beside it.
#pragma once

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace bw::test {

struct FileFingerprint {
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;

    static FileFingerprint of(const QString &path)
    {
        FileFingerprint f;
        QFile file(path);
        f.exists = file.exists();
        if (file.open(QIODevice::ReadOnly))
            f.bytes = file.readAll();
        f.modified = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
        return f;
    }
    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

inline bool hasSqliteSidecars(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return true;
    return false;
}

} // namespace bw::test
