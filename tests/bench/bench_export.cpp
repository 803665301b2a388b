// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark, run by hand.
//
//   bench_export [ACTIVITIES [FORMAT...]]
//       builds the plan for a generated programme (10,000 activities by default) and writes it in
//       every format exportFormats() lists (or those named), printing the time of each and the
//       peak memory. Target (issue 4): HTML under 1 s.
//
//   bench_export --pdf-vs-office [ACTIVITIES...]
//       for generated plans of 200, 2,000 and 10,000 activities (or those named): our PDF export
//       and LibreOffice converting the same plan's ODT (`soffice --headless --convert-to pdf`),
//       side by side, with the ratio and the peak memory of our export. Each of our exports runs
//       in a process of its own, so each peak is its own. Targets (issue 9): 200 activities
//       ≤ 1 s and ≥ 4× faster than LibreOffice; 10,000 ≤ 15 s; peak memory ≤ 400 MB.
//       Files are left in a temporary folder (printed) to look at.
//
//   bench_export --pdf-one ACTIVITIES FOLDER
//       one plan of --pdf-vs-office (its child process): prints the timed export, its peak memory
//       and the time of the plan, the layout and the painting measured again; on stderr, the
//       memory each stage holds, the layout's size and the processor time of layout and
//       painting (steadier than the clock on a shared machine).
#include "export/exportservice.h"
#include "export/pagepainter.h"
#include "export/planpaginator.h"
#include "largeproject.h"
#include "plan/planmodel.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>

#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Processor time of this process in milliseconds: steadier than the clock on a shared machine.
qint64 cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

int formatsRun(int argc, char **argv)
{
    const int activities = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;

    QElapsedTimer timer;
    timer.start();
    const bw::Project project = bw::generateLargeProject(activities);
    std::printf("generate project: %d activities, %d objectives, %lld ms\n", project.activityCount(),
        int(project.objectives.size()), timer.elapsed());

    timer.restart();
    const bw::plan::Plan plan = bw::plan::buildPlan(project, {});
    std::printf("build plan: %lld ms (%d sections, %d schedule entries, %d tools)\n", timer.elapsed(),
        int(plan.sections.size()), int(plan.schedule.size()), int(plan.tools.size()));

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
        std::printf("%-5s %7lld ms  %8.1f MiB%s\n", qPrintable(format), ms, bytes.size() / (1024.0 * 1024.0),
            format == u"html" ? (ms < 1000 ? "  (target < 1000 ms: met)" : "  (target < 1000 ms: MISSED)") : "");
    }
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return status;
}

// Resident memory now (not the peak), in MiB: where the memory of each stage goes.
long currentRssMiB()
{
    malloc_trim(0); // what was freed goes back first
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? long(fields.at(1).toLongLong() * 4096 / (1024 * 1024)) : -1;
}

// The page objects of a PDF: "/Type /Page" not followed by "s" (the page tree) or another
// name character. A plain scan: a regular expression over a 10,000-activity PDF takes seconds.
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = file.readAll();
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type"); at >= 0; at = pdf.indexOf("/Type", at + 5)) {
        qsizetype i = at + 5;
        while (i < pdf.size() && (pdf.at(i) == ' ' || pdf.at(i) == '\n' || pdf.at(i) == '\r'))
            ++i;
        if (!pdf.mid(i, 5).startsWith("/Page"))
            continue;
        i += 5;
        const char next = i < pdf.size() ? pdf.at(i) : ' ';
        if (!QChar::isLetterOrNumber(uchar(next)) && next != '_')
            ++pages;
    }
    return pages;
}

// Child of --pdf-vs-office: one plan, our PDF timed (plan building included, as the user
// waits for it), the ODT and the project file written beside it for LibreOffice and for people.
int onePdf(int activities, const QString &dir)
{
    const bw::Project project = bw::generateLargeProject(activities);
    const QString base = QDir(dir).filePath(u"plan-%1"_s.arg(activities));
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    QElapsedTimer timer;
    timer.start();
    const QString error = bw::exportProject(project, options, base + u".pdf"_s).error;
    const qint64 ms = timer.elapsed();
    if (!error.isEmpty()) {
        std::printf("error=%s\n", qPrintable(error));
        return 1;
    }
    const long rss = peakRssMiB();
    options.format = u"odt"_s;
    if (const QString odt = bw::exportProject(project, options, base + u".odt"_s).error; !odt.isEmpty()) {
        std::printf("error=%s\n", qPrintable(odt));
        return 1;
    }
    (void)bw::ProjectFile::save(project, base + u".blendwise"_s);

    // Where the time goes: the plan, the layout, the painting (again, after the timed run).
    // The resident memory after each stage goes to stderr, for people.
    std::fprintf(stderr, "memory: project %ld MiB", currentRssMiB());
    qint64 cpu = cpuMs();
    timer.restart();
    const bw::plan::Plan plan = bw::plan::buildPlan(project);
    const qint64 planMs = timer.restart();
    std::fprintf(stderr, ", + plan %ld MiB", currentRssMiB());
    cpu = cpuMs();
    timer.restart();
    const bw::PageLayout layout = bw::PlanPaginator::layOut(plan);
    const qint64 layoutMs = timer.restart();
    const qint64 layoutCpu = cpuMs() - cpu;
    std::fprintf(stderr, ", + layout %ld MiB", currentRssMiB());
    {
        qsizetype items = 0, texts = 0, lines = 0, chars = 0;
        QSet<const QTextLayout *> layouts;
        for (const auto &page : layout.pages)
            for (const auto &item : page.items) {
                ++items;
                if (item.text) {
                    ++texts;
                    lines += item.lineCount;
                    if (!layouts.contains(item.text.get())) {
                        layouts.insert(item.text.get());
                        chars += item.text->text().size();
                    }
                }
            }
        std::fprintf(stderr, " [items %lld, text items %lld, layouts %lld, lines %lld, chars %lld] ", (long long)items,
            (long long)texts, (long long)layouts.size(), (long long)lines, (long long)chars);
    }
    cpu = cpuMs();
    timer.restart();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(600);
    (void)bw::PagePainter::paint(layout, writer);
    const qint64 paintMs = timer.elapsed();
    const qint64 paintCpu = cpuMs() - cpu;
    std::fprintf(stderr, ", + painted %ld MiB (PDF %.1f MiB); processor time: layout %lld ms, paint %lld ms\n",
        currentRssMiB(), sink.size() / (1024.0 * 1024.0), layoutCpu, paintCpu);
    std::printf("ms=%lld rss=%ld pages=%d plan=%lld layout=%lld paint=%lld\n", ms, rss, pdfPages(base + u".pdf"_s),
        planMs, layoutMs, paintMs);
    return 0;
}

