// SPDX-License-Identifier: GPL-3.0-or-later
// A save killed at any instant leaves the previous project or the new one, never a mix.
#include "qtprint.h"
#include "sampleproject.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace bw;

TEST_CASE("A save killed at random instants leaves one whole project")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    // Must match saver_main.cpp.
    const Project a = test::taggedProject(u"A"_s, 1500);
    const Project b = test::taggedProject(u"B"_s, 1600);
    QRandomGenerator rng(20250303);
    int sawA = 0, sawB = 0, interrupted = 0;

    for (int round = 0; round < 20; ++round) {
        QProcess saver;
        saver.start(QStringLiteral(BLENDWISE_TEST_SAVER), {path});
        REQUIRE(saver.waitForStarted());
        if (round == 0) {
            // The first round waits for one complete save so that the file exists at all.
            REQUIRE(saver.waitForReadyRead(30000));
        }
        QThread::msleep(rng.bounded(20, 400));
        saver.kill(); // SIGKILL
        REQUIRE(saver.waitForFinished());
        INFO("round " << round << ", saver stderr: " << saver.readAllStandardError().toStdString());
        REQUIRE(saver.exitStatus() == QProcess::CrashExit);
        // A half-written temporary file left beside the target shows the kill hit a save.
        const QStringList leftovers = QDir(dir.path()).entryList({u".plan.blendwise.*.saving"_s}, QDir::Files | QDir::Hidden);
        interrupted += leftovers.isEmpty() ? 0 : 1;

        // Opening the file clears what the killed save left (its lock names a dead process):
        // nothing piles up, however many saves are killed.
        const LoadResult loaded = ProjectFile::load(path);
        REQUIRE_FALSE(loaded.error);
        CHECK(QDir(dir.path()).entryList({ u".plan.blendwise.*"_s }, QDir::Files | QDir::Hidden).isEmpty());
        const bool isA = loaded.project == a;
        const bool isB = loaded.project == b;
        CHECK((isA || isB));
        sawA += isA;
        sawB += isB;
    }
    // The instants were spread enough to catch both projects in place, and kills did land in
    // the middle of saves (otherwise this test would prove nothing).
    CHECK(sawA > 0);
    CHECK(sawB > 0);
    CHECK(interrupted >= 5);
}
