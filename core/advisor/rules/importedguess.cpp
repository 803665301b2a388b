// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

// A value an import guessed (Activity::guesses) until someone edits the field or keeps it. The
// lowest severity: the guess is usually right, but nobody has looked at it yet.
class ImportedGuess final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ImportedGuess)
public:
    ImportedGuess()
        : Rule(QStringLiteral("imported-guess"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("Imported value was guessed"); }
    QString description() const override
    {
        return tr("An import could not read some values and inferred them (a phase from “before the workshop”, a "
                  "direction from a learning type). Check each one: edit it, or keep it as it is.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                for (int g = 0; g < activity.guesses.size(); ++g) {
                    const GuessMark &mark = activity.guesses[g];
                    findings.append(finding(activity.id,
                        AdvisorContext::activityPath(o, a) + QStringLiteral(".guesses[") + QString::number(g)
                            + QLatin1Char(']'),
                        tr("%1 of %2 was guessed on import (%3) — check it")
                            .arg(fieldLabel(mark.field), AdvisorContext::activityName(activity), mark.reason),
                        tr("Keep it")));
                }
            }
        }
    }

    // "Keep it": the value stays, its mark goes, as one undo step.
    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Activity *activity = context.project().activity(finding.itemId);
        const qsizetype open = finding.itemPath.lastIndexOf(QStringLiteral(".guesses["));
        if (!activity || open < 0 || !finding.itemPath.endsWith(QLatin1Char(']')))
            return false;
        const qsizetype from = open + 9;
        bool ok = false;
        const int index = finding.itemPath.mid(from, finding.itemPath.size() - from - 1).toInt(&ok);
        if (!ok || index < 0 || index >= activity->guesses.size())
            return false;
        Activity kept = *activity;
        kept.guesses.removeAt(index);
        document.changeActivity(kept);
        return true;
    }

private:
    static QString fieldLabel(const QString &field)
    {
        if (field == u"phase")
            return tr("Phase");
        if (field == u"direction")
            return tr("Direction");
        if (field == u"duration")
            return tr("Duration");
        if (field == u"tool")
            return tr("Tool");
        if (field == u"title")
            return tr("Title");
        if (field == u"assessment")
            return tr("Assessment");
        if (field == u"grouping")
            return tr("Grouping");
        if (field == u"moment")
            return tr("Moment");
        return field;
    }
};

} // namespace

std::unique_ptr<Rule> makeImportedGuess()
{
    return std::make_unique<ImportedGuess>();
}

} // namespace bw::rules
