// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtprint.h"
#include "storage/projectlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
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

TEST_CASE("A lock left on another computer names host, user and age, and can be taken over")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"plan.blendwise"_s);
    {
        QFile lockFile(project + u".lock"_s);
        REQUIRE(lockFile.open(QIODevice::WriteOnly));
        lockFile.write("4242\nblendwise\nfaraway-host\n");
        REQUIRE(lockFile.flush());
        REQUIRE(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime));
    }
    ProjectLock lock(project);
    // Age alone never breaks a lock, and a process on another machine cannot be checked.
    CHECK_FALSE(lock.tryLock());
    const ProjectLock::Holder holder = lock.holder();
    CHECK(holder.pid == 4242);
    CHECK(holder.hostname == u"faraway-host"_s);
    CHECK(holder.isOtherMachine());
    CHECK_FALSE(holder.isThisProcess());
    CHECK(holder.user == QFileInfo(project + u".lock"_s).owner());
    CHECK_FALSE(holder.user.isEmpty());
    CHECK(qAbs(holder.lockedAt.daysTo(QDateTime::currentDateTimeUtc()) - 3) <= 1);

    REQUIRE(lock.takeOver());
    CHECK(lock.isLocked());
    CHECK(lock.holder().pid == QCoreApplication::applicationPid());
    CHECK(lock.holder().isThisProcess());
}

TEST_CASE("A lock held by a running process on this machine is never taken over")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"plan.blendwise"_s);
    ProjectLock first(project);
    REQUIRE(first.tryLock());
    ProjectLock second(project);
    CHECK(second.holder().isThisProcess());
    CHECK_FALSE(second.holder().isOtherMachine());
    CHECK_FALSE(second.takeOver());
    CHECK(first.isLocked());
    CHECK_FALSE(second.isLocked());
}
