// SPDX-License-Identifier: GPL-3.0-or-later
// Times runAdvisor on large programmes. The studio re-runs it a quarter of a second after each
// edit, so it has to stay far below a frame's worth of typing delay.
#include "advisor/advisor.h"
#include "largeproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    for (const int size : { 1000, 10000, 20000 }) {
        const bw::Project project = bw::generateLargeProject(size);
        bw::runAdvisor(project); // warm-up: the rule registry and verb lists are built once
        constexpr int Runs = 10;
        QList<double> times;
        QList<double> cpuTimes; // what the advisor itself costs, on a machine busy with other work
        qsizetype findings = 0;
        for (int i = 0; i < Runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            findings = bw::runAdvisor(project).size();
            cpuTimes.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
            times.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        out << "runAdvisor " << size << " activities: median " << times[Runs / 2] << " ms wall, " << cpuTimes[Runs / 2]
            << " ms CPU; worst " << times.last() << " ms wall; " << findings << " findings\n";
    }
    return 0;
}
