// SPDX-License-Identifier: GPL-3.0-or-later
// The review corpus: realistic plans (tests/advisor/corpus/NAME.json, the interchange format),
// each with the review a seasoned designer would give it (NAME.expected.json). The advisor must
// report exactly the expected findings — rule and subject — and none of those the designer says
// must not appear; every fix it offers must clear its finding in one undo step.
//
// NAME.expected.json: { "findings": [ { "rule", "subject", "mentions"? } ],
//                       "absent": [ { "rule", "subject"? } ], "nowhere": [ text ]? }
// A subject is the item's interchange path ("objectives[2]", "moments[0]", "" for the plan) or
// "tool:NAME" for a tool. What the importer of this version cannot read yet (activities without a
// tool "in the room", the breaks of a day's agenda) is added below, per plan.
#include "advisor/advisor.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "interchange/jsoninterchange.h"
#include "qtprint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

struct Break {
    const char *moment;
    AgendaKind kind;
    int minutes;
};

struct Setup {
    const char *plan;
    QList<const char *> noTool; // activity titles
    QList<Break> breaks;
};

// clang-format off
const QList<Setup> &setups()
{
    static const QList<Setup> all = {
        {"induction-sales",
         {"Five-minute pitch practice in pairs", "Customer visit simulation", "What makes market news worth sharing"},
         {{"Bootcamp day 2", AgendaKind::Break, 15}, {"Bootcamp day 2", AgendaKind::Lunch, 60},
          {"Bootcamp day 2", AgendaKind::Break, 15}}},
        {"software-rollout", {"Error clinic in pairs"}, {}},
        {"leadership-first-year",
         {"Feedback practice in triads", "Observed feedback conversation with an actor", "Debrief of the questionnaire in pairs"},
         {{"Module 1: feedback", AgendaKind::Break, 15}, {"Module 1: feedback", AgendaKind::Lunch, 60},
          {"Module 1: feedback", AgendaKind::Break, 15}}},
        {"french-onboarding",
         {"Entraînement au pitch en binômes", "Étude de cas : trois réclamations réelles"},
         {{"Journée en agence", AgendaKind::Lunch, 60}}},
        {"german-safety-day",
         {"Rundgang: Gefahrenstellen im Lager erkennen", "Gefährdungsbeurteilung in Kleingruppen", "Räumungsübung",
          "Rückblick mit der Schichtleitung: Was hat die Übung gezeigt?"},
         {{"Sicherheitstag", AgendaKind::Break, 15}, {"Sicherheitstag", AgendaKind::Lunch, 45},
          {"Sicherheitstag", AgendaKind::Break, 15}}},
        {"dutch-customer-calls", {"Oefengesprekken in drietallen", "Bezwarenestafette"},
         {{"Trainingsdag", AgendaKind::Lunch, 45}}},
    };
    return all;
}
// clang-format on

QString corpusDir()
{
    return QStringLiteral(BLENDWISE_SOURCE_DIR "/tests/advisor/corpus");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void applySetup(const QString &name, Project &p)
{
    for (const Setup &setup : setups()) {
        if (name != QLatin1String(setup.plan))
            continue;
        for (const char *title : setup.noTool) {
            CAPTURE(title);
            bool found = false;
            for (Objective &o : p.objectives)
                for (Activity &a : o.activities)
                    if (a.title == QString::fromUtf8(title)) {
                        REQUIRE(a.toolId == 0);
                        a.noTool = true;
                        found = true;
                    }
            REQUIRE(found);
        }
        Id next = p.maxId() + 1;
        for (const Break &b : setup.breaks) {
            CAPTURE(b.moment);
            auto moment = std::find_if(p.moments.begin(), p.moments.end(),
                [&](const Moment &m) { return m.name == QString::fromUtf8(b.moment); });
            REQUIRE(moment != p.moments.end());
            AgendaItem item;
            item.id = next++;
            item.kind = b.kind;
            item.minutes = b.minutes;
            moment->agenda.append(item);
        }
    }
}

QString subjectPath(const Project &p, const QString &subject)
{
    if (!subject.startsWith(u"tool:"_s))
        return subject;
    const QString name = subject.mid(5);
    for (int i = 0; i < p.tools.size(); ++i)
        if (p.tools[i].name == name)
            return u"tools[%1]"_s.arg(i);
    FAIL("no tool " << name.toStdString());
    return {};
}

using Key = std::pair<QString, QString>; // rule, item path

std::set<Key> keysOf(const QList<Finding> &findings)
{
    std::set<Key> keys;
    for (const Finding &f : findings)
        keys.insert({ f.ruleId, f.itemPath });
    return keys;
}

} // namespace

