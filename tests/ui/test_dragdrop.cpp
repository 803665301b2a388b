// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop carries ids, and an id means something only in its own project: a card from
// another studio window must never move whichever activity here has the same number.
#include "activitylanemodel.h"
#include "document/document.h"
#include "mime.h"
#include "objectivelistmodel.h"
#include "qtprint.h"

#include <QCoreApplication>
#include <QMimeData>

#include <catch2/catch.hpp>

#include <memory>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

// Two objectives (ids 1, 2); the first has three pre-class activities (ids 3, 4, 5).
Project boardProject(const QString &tag)
{
    Project p;
    Objective first, second;
    first.id = 1;
    first.statement = tag + u" first"_s;
    second.id = 2;
    second.statement = tag + u" second"_s;
    for (Id id = 3; id <= 5; ++id) {
        Activity a;
        a.id = id;
        a.title = tag + u" activity "_s + QString::number(id);
        a.phase = Phase::PreClass;
        first.activities.append(a);
    }
    p.objectives = { first, second };
    return p;
}

QList<Id> order(const Document &doc, int objectiveRow)
{
    QList<Id> ids;
    for (const Activity &a : doc.project().objectives[objectiveRow].activities)
        ids.append(a.id);
    return ids;
}

} // namespace

TEST_CASE("A card dragged within its own project moves", "[dragdrop]")
{
    Document doc(boardProject(u"Mine"_s));
    ActivityLaneModel lane(&doc, Phase::PreClass);
    lane.setObjective(1);
    REQUIRE(lane.rowCount() == 3);

    std::unique_ptr<QMimeData> payload(lane.mimeData({ lane.index(2) }));
    REQUIRE(payload);
    CHECK(Mime::decode(payload.get(), Mime::activity(), doc) == 5);
    REQUIRE(lane.canDropMimeData(payload.get(), Qt::MoveAction, 0, 0, {}));
    REQUIRE(lane.dropMimeData(payload.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(order(doc, 0) == QList<Id> { 5, 3, 4 });
    CHECK(doc.undoStack()->count() == 1);

    // The objective list takes the same document's card onto another objective.
    ObjectiveListModel objectives(&doc);
    std::unique_ptr<QMimeData> card(Mime::encode(Mime::activity(), 3, doc));
    const QModelIndex secondRow = objectives.index(1, 0);
    REQUIRE(objectives.canDropMimeData(card.get(), Qt::MoveAction, -1, -1, secondRow));
    REQUIRE(objectives.dropMimeData(card.get(), Qt::MoveAction, -1, -1, secondRow));
    CHECK(order(doc, 1) == QList<Id> { 3 });
}

TEST_CASE("A card or objective from another project is refused and changes nothing", "[dragdrop]")
{
    Document mine(boardProject(u"Mine"_s));
    Document theirs(boardProject(u"Theirs"_s)); // the same ids, unrelated activities
    const Project before = mine.project();
    ActivityLaneModel lane(&mine, Phase::PreClass);
    lane.setObjective(1);
    ActivityLaneModel theirLane(&theirs, Phase::PreClass);
    theirLane.setObjective(1);

    std::unique_ptr<QMimeData> foreign(theirLane.mimeData({ theirLane.index(2) }));
    REQUIRE(foreign);
    CHECK(Mime::decode(foreign.get(), Mime::activity(), theirs) == 5);
    CHECK(Mime::decode(foreign.get(), Mime::activity(), mine) == 0);
    CHECK_FALSE(lane.canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(lane.dropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));

    ObjectiveListModel objectives(&mine);
    const QModelIndex secondRow = objectives.index(1, 0);
    CHECK_FALSE(objectives.canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, secondRow));
    CHECK_FALSE(objectives.dropMimeData(foreign.get(), Qt::MoveAction, -1, -1, secondRow));
    std::unique_ptr<QMimeData> foreignObjective(Mime::encode(Mime::objective(), 2, theirs));
    CHECK_FALSE(objectives.canDropMimeData(foreignObjective.get(), Qt::MoveAction, 0, -1, {}));
    CHECK_FALSE(objectives.dropMimeData(foreignObjective.get(), Qt::MoveAction, 0, -1, {}));

    // This document's identity from another process (a second studio opened on a copy of the
    // memory, or a forged payload) and the old id-only payload are refused too.
    QMimeData otherProcess;
    otherProcess.setData(Mime::activity(),
        mine.identity().toByteArray(QUuid::WithoutBraces) + ' '
            + QByteArray::number(QCoreApplication::applicationPid() + 1) + " 5");
    CHECK_FALSE(lane.canDropMimeData(&otherProcess, Qt::MoveAction, 0, 0, {}));
    QMimeData bareId;
    bareId.setData(Mime::activity(), "5");
    CHECK_FALSE(lane.canDropMimeData(&bareId, Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(lane.dropMimeData(&bareId, Qt::MoveAction, 0, 0, {}));

    CHECK(mine.project() == before);
    CHECK(mine.undoStack()->count() == 0);
}