int pdfVsOffice(int argc, char **argv)
{
    QList<int> sizes;
    for (int i = 2; i < argc; ++i)
        sizes.append(std::max(1, atoi(argv[i])));
    if (sizes.isEmpty())
        sizes = { 200, 2000, 10000 };
    QTemporaryDir dir(QDir::temp().filePath(u"bench-export-XXXXXX"_s));
    dir.setAutoRemove(false);
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    // A profile of its own, started once before timing: LibreOffice's first start (creating the
    // profile) is not what a conversion costs.
    const QString profile = u"-env:UserInstallation=file://"_s + dir.filePath(u"lo-profile"_s);
    const auto convert = [&](const QString &odt) -> qint64 {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(soffice,
            { profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.filePath(u"lo"_s), odt });
        if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0)
            return -1;
        return timer.elapsed();
    };

    std::printf("files in %s\n", qPrintable(dir.path()));
    std::printf("%10s %8s %10s %6s %10s %8s %8s  %s\n", "activities", "pages", "blendwise", "RSS", "LibreOffice",
        "LO pages", "ratio", "targets");
    bool warmedUp = false;
    int status = 0;
    for (int activities : std::as_const(sizes)) {
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(), { u"--pdf-one"_s, QString::number(activities), dir.path() });
        child.waitForFinished(-1);
        const QString out = QString::fromLocal8Bit(child.readAllStandardOutput());
        const auto m
            = QRegularExpression(u"ms=(\\d+) rss=(\\d+) pages=(-?\\d+) plan=(\\d+) layout=(\\d+) paint=(\\d+)"_s)
                  .match(out);
        if (!m.hasMatch()) {
            std::printf("%10d FAILED: %s\n", activities, qPrintable(out.trimmed()));
            status = 1;
            continue;
        }
        const qint64 ms = m.captured(1).toLongLong();
        const long rss = m.captured(2).toLong();
        const int pages = m.captured(3).toInt();
        const QString odt = dir.filePath(u"plan-%1.odt"_s.arg(activities));
        qint64 lo = -1;
        int loPages = -1;
        if (!soffice.isEmpty()) {
            if (!warmedUp) {
                (void)convert(odt);
                warmedUp = true;
            }
            lo = convert(odt);
            loPages = pdfPages(dir.filePath(u"lo/plan-%1.pdf"_s.arg(activities)));
        }
        const double ratio = lo > 0 ? double(lo) / std::max<qint64>(1, ms) : 0;
        QStringList verdicts;
        if (activities <= 200)
            verdicts << (ms <= 1000 ? u"≤ 1 s: met"_s : u"≤ 1 s: MISSED"_s)
                     << (lo < 0              ? u"4×: no soffice"_s
                                : ratio >= 4 ? u"≥ 4×: met"_s
                                             : u"≥ 4×: MISSED"_s);
        if (activities >= 10000)
            verdicts << (ms <= 15000 ? u"≤ 15 s: met"_s : u"≤ 15 s: MISSED"_s);
        verdicts << (rss <= 400 ? u"≤ 400 MB: met"_s : u"≤ 400 MB: MISSED"_s);
        std::printf("%10d %8d %8.2f s %4ld MiB %9.2f s %8d %7.1f×  %s\n", activities, pages, ms / 1000.0, rss,
            lo / 1000.0, loPages, ratio, qPrintable(verdicts.join(u", "_s)));
        std::printf("%10s (plan %.2f s, layout %.2f s, painting %.2f s)\n", "", m.captured(4).toLongLong() / 1000.0,
            m.captured(5).toLongLong() / 1000.0, m.captured(6).toLongLong() / 1000.0);
    }
    if (soffice.isEmpty())
        std::printf("soffice not found: LibreOffice columns left empty\n");
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure shows as soon as it is known
    QGuiApplication app(argc, argv); // the PDF and office formats lay out text with fonts
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == u"--pdf-vs-office")
        return pdfVsOffice(argc, argv);
    if (mode == u"--pdf-one" && argc > 3)
        return onePdf(std::max(1, atoi(argv[2])), QString::fromLocal8Bit(argv[3]));
    return formatsRun(argc, argv);
}
