// SPDX-License-Identifier: GPL-3.0-or-later
// Diff figures: how long diffProjects() takes between two versions of a programme of 200, 2,000
// and 10,000 activities, equal and with a realistic round of edits (moves, tool and duration
// changes, a text rewritten, additions and removals). Run by hand: bench_diff [runs].
#include "diff/projectdiff.h"
#include "largeproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace bw;

namespace {

// Every 50th activity gets another tool and duration, every 100th moves phase, every 200th
// moves to the next objective, every 250th has its instructions rewritten; one in 500 is removed.
Project edited(Project p)
{
    int n = 0;
    Id next = p.maxId() + 1;
    for (int o = 0; o < p.objectives.size(); ++o) {
        auto &acts = p.objectives[o].activities;
        for (int i = 0; i < acts.size(); ++i, ++n) {
            Activity &a = acts[i];
            if (n % 50 == 0) {
                a.toolId = p.tools.isEmpty() ? 0 : p.tools[n % p.tools.size()].id;
                a.duration = { a.duration.min + 5, a.duration.max + 10 };
            }
            if (n % 100 == 0)
                a.phase = a.phase == Phase::InClass ? Phase::PreClass : Phase::InClass;
            if (n % 250 == 0)
                a.instructions = QStringLiteral("Rewritten: ") + a.instructions.sliced(a.instructions.size() / 2);
        }
        if (o + 1 < p.objectives.size() && !acts.isEmpty() && o % 4 == 0)
            p.objectives[o + 1].activities.prepend(acts.takeLast());
        if (o % 10 == 0 && acts.size() > 2)
            acts.removeAt(1);
        if (o % 7 == 0) {
            Activity added;
            added.id = next++;
            added.title = QStringLiteral("A new activity");
            acts.insert(acts.size() / 2, added);
        }
    }
    return p;
}

double timeIt(const Project &a, const Project &b, int runs, qsizetype *changes)
{
    double best = 1e9;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const diff::ProjectDiff d = diff::diffProjects(a, b);
        best = std::min(best, t.nsecsElapsed() / 1e6);
        *changes = d.changes.size();
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    std::printf("%-10s %14s %14s %10s\n", "activities", "equal (ms)", "edited (ms)", "changes");
    for (int size : { 200, 2000, 10000 }) {
        const Project a = generateLargeProject(size);
        const Project b = edited(a);
        qsizetype none = 0, changes = 0;
        const double equal = timeIt(a, a, runs, &none);
        const double diffed = timeIt(a, b, runs, &changes);
        std::printf("%-10d %14.2f %14.2f %10lld\n", size, equal, diffed, qlonglong(changes));
        if (none != 0) {
            std::fprintf(stderr, "equal projects gave %lld changes\n", qlonglong(none));
            return 1;
        }
    }
    return 0;
}
