// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolranking.h"

#include "i18n/plantranslator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bw {

namespace {

struct ToolRanking {
    BW_PLAN_TR_FUNCTIONS(bw::ToolRanking)
};

// The weights are ordered so that each criterion can only break ties of the ones above it:
// the sum of every lower weight stays below the weight above it.
constexpr int RetiredPenalty = -100000;
constexpr int UnfitPenalty = -20000;
constexpr int QueryPrefixWeight = 5000;
constexpr int QueryWordStartWeight = 2500;
constexpr int DirectionWeight = 1000;
constexpr int FirstTypeWeight = 300;
constexpr int OtherTypeWeight = 200;
constexpr int ClientProvidedWeight = 150;
constexpr int NoAccountWeight = 100;
constexpr int NotBlockedWeight = 100;
constexpr int AlreadyUsedWeight = 50;

enum class QueryMatch { None, Substring, WordStart, Prefix };

QueryMatch matchQuery(const QString &name, const QString &query)
{
    if (query.isEmpty())
        return QueryMatch::Prefix;
    const int at = name.indexOf(query, 0, Qt::CaseInsensitive);
    if (at < 0)
        return QueryMatch::None;
    if (at == 0)
        return QueryMatch::Prefix;
    // "eng" finds "Viva Engage": a later word that starts with the query is almost as good.
    for (int i = at; i >= 0; i = name.indexOf(query, i + 1, Qt::CaseInsensitive))
        if (!name.at(i - 1).isLetterOrNumber())
            return QueryMatch::WordStart;
    return QueryMatch::Substring;
}

bool isVirtualClass(const Project &project, const Activity &activity)
{
    if (activity.phase != Phase::InClass)
        return false;
    if (const Moment *m = project.moment(activity.momentId))
        return m->mode == MomentMode::Virtual;
    // Not tied to a moment: only call it virtual when every moment of the plan is.
    return !project.moments.isEmpty()
        && std::all_of(project.moments.cbegin(), project.moments.cend(),
            [](const Moment &m) { return m.mode == MomentMode::Virtual; });
}

// Whole words or word beginnings only: "lms" is not in "films", "demo" is in "demos".
const QRegularExpression &eLearningWords()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(e-?learning|lms|scorm|self-paced|online[- ]course|online[- ]module|)"
                       R"(learning (path|module)|course module|product training|web-based training|wbt|)"
                       R"(lernmodul|online-?kurs|online-?schulung|online-?training|lernpfad|lernplattform|)"
                       R"(produktschulung|formation en ligne|cours en ligne|module en ligne|parcours en ligne|)"
                       R"(plateforme de formation|module de formation|leermodule|online cursus|online training|)"
                       R"(leeromgeving|leerpad|leerplatform|producttraining|e-module))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &videoWords()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(videos?|vidéos?|demo|demos|démo|démos|démonstration vidéo|screencasts?|)"
                       R"(recordings?|recorded|tutorials?|clips?|watch|watching|aufzeichnung|erklärvideo|)"
                       R"(ansehen|anschauen|anzusehen|regarder|visionner|enregistrement|bekijken|bekijk|)"
                       R"(opname|kijken|kijk)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A wiki is reference reading written by anyone: right for looking a term up, never the place
// for a product's training or a demo.
bool isReferenceWiki(const Tool &tool)
{
    return tool.type == ToolType::Content && tool.name.contains(QLatin1String("wiki"), Qt::CaseInsensitive);
}

} // namespace

ActivityPurpose activityPurpose(const Activity &activity)
{
    const QString text = activity.title + u'\n' + activity.instructions + u'\n' + activity.deliverable;
    if (text.contains(eLearningWords()))
        return ActivityPurpose::ELearning;
    if (text.contains(videoWords()))
        return ActivityPurpose::Video;
    return ActivityPurpose::General;
}

