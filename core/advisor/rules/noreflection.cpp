// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bw::rules {

namespace {

class NoReflection final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::NoReflection)
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
        const QRegularExpression words = reflectionWords();
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
    // One case-insensitive pattern for all the words, so that each text is scanned once: large
    // plans have thousands of post-class activities with paragraphs of instructions.
    static QRegularExpression reflectionWords()
    {
        // The English stems always count too: a plan may be written in English whatever the
        // user's language.
        // Translators: comma-separated word stems that mark a reflection activity in your language.
        const char *const english
            = QT_TR_NOOP("reflect, lessons learned, look back, debrief, learning journal, retrospective");
        QString list = QString::fromUtf8(english);
        // The words of the other languages a plan can be written in count too, whichever
        // translation is loaded: a German plan's „Reflexion“ is a reflection in any studio.
        list += QString::fromUtf8(
            ", reflexion, reflektier, rückblick, lerntagebuch, retrospektive, nachbetrachtung, réflexion, "
            "réfléchi, retour d'expérience, retour d’expérience, journal de bord, rétrospective, débrief, "
            "terugblik, terugkijken, leerdagboek, lessen geleerd");
        const QString translated = tr(english);
        if (translated != list)
            list += u',' + translated;
        QStringList words;
        for (const QString &word : list.split(u',', Qt::SkipEmptyParts))
            if (!word.trimmed().isEmpty())
                words.append(QRegularExpression::escape(word.trimmed()));
        QRegularExpression pattern(words.join(u'|'), QRegularExpression::CaseInsensitiveOption);
        pattern.optimize();
        return pattern;
    }

    static bool mentionsReflection(const Activity &activity, const QRegularExpression &words)
    {
        return activity.title.contains(words) || activity.instructions.contains(words);
    }
};

} // namespace

std::unique_ptr<Rule> makeNoReflection()
{
    return std::make_unique<NoReflection>();
}

} // namespace bw::rules
