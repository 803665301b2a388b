// SPDX-License-Identifier: GPL-3.0-or-later
// The paginator's typesetting rules, checked on the layout value itself (not by eye), and the
// PDF painted from it.
#include "test_office_support.h"

#include "inductionproject.h"

#include "catalogue/catalogue.h"
#include "export/pdfexporter.h"
#include "export/planpaginator.h"
#include "plan/planmodel.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using bw::PageItem;
using Role = bw::PageItem::Role;

namespace {

bool isFlow(const PageItem &item)
{
    return item.role != Role::Chrome && item.role != Role::Contents;
}

QString itemText(const PageItem &item)
{
    return item.text ? item.text->text() : QString();
}

// A project whose sequence rows are tall (long deliverables and instructions), so rows keep
// meeting page bottoms: most pages end with a cut in a table.
bw::Project tallRowsProject(int objectives = 3, int perObjective = 30)
{
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    const bw::Activity model = project.objectives.first().activities.first();
    while (project.objectives.size() < objectives) {
        bw::Objective o = project.objectives.first();
        o.id = 40000 + project.objectives.size();
        project.objectives.append(o);
    }
    int id = 50000;
    for (bw::Objective &objective : project.objectives) {
        objective.activities.clear();
        for (int i = 0; i < perObjective; ++i) {
            bw::Activity a = model;
            a.id = id++;
            a.title = u"Activity %1"_s.arg(i);
            a.instructions = QString(u"Work through the case and write down what you notice. "_s).repeated(1 + i % 4);
            a.deliverable = u"Rowstart%1 "_s.arg(a.id) + QString(u"a short note about the work "_s).repeated(3 + i % 7)
                + u"Rowend%1"_s.arg(a.id);
            objective.activities.append(a);
        }
    }
    return project;
}

struct RuleReport {
    int tablePagesContinued = 0; // pages on which a table goes on from the page before
};

// Every rule the paginator promises, checked on `layout`.
RuleReport checkRules(const bw::PageLayout &layout)
{
    RuleReport report;
    const qreal bodyHeight = layout.bodyRect().height();
    QHash<QPair<int, int>, QSet<int>> rowPages; // (block, row) → pages
    for (int p = 0; p < layout.pageCount(); ++p) {
        const auto &items = layout.pages.at(p).items;
        INFO("page " << p + 1);
        // No heading (or section title) last on a page, unless the page ends the document.
        const PageItem *last = nullptr;
        for (const PageItem &item : items)
            if (item.role != Role::Chrome && item.kind == PageItem::Kind::Text
                && (!last || item.rect.bottom() > last->rect.bottom()))
                last = &item;
        if (last && p + 1 < layout.pageCount()) {
            INFO("last item: " << itemText(*last).toStdString());
            CHECK(last->role != Role::Heading);
            CHECK(last->role != Role::SectionTitle);
        }
        QHash<int, qreal> headerBottom; // block → bottom of its header row on this page
        QHash<int, qreal> firstRowTop;
        for (const PageItem &item : items) {
            if (item.kind != PageItem::Kind::Text)
                continue;
            // No widows or orphans: a cut paragraph or list item leaves two lines or more.
            if ((item.role == Role::Paragraph || item.role == Role::ListItem) && (item.continued || item.continues)) {
                INFO(itemText(item).toStdString());
                CHECK(item.lineCount >= 2);
                CHECK(item.totalLines >= 4);
            }
            if (item.role == Role::TableHeader)
                headerBottom[item.block] = std::max(headerBottom.value(item.block), item.rect.bottom());
            if (item.role == Role::TableRow) {
                rowPages[{ item.block, item.row }].insert(p);
                firstRowTop[item.block] = firstRowTop.contains(item.block)
                    ? std::min(firstRowTop.value(item.block), item.rect.top())
                    : item.rect.top();
            }
        }
        // Every page a table's rows are on shows its header above them.
        for (auto it = firstRowTop.cbegin(); it != firstRowTop.cend(); ++it) {
            INFO("table block " << it.key());
            REQUIRE(headerBottom.contains(it.key()));
            CHECK(headerBottom.value(it.key()) <= it.value() + 0.01);
        }
        bool continuedHeader = false;
        for (const PageItem &item : items)
            continuedHeader = continuedHeader || (item.role == Role::TableHeader && item.continued);
        report.tablePagesContinued += continuedHeader ? 1 : 0;
        // Nothing runs into the bottom margin.
        for (const PageItem &item : items)
            if (isFlow(item) && item.kind == PageItem::Kind::Text)
                CHECK(item.rect.bottom() <= layout.bodyRect().bottom() + 0.5);
    }
    // A field list cut over pages keeps two fields or more on each side: no single field under
    // its heading at a page's foot, none alone at the next page's top.
    QHash<int, QHash<int, QSet<int>>> fieldRows; // block → page → rows
    for (int p = 0; p < layout.pageCount(); ++p)
        for (const PageItem &item : layout.pages.at(p).items)
            if (item.role == Role::Field)
                fieldRows[item.block][p].insert(item.row);
    for (auto block = fieldRows.cbegin(); block != fieldRows.cend(); ++block) {
        if (block.value().size() < 2)
            continue;
        for (auto page = block.value().cbegin(); page != block.value().cend(); ++page) {
            INFO("field list " << block.key() << " on page " << page.key() + 1);
            CHECK(page.value().size() >= 2);
        }
    }
    // No row split over two pages, unless it alone is taller than a page (then each piece is
    // marked, and only such rows are).
    for (auto it = rowPages.cbegin(); it != rowPages.cend(); ++it) {
        if (it.value().size() == 1)
            continue;
        INFO("row " << it.key().second << " of block " << it.key().first);
        qreal height = 0;
        bool marked = false;
        for (int p : it.value())
            for (const PageItem &item : layout.pages.at(p).items)
                if (item.role == Role::TableRow && item.block == it.key().first && item.row == it.key().second
                    && item.kind == PageItem::Kind::Frame) {
                    height += item.rect.height();
                    marked = marked || item.continued || item.continues;
                }
        CHECK(marked);
        CHECK(height > bodyHeight * 0.75);
    }
    // The contents' numbers are the pages where the headings landed.
    for (const bw::PlacedHeading &heading : layout.headings) {
        if (heading.level > 2 || heading.contentsPage == 0)
            continue;
        INFO(heading.text.toStdString());
        CHECK(heading.contentsNumber == QString::number(heading.page));
        REQUIRE(heading.page >= 1);
        REQUIRE(heading.page <= layout.pageCount());
        bool found = false;
        for (const PageItem &item : layout.pages.at(heading.page - 1).items)
            found = found
                || ((item.role == Role::Heading || item.role == Role::SectionTitle)
                    && itemText(item) == QString(heading.text).replace(u'\n', QChar::LineSeparator));
        CHECK(found);
        bool numbered = false;
        for (const PageItem &item : layout.pages.at(heading.contentsPage - 1).items)
            numbered = numbered || (item.role == Role::Contents && itemText(item) == heading.contentsNumber);
        CHECK(numbered);
    }
    return report;
}

// Pages of a PDF without poppler: QPdfWriter writes one "/Type /Page" object per page.
int pdfPageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

TEST_CASE("Paginator: tall rows force cuts on most pages, and every rule holds", "[pagelayout]")
{
    const bw::plan::Plan plan = bw::plan::buildPlan(tallRowsProject());
    const bw::PageLayout layout = bw::PlanPaginator::layOut(plan);
    REQUIRE_FALSE(layout.cancelled);
    REQUIRE(layout.pageCount() > 8);
    const RuleReport report = checkRules(layout);
    INFO("pages " << layout.pageCount() << ", with a continued table " << report.tablePagesContinued);
    CHECK(report.tablePagesContinued >= 5);

    // The PDF has the layout's pages, no more, no less.
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    const QByteArray pdf = officetest::render(bw::PdfExporter(), tallRowsProject(), options);
    CHECK(pdfPageObjects(pdf) == layout.pageCount());
}

TEST_CASE("Paginator: both templates follow the rules and match their PDF", "[pagelayout]")
{
    // And the induction programme: day agendas, occurrences, the attached documents.
    const QString name = GENERATE(u"it-risk"_s, u"pm-initiative"_s, u"induction"_s);
    const bw::Project project
        = name == u"induction" ? exporttest::inductionProject().project : *bw::templateProject(name);
    const bw::PageLayout layout = bw::PlanPaginator::layOut(bw::plan::buildPlan(project));
    checkRules(layout);
    const QByteArray pdf = officetest::render(bw::PdfExporter(), project);
    CHECK(pdfPageObjects(pdf) == layout.pageCount());

    // Table columns follow the content: no line of a cell ends inside a word, and short
    // phrases with digits (dates, durations) stay on one line.
    for (const bw::LaidOutPage &page : layout.pages)
        for (const PageItem &item : page.items) {
            if (item.kind != PageItem::Kind::Text || (item.role != Role::TableRow && item.role != Role::TableHeader))
                continue;
            const QString text = itemText(item);
            INFO(text.toStdString());
            for (int l = 0; l + 1 < item.text->lineCount(); ++l) {
                const QTextLine line = item.text->lineAt(l);
                const int end = line.textStart() + line.textLength();
                if (end <= 0 || end >= text.size())
                    continue;
                CHECK_FALSE((text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber()));
            }
            for (const QString &part : text.split(QChar::LineSeparator)) {
                const bool phrase = part.size() <= 24 && part.count(u' ') <= 3
                    && std::any_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
                if (!phrase || text.contains(QChar::LineSeparator))
                    continue;
                INFO(part.toStdString());
                CHECK(item.text->lineCount() == 1);
            }
        }
}

TEST_CASE("Paginator: a design review that fits follows on the page before", "[pagelayout]")
{
    // it-risk's review does not fit below its evaluation plan: the evaluation goes over with it.
    const int which = GENERATE(0, 1, 2);
    bw::Project project = which == 2 ? exporttest::inductionProject().project
                                     : *bw::templateProject(which == 0 ? u"it-risk"_s : u"pm-initiative"_s);
    const bw::PageLayout layout = bw::PlanPaginator::layOut(bw::plan::buildPlan(project));
    REQUIRE(layout.pageCount() > 1);
    // The last page never holds only a section's title and a line or two: it has real content
    // or the review shares it with what comes before.
    const auto &last = layout.pages.last().items;
    int titles = 0, others = 0;
    for (const PageItem &item : last) {
        if (!isFlow(item) || item.kind != PageItem::Kind::Text)
            continue;
        (item.role == Role::SectionTitle ? titles : others) += 1;
    }
    CHECK((titles == 0 || others >= 3));
}

TEST_CASE("Paginator: cancelling stops early and says so", "[pagelayout]")
{
    const bw::plan::Plan plan = bw::plan::buildPlan(tallRowsProject());
    std::atomic_bool cancel { false };
    int reports = 0;
    bw::ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int, int) {
        if (++reports == 2)
            cancel.store(true);
    };
    const bw::PageLayout layout = bw::PlanPaginator::layOut(plan, {}, control);
    CHECK(layout.cancelled);
    CHECK(layout.pages.isEmpty());
    CHECK(reports >= 2);
}

