// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtprint.h"
#include "storage/projectlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// The id of a process that has ended, so that a lock naming it is stale.
qint64 deadPid()
{
    QProcess process;
    process.start(u"true"_s, {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

} // namespace

TEST_CASE("A project lock keeps a second holder out until it is released")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"plan.blendwise"_s);
    auto first = std::make_unique<ProjectLock>(project);
    CHECK(first->lockFilePath() == project + u".lock"_s);
    REQUIRE(first->tryLock());
    CHECK(first->isLocked());
    CHECK_FALSE(first->isLockedByOther());

    ProjectLock second(project);
    CHECK_FALSE(second.tryLock());
    CHECK(second.isLockedByOther());
    const ProjectLock::Holder holder = second.holder();
    CHECK(holder.pid == QCoreApplication::applicationPid());
    CHECK_FALSE(holder.hostname.isEmpty());

    first.reset();
    CHECK_FALSE(QFile::exists(project + u".lock"_s));
    CHECK_FALSE(second.isLockedByOther());
    CHECK(second.tryLock());
}

TEST_CASE("A lock left by a process that has ended is taken over")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"plan.blendwise"_s);
    QFile lockFile(project + u".lock"_s);
    REQUIRE(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QByteArray::number(deadPid()) + "\nblendwise\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lockFile.close();

    ProjectLock lock(project);
    CHECK_FALSE(lock.isLockedByOther());
    CHECK(lock.tryLock());
    CHECK(lock.holder().pid == QCoreApplication::applicationPid());
}
