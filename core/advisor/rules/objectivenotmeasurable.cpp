// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "advisor/bloomverbs.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bw::rules {

namespace {

class ObjectiveNotMeasurable final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ObjectiveNotMeasurable)
public:
    ObjectiveNotMeasurable()
        : Rule(QStringLiteral("objective-not-measurable"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Objective is not measurable"); }
    QString description() const override
    {
        return tr("Nobody can observe learners “understand” or “be aware of” something. A verb that can be "
                  "observed (list, explain, calculate, compare, assess, design …) says how success will be "
                  "measured.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const Objective &objective = objectives[o];
            if (objective.statement.trimmed().isEmpty())
                continue; // objective-without-statement reports it
            const Analysis analysis = analyse(objective.statement, context.project().info.language);
            const QString name = AdvisorContext::quoted(objective.statement);
            const QString suggestions = QLocale().createSeparatedList(analysis.suggestions);
            if (analysis.vague) {
                const QString vague = objective.statement.mid(analysis.vague->position, analysis.vague->length);
                findings.append(finding(objective.id, AdvisorContext::objectivePath(o),
                    tr("The objective %1 is not measurable: nobody can observe learners "
                       "“%2”. Say what they will do instead, for example %3.")
                        .arg(name, vague, suggestions),
                    analysis.vague->baseForm ? tr("Replace “%1” with “%2”").arg(vague, analysis.suggestions.first())
                                             : QString()));
            } else if (!analysis.measurable) {
                findings.append(finding(objective.id, AdvisorContext::objectivePath(o),
                    tr("The objective %1 does not say what learners will be able to do. "
                       "Start from a verb that can be observed, for example %2.")
                        .arg(name, suggestions)));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Objective *objective = context.project().objective(finding.itemId);
        if (!objective)
            return false;
        const Analysis analysis = analyse(objective->statement, context.project().info.language);
        if (!analysis.vague || !analysis.vague->baseForm)
            return false;
        QString verb = analysis.suggestions.first();
        if (objective->statement.at(analysis.vague->position).isUpper())
            verb[0] = verb.at(0).toUpper();
        Objective changed = *objective;
        changed.statement.replace(analysis.vague->position, analysis.vague->length, verb);
        document.changeObjective(changed);
        return true;
    }

private:
    struct Analysis {
        std::optional<BloomVerbs::Match> vague;
        bool measurable = false;
        QStringList suggestions; // never empty
    };

    // Judged by the verbs of the plan's language; a statement in which they find no verb at all
    // may have been written in English (a German plan for an international team), so the
    // English verbs get their say too.
    static Analysis analyse(const QString &statement, const QString &language)
    {
        const BloomVerbs *lists = &BloomVerbs::forLanguage(language);
        QList<BloomVerbs::Match> matches = lists->find(statement);
        if (matches.isEmpty() && lists->language() != u"en"_s) {
            const BloomVerbs &english = BloomVerbs::forLanguage(u"en"_s);
            matches = english.find(statement);
            if (!matches.isEmpty())
                lists = &english;
        }
        const BloomVerbs &verbs = *lists;
        Analysis analysis;
        for (const auto &match : std::as_const(matches)) {
            if (match.vague && !analysis.vague)
                analysis.vague = match;
            else if (!match.vague)
                analysis.measurable = true;
        }
        if (analysis.vague) {
            analysis.suggestions = verbs.verbs(analysis.vague->level).mid(0, 3);
        } else {
            // No verb at all: offer one from each of the levels that show most.
            for (const BloomLevel level : { BloomLevel::Apply, BloomLevel::Analyse, BloomLevel::Create })
                analysis.suggestions.append(verbs.verbs(level).value(0));
        }
        analysis.suggestions.removeAll(QString());
        if (analysis.suggestions.isEmpty()) // a translation that left a list empty
            analysis.suggestions.append(tr("calculate"));
        return analysis;
    }
};

} // namespace

std::unique_ptr<Rule> makeObjectiveNotMeasurable()
{
    return std::make_unique<ObjectiveNotMeasurable>();
}

} // namespace bw::rules