TEST_CASE("Paginator: long paragraphs and list items are cut with two lines or more on each side", "[pagelayout]")
{
    bw::Project project = *bw::templateProject(u"pm-initiative"_s);
    // A summary of many pages and rules of use that run over page bottoms: some of them are
    // bound to meet a page boundary somewhere.
    QString summary;
    for (int i = 0; i < 120; ++i)
        summary += u"Sentence %1 of a summary that goes on for a while, so that it fills pages. "_s.arg(i);
    project.info.summary = summary;
    project.info.rules.clear();
    for (int i = 0; i < 60; ++i)
        project.info.rules.append(
            u"Rule %1: "_s.arg(i) + QString(u"be kind, stay on topic and answer within a day. "_s).repeated(1 + i % 6));
    const int shift = GENERATE(0, 1, 2, 3, 4, 5);
    // Shifting the text by a few words moves every page boundary to another line.
    project.info.summary = QString(u"Word "_s).repeated(shift * 7) + project.info.summary;
    const bw::PageLayout layout = bw::PlanPaginator::layOut(bw::plan::buildPlan(project));
    checkRules(layout);
    int cutParagraphs = 0, cutItems = 0;
    for (const bw::LaidOutPage &page : layout.pages)
        for (const PageItem &item : page.items) {
            if (item.kind != PageItem::Kind::Text || !item.continues)
                continue;
            cutParagraphs += item.role == Role::Paragraph ? 1 : 0;
            cutItems += item.role == Role::ListItem ? 1 : 0;
        }
    CHECK(cutParagraphs >= 2); // the summary spans pages
    INFO("list items cut: " << cutItems);
    // Every piece of a cut text, checked by checkRules, has two lines or more.
}

TEST_CASE("Paginator: a field list cut over pages keeps two fields or more on each side", "[pagelayout]")
{
    // The tools appendix is field lists under headings; shifting the text before it by a few
    // words at a time moves page boundaries through every one of them.
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    for (bw::Tool &tool : project.tools) {
        tool.access = u"Ask IT for an account for every learner two weeks before the start. "_s.repeated(2);
        tool.setup = { u"Create the space"_s, u"Invite the learners"_s, u"Post the first task"_s };
    }
    const QString summary = project.info.summary;
    // (Without the rule, a shift leaves "Type" alone under a tool's heading at a page's foot.)
    for (int shift = 0; shift < 40; ++shift) {
        INFO("shift " << shift);
        project.info.summary = QString(u"Word "_s).repeated(shift * 9) + summary;
        checkRules(bw::PlanPaginator::layOut(bw::plan::buildPlan(project)));
    }
}
