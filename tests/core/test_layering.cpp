// SPDX-License-Identifier: GPL-3.0-or-later
// The core's targets keep their dependencies as core/CMakeLists.txt writes them down: this
// program links blendwise_import alone (importers, exporters, plan, advisor, document,
// interchange, model) — no storage — so it links at all only while none of them needs the SQL
// layer; and it checks that Qt's SQL library is not among what it loads.
#include "catalogue/catalogue.h"
#include "export/exportservice.h"
#include "import/importer.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

TEST_CASE("Importers and exporters work without the storage layer and load no SQL library", "[layering]")
{
    const std::optional<bw::Project> project = bw::templateProject(u"it-risk"_s);
    REQUIRE(project);
    QBuffer csv;
    REQUIRE(csv.open(QIODevice::WriteOnly));
    bw::ExportOptions options;
    options.format = u"csv"_s;
    REQUIRE(bw::exportToDevice(*project, options, csv).ok());
    const bw::ImportResult back = bw::findImporter(u"csv"_s)->read(csv.data(), u"plan.csv"_s, {});
    REQUIRE(back.project);
    CHECK(back.project->activityCount() == project->activityCount());

    const QString readelf = QStandardPaths::findExecutable(u"readelf"_s);
    if (readelf.isEmpty() && qEnvironmentVariable("CI") != u"true"_s) {
        WARN("readelf is missing: the dynamic section was not checked");
        return;
    }
    REQUIRE_FALSE(readelf.isEmpty());
    QProcess process;
    process.start(readelf, { u"-d"_s, QCoreApplication::applicationFilePath() });
    REQUIRE(process.waitForFinished(30000));
    const QString dynamic = QString::fromUtf8(process.readAllStandardOutput());
    REQUIRE(dynamic.contains(u"libQt6Core"_s)); // the section was read
    CHECK_FALSE(dynamic.contains(u"libQt6Sql"_s));
    CHECK_FALSE(dynamic.contains(u"libsqlite3"_s));
}
