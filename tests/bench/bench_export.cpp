// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark: builds the plan for a generated 10,000-activity programme and writes it in
// every format exportFormats() lists, printing the time of each and the peak memory.
// Run by hand: bench_export [ACTIVITIES [FORMAT...]]. Target (issue 4): HTML under 1 s.
#include "export/exportservice.h"
#include "largeproject.h"
#include "plan/planmodel.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure shows as soon as it is known
    QGuiApplication app(argc, argv); // the PDF and office formats lay out text with fonts
    const int activities = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;

    QElapsedTimer timer;
    timer.start();
    const bw::Project project = bw::generateLargeProject(activities);
    std::printf("generate project: %d activities, %d objectives, %lld ms\n", project.activityCount(),
                int(project.objectives.size()), timer.elapsed());

    timer.restart();
    const bw::plan::Plan plan = bw::plan::buildPlan(project, {});
    std::printf("build plan: %lld ms (%d sections, %d schedule entries, %d tools)\n",
                timer.elapsed(), int(plan.sections.size()), int(plan.schedule.size()),
                int(plan.tools.size()));

    timer.restart();
    bw::plan::PlanOptions client;
    client.clientVersion = true; // no design review: the advisor's share of the time shows
    (void)bw::plan::buildPlan(project, client);
    std::printf("build plan, client version (no advisor): %lld ms\n", timer.elapsed());

    int status = 0;
    QStringList formats = bw::exportFormats();
    if (argc > 2) {
        formats.clear();
        for (int i = 2; i < argc; ++i)
            formats.append(QString::fromLocal8Bit(argv[i]));
    }
    for (const QString &format : std::as_const(formats)) {
        bw::ExportOptions options;
        options.format = format;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        timer.restart();
        // Plan building included: this is what a user waits for.
        const QString error = bw::exportToDevice(project, options, buffer).error;
        const qint64 ms = timer.elapsed();
        if (!error.isEmpty()) {
            std::printf("%-5s FAILED: %s\n", qPrintable(format), qPrintable(error));
            status = 1;
            continue;
        }
        std::printf("%-5s %7lld ms  %8.1f MiB%s\n", qPrintable(format), ms,
                    bytes.size() / (1024.0 * 1024.0),
                    format == u"html" ? (ms < 1000 ? "  (target < 1000 ms: met)"
                                                   : "  (target < 1000 ms: MISSED)")
                                      : "");
    }
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return status;
}
