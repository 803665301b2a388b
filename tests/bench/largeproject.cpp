// SPDX-License-Identifier: GPL-3.0-or-later
#include "largeproject.h"

#include "catalogue/catalogue.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr int ActivitiesPerObjective = 40;

QByteArray smallLogo(QRandomGenerator &rng)
{
    QImage img(48, 48, QImage::Format_ARGB32);
    img.fill(QColor::fromRgb(rng.bounded(256), rng.bounded(256), rng.bounded(256)));
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return png;
}

const std::array Verbs{u"Explain"_s, u"Compare"_s, u"Rank"_s, u"Estimate"_s, u"Identify"_s,
                       u"Present"_s, u"Discuss"_s, u"Summarise"_s, u"Review"_s, u"Map"_s,
                       u"Draft"_s, u"Critique"_s, u"Prioritise"_s, u"Évaluer"_s, u"Überprüfen"_s};
const std::array Subjects{u"the project risks"_s, u"stakeholder expectations"_s,
                          u"the impact of a delay"_s, u"cultural differences across sites"_s,
                          u"the probability of each risk"_s, u"lessons from past projects"_s,
                          u"the communication plan"_s, u"budget assumptions"_s,
                          u"the mitigation options"_s, u"the café case study"_s,
                          u"リスク評価の手順"_s, u"خطة إدارة المخاطر"_s, u"the team's 🚀 launch checklist"_s};
const std::array Sentences{
    u"Work through the material before the session and note two questions you want answered."_s,
    u"Post your answer in the community space and reply to at least two colleagues."_s,
    u"In pairs, compare your lists and agree on the three items that matter most."_s,
    u"The trainer opens with a short example drawn from a real international project."_s,
    u"Use the template provided; keep each entry to one line so the group can scan it quickly."_s,
    u"Record a two-minute video explaining your reasoning and share the link."_s,
    u"Afterwards, revisit your first answer and write down what changed in your thinking."_s,
    u"Les participants échangent leurs résultats et justifient leurs choix."_s,
    u"参加者は結果を共有し、選択の理由を説明します。"_s,
    u"يتبادل المشاركون النتائج ويشرحون أسباب اختياراتهم."_s,
    u"Bring one risk you have lived through — the more concrete, the better 👍."_s};
const std::array Deliverables{u"A ranked risk register"_s, u"A one-page summary"_s,
                              u"A short video"_s, u"A shared mind map"_s, u""_s,
                              u"Forum post with two replies"_s, u"Slide deck (5 slides)"_s, u""_s};

template <typename Array>
const QString &pick(QRandomGenerator &rng, const Array &a)
{
    return a[rng.bounded(int(a.size()))];
}

QString paragraph(QRandomGenerator &rng, int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        out.append(pick(rng, Sentences));
    return out.join(u' ');
}

template <typename E>
E randomOf(QRandomGenerator &rng)
{
    const QList<E> values = enumValues<E>();
    return values[rng.bounded(int(values.size()))];
}

} // namespace

