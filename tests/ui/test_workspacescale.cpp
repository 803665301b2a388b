// SPDX-License-Identifier: GPL-3.0-or-later
// The studio on a 10,000-activity programme: opening and switching objectives must not stall.
// Hidden from the default run ([.]); run by hand: test_ui "[scale]" -s
#include <catch2/catch.hpp>

#include "workspacefixture.h"

#include "activityboard.h"
#include "boardoverview.h"
#include "document/document.h"
#include "largeproject.h"
#include "objectivespanel.h"

#include <QElapsedTimer>

using namespace bw;
using namespace bw::ui;

TEST_CASE("A 10,000-activity programme opens and switches objectives without stalls", "[.][scale]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    const Project large = generateLargeProject(10'000);

    QElapsedTimer timer;
    timer.start();
    REQUIRE(w.session()->newFrom(large));
    QCoreApplication::processEvents();
    w.repaint();
    const qint64 showMs = timer.elapsed();

    const auto &objectives = w.document()->project().objectives;
    timer.restart();
    qint64 worstSwitch = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer one;
        one.start();
        w.objectivesPanel()->setCurrentObjective(objectives[(i * 37) % objectives.size()].id);
        w.repaint();
        worstSwitch = std::max(worstSwitch, one.elapsed());
    }
    const qint64 switchMs = timer.elapsed() / 50;

    w.action(QStringLiteral("showOverview"))->trigger();
    timer.restart();
    w.repaint();
    const qint64 overviewMs = timer.elapsed();

    timer.restart();
    Activity a;
    a.title = QStringLiteral("One more");
    a.phase = Phase::InClass;
    w.document()->addActivity(objectives[100].id, a);
    w.repaint();
    const qint64 editMs = timer.elapsed();

    WARN("10,000 activities: load into window " << showMs << " ms, objective switch " << switchMs
                                                 << " ms average (worst " << worstSwitch << " ms), overview "
                                                 << overviewMs << " ms, one edit " << editMs << " ms");
    CHECK(showMs < 2000);
    CHECK(worstSwitch < 200);
    CHECK(overviewMs < 1000);
    CHECK(editMs < 200);
}
