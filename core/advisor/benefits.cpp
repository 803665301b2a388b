// SPDX-License-Identifier: GPL-3.0-or-later
#include "benefits.h"

#include "advisorcontext.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "toolranking.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Benefits {
    BW_PLAN_TR_FUNCTIONS(bw::Benefits)
};

// The deliverable as part of a sentence ("A ranked list of risks." → "a ranked list of risks"),
// or empty when it is too long or has several sentences to read well inside one.
QString deliverablePhrase(const QString &deliverable)
{
    constexpr int Longest = 90;
    QString phrase = deliverable.simplified();
    while (phrase.endsWith(u'.') || phrase.endsWith(u';'))
        phrase.chop(1);
    if (phrase.isEmpty() || phrase.size() > Longest || phrase.contains(u". "_s) || phrase.contains(u'\n'))
        return {};
    // "A grid" → "a grid", but "CRM entries" and "KPI sheet" keep their capitals, and so do
    // German nouns ("Aktionsplan").
    const PlanLanguage *language = currentPlanLanguage();
    const bool german = language && language->code().startsWith(u"de"_s);
    const QString firstWord = phrase.section(u' ', 0, 0);
    if (!german && phrase.at(0).isUpper() && firstWord.mid(1).toLower() == firstWord.mid(1))
        phrase[0] = phrase.at(0).toLower();
    return phrase;
}

QString activitySentence(const Activity &activity, const Tool &tool)
{
    switch (activityPurpose(activity)) {
    case ActivityPurpose::ELearning:
        return Benefits::tr("You work through the module on %1 at your own pace, and it records that you "
                            "completed it.")
            .arg(tool.name);
    case ActivityPurpose::Video:
        return Benefits::tr("You watch it on %1 when it suits you, and pause and replay the steps you need.")
            .arg(tool.name);
    case ActivityPurpose::General:
        break;
    }
    const QString deliverable = deliverablePhrase(activity.deliverable);
    switch (activity.direction) {
    case Direction::OneToMany:
        return Benefits::tr("On %1 you go through it at your own pace and can come back to it whenever you "
                            "need it.")
            .arg(tool.name);
    case Direction::ManyToOne:
        if (!deliverable.isEmpty())
            return Benefits::tr("You hand in %1 on %2 and get feedback on it.").arg(deliverable, tool.name);
        return Benefits::tr("Your answers on %1 reach the trainer directly, and you get feedback on them.")
            .arg(tool.name);
    case Direction::ManyToMany:
        if (!deliverable.isEmpty())
            return Benefits::tr("You build %1 together with colleagues on %2 and see how the others tackle it.")
                .arg(deliverable, tool.name);
        return Benefits::tr("On %1 you learn from your colleagues' experience as well as from the trainer.")
            .arg(tool.name);
    case Direction::Unset:
        break;
    }
    return {};
}

} // namespace

QString defaultToolBenefit(const Tool &tool)
{
    if (!tool.benefit.trimmed().isEmpty())
        return tool.benefit.trimmed();
    const Tool *builtin = builtinTool(tool.name);
    return builtin ? builtin->benefit.trimmed() : QString();
}

QString proposedBenefit(const Activity &activity, const Tool &tool)
{
    const QString sentence = activitySentence(activity, tool);
    const QString usual = defaultToolBenefit(tool);
    if (sentence.isEmpty())
        return usual;
    if (usual.isEmpty())
        return sentence;
    return sentence + u' ' + usual;
}

bool applyProposedBenefit(Document &document, const AdvisorContext &context, Id activityId)
{
    const Activity *activity = context.project().activity(activityId);
    const Tool *tool = activity ? context.tool(activity->toolId) : nullptr;
    const QString benefit = tool ? proposedBenefit(*activity, *tool) : QString();
    if (benefit.isEmpty())
        return false;
    Activity changed = *activity;
    changed.benefit = benefit;
    document.changeActivity(changed);
    return true;
}

} // namespace bw
