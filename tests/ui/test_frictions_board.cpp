// SPDX-License-Identifier: GPL-3.0-or-later
// Titles on the board as a designer writes them: long. Cards and overview chips wrap a title onto
// two lines before they shorten it, at every font size; the board's header names the objective in
// full and shortens it (with a tooltip) only when it cannot fit.
#include "activityboard.h"
#include "activitycarddelegate.h"
#include "activitylanemodel.h"
#include "activitylaneview.h"
#include "boardoverview.h"
#include "document/document.h"
#include "elidedlabel.h"
#include "objectivelistmodel.h"
#include "overviewdelegate.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

const QString LongTitle = u"Post one piece of market news every week for eight weeks"_s;
const QString LongerTitle = u"Probability and impact: a facilitated discussion in small groups of four, "
                            u"then a report back to the whole class with the three biggest risks"_s;
const QString Statement = u"Be able to measure and rank the common risks of an international IT project by "
                          u"scoring each risk for probability and impact (1–5 each) and ordering the risks by "
                          u"their probability × impact score."_s;

Project boardProject()
{
    Project p;
    Objective o;
    o.id = 1;
    o.statement = Statement;
    Activity a;
    a.id = 2;
    a.title = LongTitle;
    a.phase = Phase::PostClass;
    a.direction = Direction::ManyToMany;
    Activity b;
    b.id = 3;
    b.title = LongerTitle;
    b.phase = Phase::InClass;
    b.direction = Direction::ManyToMany;
    Activity c;
    c.id = 4;
    c.title = u"Quiz"_s;
    c.phase = Phase::PostClass;
    o.activities = { a, b, c };
    p.objectives = { o };
    return p;
}

// The words of a text, whatever lines it was broken into.
QString words(const QStringList &lines)
{
    return lines.join(u' ').simplified();
}

} // namespace

TEST_CASE(
    "Text is wrapped at word boundaries onto at most the lines allowed, the last one shortened", "[ui][board][titles]")
{
    QFont font = QApplication::font();
    font.setPointSizeF(10);
    const QFontMetrics fm(font);
    const int width = fm.horizontalAdvance(u"Post one piece of market"_s) + 2;

    const QStringList two = wrappedLines(LongTitle, font, width, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[0] == u"Post one piece of market"_s);
    // The rest does not fit on the second line: it ends in "…", after whole words it kept.
    CHECK(two[1].endsWith(u'…'));
    CHECK(two[1].startsWith(u"news every"_s));
    CHECK(fm.horizontalAdvance(two[1]) <= width);

    // Room for all of it: nothing is cut, and every line break falls between two words.
    const QStringList all = wrappedLines(LongTitle, font, width, 4);
    CHECK(words(all) == LongTitle);
    for (const QString &line : all)
        CHECK(LongTitle.contains(line));

    CHECK(wrappedLines(u"Quiz"_s, font, width, 2) == QStringList { u"Quiz"_s });
    CHECK(wrappedLines(QString(), font, width, 2).isEmpty());
    // One line only is plain eliding.
    CHECK(wrappedLines(LongTitle, font, width, 1) == QStringList { fm.elidedText(LongTitle, Qt::ElideRight, width) });
}

TEST_CASE("Board cards have room for a two-line title at every font size", "[ui][board][titles]")
{
    Document doc(boardProject());
    ActivityBoard board(&doc);
    board.resize(900, 600);
    board.setObjective(1);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    ActivityLaneView *post = board.laneView(Phase::PostClass);
    ActivityLaneModel *model = board.laneModel(Phase::PostClass);
    REQUIRE(model->rowCount() == 2);

    for (const qreal points : { 7.0, 9.0, 10.0, 12.0, 14.0, 18.0 }) {
        INFO("font size " << points);
        QFont font = QApplication::font();
        font.setPointSizeF(points);
        post->setFont(font);
        QApplication::processEvents();

        QFont title = font;
        title.setWeight(QFont::DemiBold);
        QFont small = font;
        small.setPointSizeF(points * 0.9);
        const QFontMetrics tfm(title);
        const QFontMetrics sfm(small);
        // Two title lines and the tool line, inside the card's padding.
        const int needed = tfm.lineSpacing() + tfm.height() + sfm.height();
        const QRect item = post->visualRect(model->index(0));
        CHECK(item.height() == ActivityCardDelegate::cardHeight(font));
        CHECK(item.height() >= needed + 16);
        CHECK(post->visualRect(model->index(1)).height() == item.height()); // one height for every card

        // A title of fifty-odd characters is not cut after a dozen: at this lane width and the
        // usual sizes it shows whole, on two lines.
        const QStringList lines = ActivityCardDelegate::titleLines(LongTitle, font, item);
        REQUIRE(!lines.isEmpty());
        CHECK(lines.size() <= 2);
        if (points <= 10)
            CHECK(words(lines) == LongTitle);
        else
            CHECK(lines.first().size() > 12);
    }
    post->setFont(QApplication::font());
    QApplication::processEvents();

    // A title too long for two lines ends in "…" on the second; the first line is whole words.
    ActivityLaneView *in = board.laneView(Phase::InClass);
    const QRect item = in->visualRect(board.laneModel(Phase::InClass)->index(0));
    const QStringList lines = ActivityCardDelegate::titleLines(LongerTitle, in->font(), item);
    REQUIRE(lines.size() == 2);
    CHECK(LongerTitle.startsWith(lines[0] + u' '));
    CHECK(lines[1].endsWith(u'…'));
    // The card still tells the whole title on hover.
    CHECK(board.laneModel(Phase::InClass)->index(0).data(Qt::ToolTipRole).toString().contains(LongerTitle));
}

