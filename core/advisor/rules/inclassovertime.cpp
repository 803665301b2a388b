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
        return tr("When the activities and breaks planned for a moment take longer than the moment lasts, the "
                  "last ones are rushed or dropped.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const Project &project = context.project();
        for (int m = 0; m < project.moments.size(); ++m) {
            const Moment &moment = project.moments[m];
            const int activities = int(std::lround(context.inClassActivityMinutes(m)));
            const int breaks = context.breakMinutes(m);
            const qint64 planned = qint64(activities) + breaks;
            if (moment.minutes <= 0 || planned <= moment.minutes)
                continue;
            const QString name = AdvisorContext::momentName(moment, m);
            // Breaks are part of the day: a designer who planned them sees that they count.
            const QString message = breaks > 0
                ? tr("The in-class activities of %1 take about %2 minutes and its breaks %3 minutes, but it "
                     "lasts %4 minutes.")
                      .arg(name)
                      .arg(activities)
                      .arg(breaks)
                      .arg(moment.minutes)
                : tr("The in-class activities of %1 take about %2 minutes, but it lasts %3 "
                     "minutes.")
                      .arg(name)
                      .arg(activities)
                      .arg(moment.minutes);
            findings.append(finding(moment.id, AdvisorContext::momentPath(m), message));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeInClassOverTime()
{
    return std::make_unique<InClassOverTime>();
}

} // namespace bw::rules
