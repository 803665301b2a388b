// SPDX-License-Identifier: GPL-3.0-or-later
// Team library figures against a throwaway PostgreSQL server (tests/library/pgserver.h): a
// library of 500 tools, 200 templates and 5,000 patterns; how long listing and searching the
// patterns takes (target < 100 ms); then N concurrent clients (threads, each its own connection)
// publishing and pulling for a while, counting errors and checking that no update was lost: all
// clients append to one shared tool with optimistic locking, retrying on Conflict, and at the
// end every append each client was told succeeded must be there, exactly once.
// Run by hand: bench_library [--seconds 60] [--clients 20].
#include "library/librarymigrations.h"
#include "library/teamlibrary.h"
#include "pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

const char *const Words[] = { "feedback", "pitch", "quiz", "forum", "video", "peer", "review", "poll", "wiki",
    "journal", "case", "role-play", "webinar", "badge", "survey", "mentor", "podcast", "sprint", "canvas", "demo" };

Project smallProject(int n)
{
    Project p;
    p.info.title = u"Template %1"_s.arg(n);
    Tool tool;
    tool.id = 1;
    tool.name = u"Forum"_s;
    p.tools = { tool };
    Objective o;
    o.id = 2;
    o.statement = u"Objective of template %1"_s.arg(n);
    for (int i = 0; i < 10; ++i) {
        Activity a;
        a.id = 10 + i;
        a.title = u"Activity %1.%2"_s.arg(n).arg(i);
        a.instructions = QString::fromLatin1(Words[(n + i) % 20]) + u" session"_s;
        a.toolId = 1;
        a.phase = Phase::PostClass;
        o.activities << a;
    }
    p.objectives = { o };
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template <typename F> double timeMs(int runs, F f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    int clients = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--seconds"_s)
            seconds = args[i + 1].toInt();
        if (args[i] == u"--clients"_s)
            clients = args[i + 1].toInt();
    }
    if (const QString reason = test::PgServer::unavailableReason(); !reason.isEmpty()) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(reason));
        return 1;
    }
    test::PgServer pg;
    QString error;
    if (!pg.start(&error) || !pg.createLibrary(u"bench"_s, &error)) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(error));
        return 1;
    }
    const LibrarySettings settings = pg.settings(u"alice"_s, u"bench"_s);
    LibraryConnection connection;
    if (LibraryError e = connection.open(settings)) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(e.message));
        return 1;
    }
    TeamLibrary library(connection);

    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < 500; ++i) {
        Tool tool;
        tool.name = u"Tool %1"_s.arg(i);
        tool.description = QString::fromLatin1(Words[i % 20]);
        if (library.publishTool({ {}, tool }).error)
            return 1;
    }
    for (int i = 0; i < 200; ++i)
        if (library.publishTemplate({ {}, u"Template %1"_s.arg(i), u"for the bench"_s, smallProject(i) }).error)
            return 1;
    for (int batch = 0; batch < 10; ++batch) {
        QList<ActivityPattern> patterns;
        for (int i = 0; i < 500; ++i) {
            const int n = batch * 500 + i;
            ActivityPattern p;
            p.title = u"Pattern %1 %2"_s.arg(n).arg(QString::fromLatin1(Words[n % 20]));
            p.instructions
                = u"Learners do a %1 with a %2, then share it in the %3."_s.arg(QString::fromLatin1(Words[n % 20]),
                    QString::fromLatin1(Words[(n / 20) % 20]), QString::fromLatin1(Words[(n / 400) % 20]));
            p.toolName = u"Tool %1"_s.arg(n % 500);
            p.phase = Phase(1 + n % 3);
            p.duration = Duration::exact(10 + n % 50);
            patterns << p;
        }
        LibraryError e;
        library.publishPatterns(patterns, &e);
        if (e) {
            std::fprintf(stderr, "bench_library: %s\n", qPrintable(e.message));
            return 1;
        }
    }
    const LibraryCounts counts = library.counts();
    std::printf("library: %d tools, %d templates, %d patterns (filled in %.1f s)\n", counts.tools, counts.templates,
        counts.patterns, fill.elapsed() / 1000.0);

    int listed = 0, found = 0, foundTwo = 0;
    const double listAll = timeMs(11, [&] { listed = int(library.patterns().size()); });
    const double listPage = timeMs(11, [&] { library.patterns({}, 100); });
    const double searchOne = timeMs(11, [&] { found = int(library.patterns(u"feedb"_s).size()); });
    const double searchTwo = timeMs(11, [&] { foundTwo = int(library.patterns(u"pitch forum"_s).size()); });
    const double tools = timeMs(11, [&] { library.tools(); });
    const double templ = timeMs(11, [&] { library.templateByName(u"Template 150"_s); });
    std::printf("list all patterns (%d):        %7.1f ms\n", listed, listAll);
    std::printf("list first 100 patterns:        %7.1f ms\n", listPage);
    std::printf("search \"feedb\" (%d hits):      %7.1f ms\n", found, searchOne);
    std::printf("search \"pitch forum\" (%d hits): %7.1f ms\n", foundTwo, searchTwo);
    std::printf("list 500 tools:                 %7.1f ms\n", tools);
    std::printf("pull one template:              %7.1f ms\n", templ);

    // The contended item: every client appends "c<i>-<n>" to its setup list.
    Tool shared;
    shared.name = u"Shared counter"_s;
    if (library.publishTool({ {}, shared }).error)
        return 1;

    std::atomic<bool> stop { false };
    std::atomic<int> errors { 0 }, conflicts { 0 }, pulls { 0 }, publishes { 0 };
    std::vector<std::vector<int>> succeeded(clients); // each client's appends that were published
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            LibraryConnection mine;
            if (mine.open(settings)) {
                ++errors;
                return;
            }
            TeamLibrary lib(mine);
            int n = 0;
            while (!stop) {
                LibraryError e;
                // Pull: a template and a pattern search, as a designer browsing would.
                if (!lib.templateByName(u"Template %1"_s.arg((c * 7 + n) % 200), &e) || e)
                    ++errors;
                else
                    ++pulls;
                lib.patterns(QString::fromLatin1(Words[(c + n) % 20]), 50, &e);
                if (e)
                    ++errors;
                // Publish: read-modify-write of the shared tool until it is not a conflict.
                for (;;) {
                    std::optional<LibraryTool> t = lib.toolByName(u"Shared counter"_s, &e);
                    if (e || !t) {
                        ++errors;
                        break;
                    }
                    t->tool.setup << u"c%1-%2"_s.arg(c).arg(n);
                    const PublishResult r = lib.publishTool(*t);
                    if (!r.error) {
                        ++publishes;
                        succeeded[c].push_back(n);
                        break;
                    }
                    if (r.error.status != LibraryStatus::Conflict) {
                        ++errors;
                        break;
                    }
                    ++conflicts;
                    if (stop)
                        break;
                }
                ++n;
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread &t : threads)
        t.join();

    const std::optional<LibraryTool> final = library.toolByName(u"Shared counter"_s);
    int lost = 0, duplicated = 0, totalSucceeded = 0;
    for (int c = 0; c < clients; ++c) {
        totalSucceeded += int(succeeded[c].size());
        for (int n : succeeded[c]) {
            const qsizetype times = final->tool.setup.count(u"c%1-%2"_s.arg(c).arg(n));
            lost += times == 0;
            duplicated += times > 1;
        }
    }
    const int entries = int(final->tool.setup.size());
    std::printf("%d clients for %d s: %d publishes, %d conflicts retried, %d pulls, %d errors\n", clients, seconds,
        publishes.load(), conflicts.load(), pulls.load(), errors.load());
    std::printf("shared item: %d entries, %d publishes succeeded, row_version %d, lost %d, duplicated %d\n", entries,
        totalSucceeded, final->meta.rowVersion, lost, duplicated);
    const bool ok = errors == 0 && entries == totalSucceeded && final->meta.rowVersion == totalSucceeded + 1
        && lost == 0 && duplicated == 0;
    std::printf("%s\n", ok ? "OK: no lost update" : "FAILED");
    return ok ? 0 : 1;
}
