// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export… tells the designer which characters no font can draw, after writing the file.
#include "catalogue/catalogue.h"
#include "exportrunner.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

TEST_CASE("Export shows characters no font has, naming the activity", "[ui][export][scripts]")
{
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    project.objectives[0].activities[0].title = u"Kick-off 🫨"_s; // U+1FAE8: in no font on Debian 12
    QWidget window;
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.odt"_s);
    bw::ExportOptions options;
    options.format = u"odt"_s;
    const QPointer<bw::ui::ExportRunner> runner = bw::ui::ExportRunner::exportPlan(project, options, path, &window);
    for (int waited = 0; !(runner && runner->resultBox()) && waited < 60000; waited += 20)
        QTest::qWait(20);
    REQUIRE(runner);
    QMessageBox *box = runner->resultBox();
    REQUIRE(box);
    CHECK(QFileInfo::exists(path));
    CHECK(box->icon() == QMessageBox::Warning);
    CHECK(box->text().contains(u"plan.odt"_s));
    CHECK(box->detailedText() == u"Activity 1.1 “Kick-off 🫨”: no font has a glyph for U+1FAE8"_s);
    // Still offers the file it wrote.
    CHECK(box->findChild<QPushButton *>(u"openFile"_s));
    box->close();
}