TEST_CASE("Overview chips wrap their titles onto two lines", "[ui][board][titles]")
{
    Document doc(boardProject());
    ObjectiveListModel model(&doc);
    BoardOverview overview(&model);
    overview.resize(1100, 500);
    overview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&overview));

    for (const qreal points : { 8.0, 10.0, 13.0 }) {
        INFO("font size " << points);
        QFont font = QApplication::font();
        font.setPointSizeF(points);
        overview.setFont(font);
        QApplication::processEvents();
        const QModelIndex cell = model.index(0, ObjectiveListModel::PostColumn);
        const QList<QRect> chips = OverviewDelegate::chipRects(overview.visualRect(cell), 2, overview.fontMetrics());
        REQUIRE(chips.size() == 2);
        const QFont chipFont = OverviewDelegate::chipFont(overview.font());
        const QFontMetrics cfm(chipFont);
        CHECK(chips[0].height() >= cfm.lineSpacing() + cfm.height());
        // The row is tall enough for its chips.
        CHECK(overview.visualRect(cell).bottom() >= chips.last().bottom());
        const QStringList lines = OverviewDelegate::chipLines(LongTitle, chipFont, chips[0]);
        REQUIRE(!lines.isEmpty());
        CHECK(lines.size() <= 2);
        CHECK(lines.first().size() > 12);
        if (lines.size() == 2 && !lines[1].endsWith(u'…'))
            CHECK(words(lines) == LongTitle);
    }

    // Clicking the second line of a chip still picks that chip.
    overview.setFont(QApplication::font());
    QApplication::processEvents();
    const QModelIndex cell = model.index(0, ObjectiveListModel::PostColumn);
    const QList<QRect> chips = OverviewDelegate::chipRects(overview.visualRect(cell), 2, overview.fontMetrics());
    CHECK(overview.activityAt(QPoint(chips[0].center().x(), chips[0].bottom() - 3)) == 2);
}

TEST_CASE("The board's header shows the objective in full, shortened only when it cannot fit", "[ui][board][titles]")
{
    Document doc(boardProject());
    ActivityBoard board(&doc);
    board.resize(1000, 600);
    board.setObjective(1);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    QApplication::processEvents();
    ElidedLabel *title = board.titleLabel();
    const QString full = u"Objective 1: "_s + Statement;
    CHECK(title->fullText() == full);
    // Word-wrapped over the board's width: every word shown, no "…", no tooltip needed. (Lines
    // may break after a dash too, so the comparison leaves the spaces out.)
    CHECK(QString(title->text()).remove(u'\n').remove(u' ') == QString(full).remove(u' '));
    CHECK_FALSE(title->text().contains(u'…'));
    CHECK_FALSE(title->isElided());
    CHECK(title->toolTip().isEmpty());
    CHECK(title->text().count(u'\n') >= 1);
    // The label is as tall as its lines.
    CHECK(title->height()
        >= title->text().count(u'\n') * title->fontMetrics().lineSpacing() + title->fontMetrics().height());

    // So narrow that three lines cannot hold it: shortened, and the tooltip has all of it.
    board.resize(360, 600);
    QApplication::processEvents();
    CHECK(title->isElided());
    CHECK(title->text().endsWith(u'…'));
    CHECK(title->text().count(u'\n') == 2);
    CHECK(title->toolTip() == full);
    CHECK(title->accessibleName() == full);

    // Wide again: whole again.
    board.resize(1200, 600);
    QApplication::processEvents();
    CHECK_FALSE(title->isElided());
    CHECK(title->toolTip().isEmpty());

    // Edits of the statement show at once.
    Objective o = doc.project().objectives[0];
    o.statement = u"Be able to rank risks"_s;
    doc.changeObjective(o);
    CHECK(title->text() == u"Objective 1: Be able to rank risks"_s);
}
