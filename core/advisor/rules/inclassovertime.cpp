// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

#include <cmath>

namespace bw::rules {

namespace {

class InClassOverTime final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::InClassOverTime)
public:
    InClassOverTime()
        : Rule(QStringLiteral("in-class-over-time"), Severity::Warning)
    {
    }
    QString title() const override { return tr("In-class time overrun"); }
    QString description() const override
    {
        return tr("When the activities planned for a moment take longer than the moment lasts, the last ones "
                  "are rushed or dropped.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const Project &project = context.project();
        if (project.moments.isEmpty())
            return;
        // With a single moment, in-class activities not yet tied to it are clearly meant for it.
        const Id soleMoment = project.moments.size() == 1 ? project.moments.first().id : 0;
        QList<double> minutes(project.moments.size(), 0.0);
        for (const auto &objective : project.objectives) {
            for (const auto &activity : objective.activities) {
                if (activity.phase != Phase::InClass)
                    continue;
                const int row = context.momentRow(activity.momentId ? activity.momentId : soleMoment);
                if (row >= 0)
                    minutes[row] += activity.duration.typical();
            }
        }
        for (int m = 0; m < project.moments.size(); ++m) {
            const Moment &moment = project.moments[m];
            const int planned = int(std::lround(minutes[m]));
            if (moment.minutes <= 0 || planned <= moment.minutes)
                continue;
            findings.append(finding(moment.id, AdvisorContext::momentPath(m),
                tr("The in-class activities of %1 take about %2 minutes, but it lasts %3 "
                   "minutes.")
                    .arg(AdvisorContext::quoted(moment.name))
                    .arg(planned)
                    .arg(moment.minutes)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeInClassOverTime()
{
    return std::make_unique<InClassOverTime>();
}

} // namespace bw::rules
