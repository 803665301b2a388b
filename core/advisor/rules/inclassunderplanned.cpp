// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

#include <cmath>

namespace bw::rules {

namespace {

class InClassUnderplanned final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::InClassUnderplanned)
public:
    InClassUnderplanned()
        : Rule(QStringLiteral("in-class-underplanned"), Severity::Warning)
    {
    }
    QString title() const override { return tr("In-class time largely unplanned"); }
    QString description() const override
    {
        return tr("When less than half of a moment is planned, the rest is improvised on the day: the time "
                  "learners are together is the most expensive part of the course.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const Project &project = context.project();
        for (int m = 0; m < project.moments.size(); ++m) {
            const Moment &moment = project.moments[m];
            if (moment.minutes <= 0)
                continue;
            const qint64 planned = std::lround(context.inClassActivityMinutes(m)) + context.breakMinutes(m);
            // Less than half planned: a moment with a few minutes of slack is not worth a word.
            if (2 * planned >= qint64(moment.minutes))
                continue;
            findings.append(finding(moment.id, AdvisorContext::momentPath(m),
                tr("%1 has %2 of %3 minutes planned. Add the in-class activities and breaks that fill "
                   "it, or shorten it.")
                    .arg(AdvisorContext::momentName(moment, m))
                    .arg(planned)
                    .arg(moment.minutes)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeInClassUnderplanned()
{
    return std::make_unique<InClassUnderplanned>();
}

} // namespace bw::rules
