// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export…: "Include what changed since:" and tracked changes in Word.
#include "storage/documentversions.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "exportdialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>

using namespace Qt::StringLiterals;

TEST_CASE("Export dialog: changes since a version, as tracked changes in Word", "[ui][export][revisions]")
{
    QSettings().remove(u"export"_s);
    bw::Document document(*bw::templateProject(u"it-risk"_s));
    {
        bw::ui::ExportDialog none(&document);
        auto *since = none.findChild<QComboBox *>(u"changesSince"_s);
        REQUIRE(since);
        CHECK(since->count() == 1); // nothing to compare with yet
        CHECK_FALSE(since->isEnabled());
        CHECK_FALSE(none.options().changesBase);
    }
    QString error;
    const bw::Id first = bw::DocumentVersions::mark(document, u"1.0 — sent to client"_s, {}, QDateTime::currentDateTime(), &error);
    REQUIRE(first != 0);
    const QString title = document.project().info.title;
    const bw::Id second = bw::DocumentVersions::mark(document, u"1.1"_s, {}, QDateTime::currentDateTime(), &error);
    REQUIRE(second != 0);

    bw::ui::ExportDialog dialog(&document);
    auto *since = dialog.findChild<QComboBox *>(u"changesSince"_s);
    auto *tracked = dialog.findChild<QCheckBox *>(u"trackedChanges"_s);
    REQUIRE(since);
    REQUIRE(tracked);
    REQUIRE(since->count() == 3);
    CHECK(since->itemText(1) == u"1.1"_s); // newest first
    CHECK(since->itemText(2) == u"1.0 — sent to client"_s);
    CHECK(since->isEnabled());
    CHECK_FALSE(since->accessibleName().isEmpty());

    dialog.setFormat(u"pdf"_s);
    since->setCurrentIndex(2);
    CHECK_FALSE(tracked->isEnabled()); // Word only
    tracked->setChecked(true);
    bw::ExportOptions pdf = dialog.options(&error);
    CHECK(error.isEmpty());
    REQUIRE(pdf.changesBase);
    CHECK(pdf.changesBase->info.title == title);
    CHECK(pdf.changesLabel == u"1.0 — sent to client"_s);
    CHECK_FALSE(pdf.trackedChangesSince);

    dialog.setFormat(u"docx"_s);
    CHECK(tracked->isEnabled());
    const bw::ExportOptions docx = dialog.options();
    REQUIRE(docx.trackedChangesSince);
    CHECK(docx.trackedChangesSince->base);
    CHECK(docx.trackedChangesSince->label == u"1.0 — sent to client"_s);

    since->setCurrentIndex(0);
    CHECK_FALSE(tracked->isEnabled()); // no version chosen
    CHECK_FALSE(dialog.options().changesBase);
    CHECK_FALSE(dialog.options().trackedChangesSince);
}