QList<ToolType> expectedToolTypes(const Project &project, const Activity &activity)
{
    QList<ToolType> types;
    switch (activityPurpose(activity)) {
    case ActivityPurpose::ELearning:
        types.append({ ToolType::ELearning, ToolType::Video });
        break;
    case ActivityPurpose::Video:
        types.append({ ToolType::Video, ToolType::ELearning });
        break;
    case ActivityPurpose::General:
        break;
    }
    if (isVirtualClass(project, activity))
        types.append(ToolType::Live);
    switch (activity.direction) {
    case Direction::OneToMany:
        types.append({ ToolType::Content, ToolType::Community });
        break;
    case Direction::ManyToMany:
        types.append({ ToolType::Community, ToolType::CoCreate });
        break;
    case Direction::ManyToOne:
        types.append({ ToolType::Survey, ToolType::SpeedUp });
        break;
    case Direction::Unset:
        break;
    }
    return types;
}

QStringList toolWarnings(const Tool &tool)
{
    QStringList warnings;
    if (tool.status == ToolStatus::Retired) {
        warnings.append(tool.replacement.isEmpty() ? ToolRanking::tr("Retired")
                                                   : ToolRanking::tr("Retired — use %1").arg(tool.replacement));
    }
    if (tool.needsAccount)
        warnings.append(ToolRanking::tr("Needs a personal account"));
    if (tool.oftenBlocked)
        warnings.append(ToolRanking::tr("Often blocked on corporate networks"));
    return warnings;
}

QList<ToolSuggestion> rankTools(const Project &project, const Activity &activity, const QString &query)
{
    // The activity's own current tool does not count as "already used": it is being chosen.
    QSet<Id> used;
    for (const auto &objective : project.objectives)
        for (const auto &a : objective.activities)
            if (a.toolId && a.id != activity.id)
                used.insert(a.toolId);
    return rankTools(project, activity, query, used);
}

QList<ToolSuggestion> rankTools(
    const Project &project, const Activity &activity, const QString &query, const QSet<Id> &used)
{
    const QString needle = query.trimmed();
    const QList<ToolType> expected = expectedToolTypes(project, activity);
    const bool trainingOrVideo
        = !expected.isEmpty() && (expected.first() == ToolType::ELearning || expected.first() == ToolType::Video);

    QList<ToolSuggestion> out;
    out.reserve(project.tools.size());
    for (const Tool &tool : project.tools) {
        const QueryMatch match = matchQuery(tool.name, needle);
        if (match == QueryMatch::None)
            continue;

        ToolSuggestion s;
        s.toolId = tool.id;
        if (!needle.isEmpty()) {
            if (match == QueryMatch::Prefix)
                s.score += QueryPrefixWeight;
            else if (match == QueryMatch::WordStart)
                s.score += QueryWordStartWeight;
        }
        if (activity.direction != Direction::Unset) {
            const QString direction = enumLabel(activity.direction);
            if (tool.supports(activity.direction)) {
                s.score += DirectionWeight;
                s.reasons.append(ToolRanking::tr("Supports %1").arg(direction));
            } else {
                s.warnings.append(ToolRanking::tr("Does not support %1").arg(direction));
            }
        }
        if (const auto at = expected.indexOf(tool.type); at >= 0) {
            s.score += at == 0 ? FirstTypeWeight : OtherTypeWeight;
            s.reasons.append(ToolRanking::tr("Suits this activity: %1").arg(enumLabel(tool.type)));
        }
        if (tool.clientProvided) {
            s.score += ClientProvidedWeight;
            s.reasons.append(ToolRanking::tr("Provided by the client"));
        }
        if (!tool.needsAccount) {
            s.score += NoAccountWeight;
            s.reasons.append(ToolRanking::tr("No new account needed"));
        }
        if (!tool.oftenBlocked)
            s.score += NotBlockedWeight;
        if (used.contains(tool.id)) {
            s.score += AlreadyUsedWeight;
            s.reasons.append(ToolRanking::tr("Already used in this plan"));
        }
        if (tool.status == ToolStatus::Retired)
            s.score += RetiredPenalty;
        if (trainingOrVideo && isReferenceWiki(tool)) {
            s.score += UnfitPenalty;
            s.warnings.append(ToolRanking::tr("Reference reading, not made for training or demos"));
        }
        s.warnings.append(toolWarnings(tool));
        out.append(std::move(s));
    }

    // Ties keep the catalogue's order, which the designer may have arranged on purpose.
    std::stable_sort(
        out.begin(), out.end(), [](const ToolSuggestion &a, const ToolSuggestion &b) { return a.score > b.score; });
    return out;
}

} // namespace bw
