// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class TooManyTools final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::TooManyTools)
public:
    TooManyTools()
        : Rule(QStringLiteral("too-many-tools"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Too many different tools"); }
    QString description() const override
    {
        return tr("Each extra tool is another login, another interface and another place to look. The limit is "
                  "set per project.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const int limit = context.project().info.maxTools;
        const int used = int(context.usedTools().size());
        if (limit <= 0 || used <= limit)
            return;
        findings.append(finding(0, {},
            tr("The plan uses %n different tools, more than the limit of %1 set for this "
               "project. Fewer tools mean fewer logins and less to learn.",
                nullptr, used)
                .arg(limit)));
    }
};

} // namespace

std::unique_ptr<Rule> makeTooManyTools()
{
    return std::make_unique<TooManyTools>();
}

} // namespace bw::rules
