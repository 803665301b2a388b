// SPDX-License-Identifier: GPL-3.0-or-later
// Named versions cost: save and load of a 2,000-activity plan with no versions and with 50
// versions (each a snapshot of the plan after a round of edits), best of N runs, file sizes and
// the ratio (issue 11: within 2x). Also the time to mark one version and to open one.
// Run by hand: bench_versions [runs] [activities] [versions].
#include "storage/documentversions.h"
#include "document/document.h"
#include "largeproject.h"
#include "storage/projectfile.h"
#include "storage/versionsnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bw;

namespace {

template <typename F>
double best(int runs, F &&f)
{
    double out = 1e12;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        out = std::min(out, t.nsecsElapsed() / 1e6);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int activities = argc > 2 ? std::max(1, atoi(argv[2])) : 2000;
    const int versionCount = argc > 3 ? std::max(1, atoi(argv[3])) : 50;
    QTemporaryDir dir;
    const Project plain = generateLargeProject(activities);

    // 50 rounds of edits, a version marked after each.
    Document doc(plain);
    double markMs = 0;
    for (int v = 0; v < versionCount; ++v) {
        const auto &objectives = doc.project().objectives;
        Activity a = objectives[v % objectives.size()].activities.first();
        a.title += QStringLiteral(" (rev %1)").arg(v);
        a.duration = {a.duration.min + 1, a.duration.max + 1};
        doc.changeActivity(a);
        QElapsedTimer t;
        t.start();
        if (!DocumentVersions::mark(doc, QStringLiteral("1.%1").arg(v), QStringLiteral("Round %1").arg(v), QDateTime::currentDateTime())) {
            std::fprintf(stderr, "marking failed\n");
            return 1;
        }
        markMs = std::max(markMs, t.nsecsElapsed() / 1e6);
    }
    const Project withVersions = doc.project();
    const QString a = dir.filePath(QStringLiteral("plain.blendwise"));
    const QString b = dir.filePath(QStringLiteral("versions.blendwise"));

    const double savePlain = best(runs, [&] { (void)ProjectFile::save(plain, a); });
    const double saveVersions = best(runs, [&] { (void)ProjectFile::save(withVersions, b); });
    const double loadPlain = best(runs, [&] { (void)ProjectFile::load(a); });
    const double loadVersions = best(runs, [&] { (void)ProjectFile::load(b); });
    const double openVersion = best(runs, [&] { (void)VersionSnapshot::load(withVersions.versions.first().snapshot, {}); });

    std::printf("%d activities, %d versions, best of %d runs\n", activities, versionCount, runs);
    std::printf("%-22s %12s %12s %8s\n", "", "no versions", "50 versions", "ratio");
    std::printf("%-22s %12.1f %12.1f %8.2f\n", "save (ms)", savePlain, saveVersions, saveVersions / savePlain);
    std::printf("%-22s %12.1f %12.1f %8.2f\n", "load (ms)", loadPlain, loadVersions, loadVersions / loadPlain);
    std::printf("%-22s %12.2f %12.2f %8.2f\n", "file size (MB)", QFileInfo(a).size() / 1e6, QFileInfo(b).size() / 1e6,
                double(QFileInfo(b).size()) / double(QFileInfo(a).size()));
    std::printf("mark one version (slowest): %.1f ms; open one version: %.1f ms; snapshot size: %.0f KB\n", markMs,
                openVersion, withVersions.versions.first().snapshot.size() / 1024.0);
    return 0;
}
