// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the studio under QAbstractItemModelTester in Fatal mode: any signal
// sequence that breaks the model contract (a row count that disagrees with the announced
// inserts, a move to an impossible row) aborts the test. The lanes' move logic is driven through
// the model itself (mimeData/dropMimeData, as a drag does) and through undo/redo.
#include "activitylanemodel.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "objectivelistmodel.h"
#include "qtprint.h"
#include "toolcataloguedialog.h"
#include "toolpicker.h"
#include "tooltablemodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

Activity card(const QString &title, Phase phase)
{
    Activity a;
    a.title = title;
    a.phase = phase;
    return a;
}

QStringList titles(const ActivityLaneModel &lane)
{
    QStringList out;
    for (int row = 0; row < lane.rowCount(); ++row)
        out.append(lane.index(row).data().toString());
    return out;
}

// Drags the card at `fromRow` of `from` onto `to` at `toRow`, as the board's views do.
bool drag(ActivityLaneModel &from, int fromRow, ActivityLaneModel &to, int toRow)
{
    std::unique_ptr<QMimeData> mime(from.mimeData({ from.index(fromRow) }));
    if (!mime || !to.canDropMimeData(mime.get(), Qt::MoveAction, toRow, 0, {}))
        return false;
    return to.dropMimeData(mime.get(), Qt::MoveAction, toRow, 0, {});
}

} // namespace

TEST_CASE("The lane models keep the model contract through drags, keyboard-style moves and undo", "[models]")
{
    Document doc;
    Objective first;
    first.statement = u"First"_s;
    Objective second;
    second.statement = u"Second"_s;
    const Id o1 = doc.addObjective(first);
    const Id o2 = doc.addObjective(second);
    for (int i = 0; i < 4; ++i) {
        doc.addActivity(o1, card(u"pre %1"_s.arg(i), Phase::PreClass));
        doc.addActivity(o1, card(u"in %1"_s.arg(i), Phase::InClass));
    }
    doc.addActivity(o1, card(u"post 0"_s, Phase::PostClass));

    ActivityLaneModel pre(&doc, Phase::PreClass), in(&doc, Phase::InClass), post(&doc, Phase::PostClass);
    ActivityLaneModel otherPre(&doc, Phase::PreClass);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (ActivityLaneModel *lane : { &pre, &in, &post })
        lane->setObjective(o1);
    otherPre.setObjective(o2);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> { &pre, &in, &post, &otherPre })
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Fatal));
    REQUIRE(titles(pre) == QStringList { u"pre 0"_s, u"pre 1"_s, u"pre 2"_s, u"pre 3"_s });

    SECTION("reorder within a lane, down and up, to the ends")
    {
        REQUIRE(drag(pre, 0, pre, 4)); // to the end: the view counts the card still in place
        CHECK(titles(pre) == QStringList { u"pre 1"_s, u"pre 2"_s, u"pre 3"_s, u"pre 0"_s });
        REQUIRE(drag(pre, 3, pre, 0));
        CHECK(titles(pre) == QStringList { u"pre 0"_s, u"pre 1"_s, u"pre 2"_s, u"pre 3"_s });
        REQUIRE(drag(pre, 1, pre, 3));
        CHECK(titles(pre) == QStringList { u"pre 0"_s, u"pre 2"_s, u"pre 1"_s, u"pre 3"_s });
        REQUIRE(drag(pre, 2, pre, 2)); // onto itself: no change, no broken signals
        CHECK(titles(pre) == QStringList { u"pre 0"_s, u"pre 2"_s, u"pre 1"_s, u"pre 3"_s });
    }
    SECTION("across phases and objectives, then every step undone and redone")
    {
        const int start = doc.undoStack()->index();
        REQUIRE(drag(pre, 1, in, 0));
        CHECK(titles(in).first() == u"pre 1"_s);
        CHECK(pre.rowCount() == 3);
        REQUIRE(drag(in, 2, post, 1));
        CHECK(titles(post) == QStringList { u"post 0"_s, u"in 1"_s });
        REQUIRE(drag(post, 0, otherPre, 0)); // another objective's lane
        CHECK(titles(otherPre) == QStringList { u"post 0"_s });
        CHECK(titles(post) == QStringList { u"in 1"_s });
        REQUIRE(drag(in, 0, in, 5)); // a card that changed lane, moved again within the new one

        const Project after = doc.project();
        while (doc.undoStack()->index() > start)
            doc.undoStack()->undo();
        CHECK(titles(pre) == QStringList { u"pre 0"_s, u"pre 1"_s, u"pre 2"_s, u"pre 3"_s });
        CHECK(otherPre.rowCount() == 0);
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        CHECK(doc.project() == after);
    }
    SECTION("edits outside the lanes: phase changes, removals, a whole objective, a reset")
    {
        Activity a = *doc.project().activity(pre.idAt(2));
        a.phase = Phase::InClass;
        doc.changeActivity(a);
        CHECK(pre.rowCount() == 3);
        CHECK(in.rowCount() == 5);
        doc.removeActivity(in.idAt(0));
        doc.removeObjective(o2);
        doc.undoStack()->undo();
        doc.removeObjective(o1);
        CHECK(pre.rowCount() == 0);
        doc.undoStack()->undo();
        pre.setObjective(o1);
        CHECK(pre.rowCount() == 3);
        doc.resetProject(*templateProject(u"it-risk"_s));
        pre.setObjective(doc.project().objectives.first().id);
        CHECK(pre.rowCount() >= 0);
    }
}

TEST_CASE("The objective list model keeps the model contract through moves, removals and undo", "[models]")
{
    Document doc(*templateProject(u"pm-initiative"_s));
    ObjectiveListModel model(&doc);
    QAbstractItemModelTester tester(&model, Fatal);
    const int n = model.rowCount();
    REQUIRE(n >= 3);
    std::unique_ptr<QMimeData> mime(model.mimeData({ model.index(n - 1, 0) }));
    REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    doc.moveObjective(doc.project().objectives.first().id, n - 1);
    doc.removeObjective(doc.project().objectives[1].id);
    Objective o;
    o.statement = u"New"_s;
    doc.addObjective(o, 0);
    CHECK(model.rowCount() == n);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(model.rowCount() == n);
    doc.resetProject(Project());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The tool models keep the model contract: table, catalogue filters, picker", "[models]")
{
    Document doc(*templateProject(u"it-risk"_s));
    ToolTableModel table(&doc);
    QAbstractItemModelTester tableTester(&table, Fatal);
    ToolCatalogueDialog dialog(&doc);
    QAbstractItemModelTester proxyTester(dialog.table()->model(), Fatal);
    ToolPicker picker(&doc);
    auto *pickerList = picker.findChild<QListView *>();
    REQUIRE(pickerList);
    QAbstractItemModelTester pickerTester(pickerList->model(), Fatal);
    picker.setActivity(doc.project().objectives.first().activities.first().id);

    const int tools = table.rowCount();
    Tool t;
    t.name = u"Zqxboard"_s;
    const Id added = doc.addTool(t);
    CHECK(table.rowCount() == tools + 1);
    dialog.searchEdit()->setText(u"Zqx"_s);
    CHECK(dialog.table()->model()->rowCount() == 1);
    t.id = added;
    t.name = u"Zqxboard 2"_s;
    doc.changeTool(t);
    dialog.searchEdit()->clear();
    doc.removeTool(doc.project().tools.first().id);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(table.rowCount() == tools);
    doc.resetProject(Project());
    CHECK(table.rowCount() == 0);
}
