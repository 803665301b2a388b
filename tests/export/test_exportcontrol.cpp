// SPDX-License-Identifier: GPL-3.0-or-later
// Progress, cancel and the plan's own language: what lets the studio export on a worker thread.
#include "exporttestsupport.h"
#include "i18n/plantranslator.h"
#include "i18n/translations.h"
#include "largeproject.h"
#include "plan/planmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

QStringList sectionTitles(const plan::Plan &plan)
{
    QStringList titles;
    for (const plan::Section &s : plan.sections)
        titles.append(s.title);
    return titles;
}

// Counts LanguageChange events: each one retranslates every widget of the studio.
struct LanguageChanges : QObject {
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

} // namespace

TEST_CASE("A German plan has German headings, on any thread, without retranslating the application", "[export][i18n]")
{
    Project project = exporttest::templ(u"it-risk"_s);
    project.info.language = u"de"_s;
    LanguageChanges changes;
    QCoreApplication::instance()->installEventFilter(&changes);

    const plan::Plan german = plan::buildPlan(project);
    CHECK(sectionTitles(german).contains(u"Zusammenfassung"_s));
    CHECK(sectionTitles(german).contains(u"Lernsequenzen"_s));
    CHECK(sectionTitles(german).contains(u"Design-Review"_s));
    CHECK_FALSE(sectionTitles(german).contains(u"Summary"_s));
    // The exporters' own words too (contents, labels), not only the plan builder's.
    const QString md = QString::fromUtf8(exporttest::render(project, u"md"_s));
    CHECK(md.contains(u"## Zusammenfassung"_s));
    CHECK(md.contains(u"## Inhalt"_s));
    CHECK_FALSE(md.contains(u"## Contents"_s));

    // A worker thread gets the same German plan, while this thread still speaks English.
    plan::Plan fromWorker;
    std::unique_ptr<QThread> worker(QThread::create([&] { fromWorker = plan::buildPlan(project); }));
    worker->start();
    REQUIRE(worker->wait(60000));
    CHECK(sectionTitles(fromWorker) == sectionTitles(german));
    CHECK(QCoreApplication::translate("bw::plan::PlanText", "Summary") == u"Summary"_s);
    CHECK(changes.count == 0);

    // An English project stays English under a German interface.
    REQUIRE(installTranslations(QLocale(QLocale::German, QLocale::Germany)).startsWith(u"de"_s));
    project.info.language = u"en"_s;
    const plan::Plan english = plan::buildPlan(project);
    CHECK(sectionTitles(english).contains(u"Summary"_s));
    CHECK_FALSE(sectionTitles(english).contains(u"Zusammenfassung"_s));
    CHECK(QCoreApplication::translate("bw::plan::PlanText", "Summary") == u"Zusammenfassung"_s);
    removeTranslations();
    QCoreApplication::instance()->removeEventFilter(&changes);
}

TEST_CASE("Text formats report rows written, and a cancelled export leaves no file", "[export][cancel]")
{
    const Project project = generateLargeProject(400);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &format : { u"docx"_s, u"odt"_s, u"html"_s, u"md"_s, u"csv"_s, u"ics"_s }) {
        INFO(format.toStdString());
        ExportOptions options;
        options.format = format;

        // A whole export: progress from 0 to its total, never backwards.
        QList<std::pair<int, int>> reports;
        ExportControl control;
        control.progress = [&](int done, int total) { reports.append({ done, total }); };
        const QString path = dir.filePath(u"whole."_s + format);
        const ExportResult written = exportProject(project, options, path, control);
        INFO(written.error.toStdString());
        REQUIRE(written.ok());
        CHECK(QFile::exists(path));
        REQUIRE(reports.size() >= 3);
        CHECK(reports.first().first == 0);
        CHECK(reports.last().first == reports.last().second);
        // At least one row per activity; a calendar has one event per dated activity or moment.
        CHECK(reports.last().second >= (format == u"ics" ? 100 : 400));
        for (int i = 1; i < reports.size(); ++i)
            CHECK(reports[i].first >= reports[i - 1].first);

        // Cancelled after a few reports: a distinct result, no file, no temporary file left.
        std::atomic_bool cancel { false };
        int seen = 0;
        ExportControl cancelling;
        cancelling.cancel = &cancel;
        cancelling.progress = [&](int, int) {
            if (++seen == 3)
                cancel = true;
        };
        const QString cancelledPath = dir.filePath(u"cancelled."_s + format);
        const ExportResult cancelled = exportProject(project, options, cancelledPath, cancelling);
        CHECK(cancelled.cancelled());
        CHECK_FALSE(cancelled.ok());
        CHECK_FALSE(cancelled.failed());
        CHECK(seen < reports.size()); // it stopped early
        CHECK_FALSE(QFile::exists(cancelledPath));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 6); // the whole exports only
}

TEST_CASE("A cancelled export leaves an existing file as it was, in every format", "[export][cancel]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.out"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    for (const QString &format : exportFormats()) {
        INFO(format.toStdString());
        ExportOptions options;
        options.format = format;
        const std::atomic_bool cancel { true }; // cancelled before it began
        ExportControl control;
        control.cancel = &cancel;
        CHECK(exportProject(project, options, path, control).cancelled());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == "previous export");
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { u"plan.out"_s });
}

TEST_CASE("The plan translator: English without a translation, %n, nested scopes", "[i18n]")
{
    const PlanLanguage german(u"de_AT"_s);
    CHECK(german.code() == u"de"_s);
    CHECK(german.translated());
    CHECK(german.translate("bw::AdvisorContext", "an untitled activity") == u"eine unbenannte Aktivität"_s);
    const PlanLanguage spanish(u"es"_s); // no Spanish translation
    CHECK_FALSE(spanish.translated());
    CHECK(spanish.code() == u"en"_s);
    CHECK(spanish.translate("bw::AdvisorContext", "an untitled activity") == u"an untitled activity"_s);
    CHECK(PlanLanguage().translate("bw::Test", "%n rows, %Ln in all", nullptr, 1200) == u"1200 rows, 1,200 in all"_s);

    CHECK(currentPlanLanguage() == nullptr);
    CHECK(planTr("bw::AdvisorContext", "an untitled activity") == u"an untitled activity"_s);
    {
        const PlanLanguageScope outer(german);
        CHECK(planTr("bw::AdvisorContext", "an untitled activity") == u"eine unbenannte Aktivität"_s);
        {
            const PlanLanguageScope inner(PlanLanguage(u"en"_s));
            CHECK(planTr("bw::AdvisorContext", "an untitled activity") == u"an untitled activity"_s);
        }
        CHECK(planTr("bw::AdvisorContext", "an untitled activity") == u"eine unbenannte Aktivität"_s);
        // The application's translators are untouched.
        CHECK(QCoreApplication::translate("bw::AdvisorContext", "an untitled activity") == u"an untitled activity"_s);
    }
    CHECK(currentPlanLanguage() == nullptr);
}
