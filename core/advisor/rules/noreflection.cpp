// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class NoReflection final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(bw::NoReflection)
public:
    NoReflection()
        : Rule(QStringLiteral("no-reflection"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("No reflection after class"); }
    QString description() const override
    {
        return tr("Looking back on what they will do differently turns a course into a change at work; the "
                  "method plans a reflection after class.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        bool anyActivity = false;
        const QStringList words = reflectionWords();
        for (const auto &objective : context.project().objectives) {
            for (const auto &activity : objective.activities) {
                anyActivity = true;
                if (activity.phase == Phase::PostClass && mentionsReflection(activity, words))
                    return;
            }
        }
        if (anyActivity)
            findings.append(finding(0, {},
                                    tr("No activity after class asks learners to reflect on what they learned and "
                                       "what they will do differently.")));
    }

private:
    static QStringList reflectionWords()
    {
        // Translators: comma-separated word stems that mark a reflection activity in your language.
        const QString list = tr("reflect, lessons learned, look back, debrief, learning journal, retrospective");
        QStringList words;
        for (const QString &word : list.split(u',', Qt::SkipEmptyParts))
            if (!word.trimmed().isEmpty())
                words.append(word.trimmed());
        return words;
    }

    static bool mentionsReflection(const Activity &activity, const QStringList &words)
    {
        for (const QString &word : words)
            if (activity.title.contains(word, Qt::CaseInsensitive)
                || activity.instructions.contains(word, Qt::CaseInsensitive))
                return true;
        return false;
    }
};

} // namespace

std::unique_ptr<Rule> makeNoReflection()
{
    return std::make_unique<NoReflection>();
}

} // namespace bw::rules
