// SPDX-License-Identifier: GPL-3.0-or-later
// The findings panel driven as a designer would: see the finding, fix it, undo, mute.
#include "document/document.h"
#include "findingspanel.h"
#include "qtprint.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

// One objective with one activity that delivers content in class, and nothing else wrong that
// the test cares about.
Project projectWithContentInClass()
{
    Project p;
    Tool sharepoint;
    sharepoint.id = 1;
    sharepoint.name = u"SharePoint"_s;
    sharepoint.type = ToolType::Content;
    sharepoint.directions = { Direction::OneToMany, Direction::ManyToMany };
    sharepoint.clientProvided = true;
    p.tools = { sharepoint };
    Objective o;
    o.id = 2;
    o.statement = u"Be able to rank the risks of a project"_s;
    Activity lecture;
    lecture.id = 3;
    lecture.title = u"Lecture on risk"_s;
    lecture.phase = Phase::InClass;
    lecture.direction = Direction::OneToMany;
    lecture.toolId = 1;
    lecture.benefit = u"Everything in one place."_s;
    o.activities = { lecture };
    p.objectives = { o };
    return p;
}

int rowOf(const ui::FindingsPanel &panel, const QString &ruleId)
{
    for (int i = 0; i < panel.findings().size(); ++i)
        if (panel.findings()[i].ruleId == ruleId)
            return i;
    return -1;
}

} // namespace

TEST_CASE("FindingsPanel: a problem shows, Fix clears it, undo brings it back, mute hides it")
{
    Document doc(projectWithContentInClass());
    ui::FindingsPanel panel(&doc);
    panel.resize(600, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));

    auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
    auto *fixButton = panel.findChild<QToolButton *>(u"fixButton"_s);
    auto *muteButton = panel.findChild<QToolButton *>(u"muteButton"_s);
    auto *summary = panel.findChild<QLabel *>(u"findingsSummary"_s);
    REQUIRE(list);
    REQUIRE(fixButton);
    REQUIRE(muteButton);
    REQUIRE(summary);

    const QString rule = u"content-delivery-in-class"_s;
    int row = rowOf(panel, rule);
    REQUIRE(row >= 0);
    CHECK(list->count() == panel.findings().size());
    CHECK(list->item(row)->text().contains(u"“Lecture on risk”"_s));
    // Content in class and no follow-up; no peer exchange and no reflection.
    CHECK(summary->text() == u"2 warnings · 2 suggestions"_s);

    // A finding without a fix leaves the Fix button disabled.
    list->setCurrentRow(rowOf(panel, u"no-many-to-many"_s));
    CHECK_FALSE(fixButton->isEnabled());
    list->setCurrentRow(row);
    REQUIRE(fixButton->isEnabled());
    CHECK(fixButton->defaultAction()->text() == u"Fix: Move before class"_s);

    QTest::mouseClick(fixButton, Qt::LeftButton);
    CHECK(doc.project().objectives[0].activities[0].phase == Phase::PreClass);
    CHECK(rowOf(panel, rule) < 0);
    CHECK(doc.undoStack()->count() == 1);

    // Undo goes through the document; the panel catches up after its debounce delay.
    doc.undoStack()->undo();
    CHECK(rowOf(panel, rule) < 0);
    QTRY_VERIFY(rowOf(panel, rule) >= 0);

    row = rowOf(panel, rule);
    list->setCurrentRow(row);
    QTest::mouseClick(muteButton, Qt::LeftButton);
    CHECK(rowOf(panel, rule) < 0);
    CHECK(doc.project().info.mutedRules == QStringList { rule });
    auto *mutedButton = panel.findChild<QToolButton *>(u"mutedRulesButton"_s);
    REQUIRE(mutedButton);
    CHECK(mutedButton->isEnabled());

    // Unmute from the "muted rules" menu.
    const QList<QAction *> muted = mutedButton->menu()->actions();
    REQUIRE(muted.size() == 1);
    muted.first()->trigger();
    CHECK(doc.project().info.mutedRules.isEmpty());
    CHECK(rowOf(panel, rule) >= 0);
    CHECK_FALSE(mutedButton->isEnabled());
}

TEST_CASE("FindingsPanel: Enter on a finding asks the window to select its item")
{
    Document doc(projectWithContentInClass());
    ui::FindingsPanel panel(&doc);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
    QSignalSpy activated(&panel, &ui::FindingsPanel::itemActivated);

    list->setFocus();
    list->setCurrentRow(rowOf(panel, u"content-delivery-in-class"_s));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().value<bw::Id>() == 3);
}

TEST_CASE("FindingsPanel: edits refresh the findings after a short delay, not on every keystroke")
{
    Document doc(projectWithContentInClass());
    ui::FindingsPanel panel(&doc);
    const int before = int(panel.findings().size());

    Objective o = doc.project().objectives[0];
    o.statement = u"Understand risk"_s;
    doc.changeObjective(o, true);
    CHECK(panel.findings().size() == before); // not yet: the designer may still be typing
    QTRY_VERIFY(rowOf(panel, u"objective-not-measurable"_s) >= 0);

    o.statement = u"Be able to rank the risks of a project"_s;
    doc.changeObjective(o, true);
    QTRY_VERIFY(rowOf(panel, u"objective-not-measurable"_s) < 0);
}

TEST_CASE("FindingsPanel: a read-only document offers neither Fix nor Mute, and refuses them anyway")
{
    Document doc(projectWithContentInClass());
    doc.setReadOnly(true);
    ui::FindingsPanel panel(&doc);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
    auto *fixButton = panel.findChild<QToolButton *>(u"fixButton"_s);
    auto *muteButton = panel.findChild<QToolButton *>(u"muteButton"_s);
    REQUIRE(list);
    REQUIRE(fixButton);
    REQUIRE(muteButton);
    const int row = rowOf(panel, u"content-delivery-in-class"_s);
    REQUIRE(row >= 0);
    list->setCurrentRow(row);
    CHECK_FALSE(fixButton->isEnabled());
    CHECK_FALSE(muteButton->isEnabled());

    // Even asked directly, the document changes nothing: the fix and the mute are refused.
    const Project before = doc.project();
    REQUIRE(panel.currentFinding());
    CHECK_FALSE(applyFix(doc, *panel.currentFinding()));
    CHECK_FALSE(muteRule(doc, u"content-delivery-in-class"_s));
    CHECK(doc.project() == before);
    CHECK(doc.undoStack()->count() == 0);

    // The panel follows the document's one signal.
    doc.setReadOnly(false);
    CHECK(fixButton->isEnabled());
    CHECK(muteButton->isEnabled());
    doc.setReadOnly(true);
    CHECK_FALSE(fixButton->isEnabled());
}