Project generateLargeProject(int activities, quint32 seed)
{
    QRandomGenerator rng(seed);
    Project p = newProject(); // the built-in tool catalogue, as a real project starts
    Id nextId = p.maxId() + 1;

    p.info.title = u"Managing risk in international projects — programme %1"_s.arg(activities);
    p.info.client = u"Nordlicht Engineering GmbH"_s;
    p.info.audience = u"Project managers and team leads in 12 countries (Zürich, São Paulo, 東京)"_s;
    p.info.author = u"Zoë Müller"_s;
    p.info.summary = paragraph(rng, 6);
    p.info.language = u"en"_s;
    p.info.version = u"2.3"_s;
    p.info.brand.accent = QColor::fromRgb(rng.bounded(256), rng.bounded(256), rng.bounded(256));
    p.info.brand.footer = u"© Nordlicht Engineering — internal use only"_s;
    p.info.brand.logo = smallLogo(rng);
    p.info.rules = {u"Be kind and assume good intent."_s, u"Share sources when you quote them."_s,
                    u"No client names in public spaces."_s, u"Répondez dans les 48 heures."_s};
    p.info.evaluation = paragraph(rng, 4);
    p.info.maxTools = 10;
    p.info.mutedRules = {u"too-many-tools"_s, u"no-assessment"_s};

    if (p.tools.isEmpty())
        qFatal("generateLargeProject: the built-in tool catalogue is empty");

    const int objectiveCount = std::max(1, (activities + ActivitiesPerObjective - 1) / ActivitiesPerObjective);
    const int momentCount = std::max(3, objectiveCount / 5);
    const QDateTime firstDay(QDate(2025, 3, 3), QTime(9, 0));
    for (int m = 0; m < momentCount; ++m) {
        Moment mo;
        mo.id = nextId++;
        mo.mode = rng.bounded(3) == 0 ? MomentMode::Virtual : MomentMode::FaceToFace;
        mo.name = u"Session %1: %2"_s.arg(m + 1).arg(pick(rng, Subjects));
        mo.start = firstDay.addDays(7 * m).addSecs(60 * 30 * rng.bounded(8));
        mo.minutes = 60 + 30 * rng.bounded(6);
        mo.place = mo.mode == MomentMode::Virtual ? u"https://meet.example.com/room-%1"_s.arg(m + 1)
                                                  : u"Room %1, Bahnhofstraße %2"_s.arg(100 + m).arg(m + 1);
        p.moments.append(mo);
    }

    int remaining = activities;
    for (int o = 0; o < objectiveCount; ++o) {
        Objective obj;
        obj.id = nextId++;
        obj.statement = u"%1 %2 (%3)"_s.arg(pick(rng, Verbs), pick(rng, Subjects)).arg(o + 1);
        obj.measure = rng.bounded(5) == 0 ? QString()
                                          : u"At least %1% of learners reach the target in the quiz"_s.arg(60 + rng.bounded(40));
        obj.notes = rng.bounded(3) == 0 ? paragraph(rng, 2) : QString();
        const Id momentId = p.moments[o * momentCount / objectiveCount].id;
        const int count = std::min(remaining, ActivitiesPerObjective);
        remaining -= count;
        obj.activities.reserve(count);
        for (int a = 0; a < count; ++a) {
            Activity act;
            act.id = nextId++;
            act.title = u"%1 %2"_s.arg(pick(rng, Verbs), pick(rng, Subjects));
            act.instructions = paragraph(rng, 2 + rng.bounded(5));
            // Leave a few activities incomplete, as real drafts are.
            act.phase = rng.bounded(50) == 0 ? Phase::Unset : randomOf<Phase>(rng);
            const Tool &tool = p.tools[rng.bounded(int(p.tools.size()))];
            act.toolId = rng.bounded(40) == 0 ? 0 : tool.id;
            act.direction = tool.directions.isEmpty() || rng.bounded(60) == 0
                ? Direction::Unset
                : tool.directions[rng.bounded(int(tool.directions.size()))];
            const int minutes = 5 * (1 + rng.bounded(18));
            act.duration = rng.bounded(3) == 0 ? Duration{minutes, minutes + 5 * (1 + rng.bounded(4))}
                                               : Duration::exact(minutes);
            act.grouping = randomOf<Grouping>(rng);
            act.ledBy = randomOf<LedBy>(rng);
            act.deliverable = pick(rng, Deliverables);
            act.benefit = rng.bounded(2) ? tool.benefit : QString();
            act.assessment = randomOf<Assessment>(rng);
            act.momentId = momentId;
            if (act.phase == Phase::PreClass)
                act.offsetDays = -1 - rng.bounded(10);
            else if (act.phase == Phase::PostClass)
                act.offsetDays = 1 + rng.bounded(14);
            obj.activities.append(act);
        }
        p.objectives.append(obj);
    }

    for (int s = 0; s < std::min(objectiveCount, 12); ++s) {
        SubGroup g;
        g.id = nextId++;
        g.name = u"Sub-group %1"_s.arg(QChar(u'A' + s));
        g.mission = paragraph(rng, 1);
        g.objectiveId = p.objectives[s].id;
        g.members = 4 + rng.bounded(5);
        p.subgroups.append(g);
    }
    const std::array roleNames{u"Ingrid Solberg"_s, u"Kenji Watanabe"_s, u"Fatima Al-Sayed"_s,
                               u"PMO contact desk"_s};
    for (int r = 0; r < int(roleNames.size()); ++r) {
        Role role;
        role.id = nextId++;
        role.kind = enumValues<RoleKind>()[r];
        role.name = roleNames[r];
        role.duties = paragraph(rng, 2);
        p.roles.append(role);
    }
    return p;
}

} // namespace bw