TEST_CASE("The review corpus: the advisor agrees with the designer on every plan")
{
    const QStringList plans = QDir(corpusDir())
                                  .entryList({ u"*.json"_s }, QDir::Files, QDir::Name)
                                  .filter(QRegularExpression(u"^[^.]+\\.json$"_s));
    REQUIRE(plans.size() >= 10);
    for (const QString &file : plans) {
        const QString name = file.chopped(5);
        CAPTURE(name);
        const JsonImportResult imported = projectFromJson(readFile(corpusDir() + u'/' + file));
        INFO(imported.error.toStdString());
        REQUIRE(imported.project.has_value());
        CHECK(imported.warnings.isEmpty()); // no key this importer does not read
        for (const QString &w : imported.warnings)
            UNSCOPED_INFO(w.toStdString());
        Project project = *imported.project;
        applySetup(name, project);
        // As in the studio, where new plans and templates carry the whole built-in catalogue.
        Id next = project.maxId() + 1;
        for (Tool tool : builtinCatalogue()) {
            if (project.toolByName(tool.name))
                continue;
            tool.id = next++;
            project.tools.append(tool);
        }

        const QJsonObject review
            = QJsonDocument::fromJson(readFile(corpusDir() + u'/' + name + u".expected.json"_s)).object();
        REQUIRE(review.contains("findings"_L1));
        const QList<Finding> findings = runAdvisor(project);
        QString report;
        for (const Finding &f : findings)
            report += u"\n  "_s + f.ruleId + u" @"_s + f.itemPath + u": "_s + f.message;
        INFO("findings:" << report.toStdString());

        std::set<Key> expected;
        for (const QJsonValue &value : review.value("findings"_L1).toArray()) {
            const QJsonObject e = value.toObject();
            const Key key { e.value("rule"_L1).toString(), subjectPath(project, e.value("subject"_L1).toString()) };
            CAPTURE(key.first, key.second);
            expected.insert(key);
            const auto f = std::find_if(findings.cbegin(), findings.cend(),
                [&](const Finding &f) { return f.ruleId == key.first && f.itemPath == key.second; });
            REQUIRE(f != findings.cend());
            CHECK(f->message.contains(e.value("mentions"_L1).toString()));
        }
        // Exactly the designer's review: nothing missing, nothing more.
        CHECK(keysOf(findings) == expected);

        for (const QJsonValue &value : review.value("absent"_L1).toArray()) {
            const QJsonObject a = value.toObject();
            const QString rule = a.value("rule"_L1).toString();
            const bool anywhere = !a.contains("subject"_L1);
            const QString path = anywhere ? QString() : subjectPath(project, a.value("subject"_L1).toString());
            CAPTURE(rule, path);
            CHECK(std::none_of(findings.cbegin(), findings.cend(),
                [&](const Finding &f) { return f.ruleId == rule && (anywhere || f.itemPath == path); }));
        }
        for (const QJsonValue &value : review.value("nowhere"_L1).toArray()) {
            const QString text = value.toString();
            CAPTURE(text);
            CHECK(std::none_of(
                findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.message.contains(text); }));
        }

        // Every fix the advisor offers works on the real plan, as one step.
        for (const Finding &f : findings) {
            if (f.fixLabel.isEmpty())
                continue;
            CAPTURE(f.ruleId, f.itemPath, f.fixLabel);
            Document doc(project);
            REQUIRE(applyFix(doc, f));
            CHECK(doc.undoStack()->count() == 1);
            CHECK(keysOf(runAdvisor(doc.project())).count({ f.ruleId, f.itemPath }) == 0);
        }
    }
}
