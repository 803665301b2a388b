// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleproject.h"

using namespace Qt::StringLiterals;

namespace bw::test {

Project fullSampleProject()
{
    Project p;
    ProjectInfo &i = p.info;
    i.title = u"Risques 🌍 internationaux — ריסק 国際プロジェクト"_s;
    i.client = u"Nordlicht GmbH & Co. KG"_s;
    i.audience = u"مديرو المشاريع في ١٢ دولة"_s; // right-to-left, Arabic-Indic digits
    i.author = u"Zoë Ångström"_s;
    i.summary = QString(100 * 1024, u'ß') + u"\n…end 👩‍👩‍👧‍👦"_s; // 100 kB plus a ZWJ emoji sequence
    i.language = u"fr"_s;
    i.version = u"3.1-beta"_s;
    i.brand.accent = QColor(0x12, 0x34, 0x56, 0x78);
    i.brand.footer = u"© 2025 — «confidentiel»"_s;
    i.brand.logo = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(3000, '\0') + QByteArray("\xff\xfe", 2);
    i.rules = {u"Be kind."_s, u"שתפו מקורות"_s, u""_s, u"引用元を示す"_s};
    i.evaluation = u"Kirkpatrick level 1–3; ✓ survey after 30 days.\nLine two\ttabbed."_s;
    i.maxTools = 5;
    i.mutedRules = {u"too-many-tools"_s, u"objective-not-measurable"_s};

    p.moments = { { 11, u"Kick-off 🚀"_s, QDateTime(QDate(2025, 3, 3), QTime(9, 30)), 90, MomentMode::FaceToFace,
                      u"Raum 4.12, Zürich"_s, {} },
        { 12, u"オンライン"_s, QDateTime(QDate(2025, 12, 31), QTime(23, 45)), 45, MomentMode::Virtual,
            u"https://meet.example.com/x?a=1&b=2"_s, {} },
        { 13, u"Unscheduled"_s, QDateTime(), 0, MomentMode::Virtual, QString(), {} } };
    // A running order (version 3): an in-class activity, a break, lunch and an entry the plan
    // skips (activity 41 is not in this moment's class time).
    p.moments[0].agenda
        = { { 71, AgendaKind::Activity, 42, QString(), 0 }, { 72, AgendaKind::Break, 0, u"Kaffee ☕"_s, 15 },
              { 73, AgendaKind::Lunch, 0, QString(), 60 }, { 74, AgendaKind::Activity, 41, QString(), 0 } };
    p.moments[1].agenda = { { 75, AgendaKind::Break, 0, QString(), 0 } };

    Tool padlet;
    padlet.id = 21;
    padlet.name = u"Padlet"_s;
    padlet.type = ToolType::CoCreate;
    padlet.directions = {Direction::ManyToMany, Direction::OneToMany}; // order is kept
    padlet.synchronous = true;
    padlet.needsAccount = true;
    padlet.oftenBlocked = true;
    padlet.clientProvided = true;
    padlet.cost = u"freemium"_s;
    padlet.url = u"https://padlet.com/?q=ü"_s;
    padlet.status = ToolStatus::Retired;
    padlet.replacement = u"Miro"_s;
    padlet.description = u"Wall of sticky notes — with “quotes” and 'apostrophes'; DROP TABLE tools;--"_s;
    padlet.benefit = u"See everyone's ideas 👀"_s;
    padlet.access = u"Blocked by some proxies"_s;
    padlet.setup = {u"Create the wall"_s, u"Share the link"_s, u""_s, u"Moderate"_s};
    Tool mail;
    mail.id = 22;
    mail.name = u"E-mail"_s;
    mail.type = ToolType::Survey;
    mail.directions = {Direction::ManyToOne};
    Tool lms;
    lms.id = 23;
    lms.name = u"Our LMS"_s;
    lms.type = ToolType::ELearning;
    Tool video;
    video.id = 24;
    video.name = u"Stream"_s;
    video.type = ToolType::Video;
    p.tools = { padlet, mail, lms, video };

    Objective o1;
    o1.id = 31;
    o1.statement = u"Rank the risks of a project"_s;
    o1.measure = u"≥ 80 % agree with the expert ranking"_s;
    o1.notes = u"Notes with\nnewlines\r\nand CRLF"_s;
    o1.instrument.name = u"Pitch rubric ✓"_s;
    o1.instrument.description = u"Five criteria, 1–4 each;\nobserved in the role play"_s;
    o1.instrument.fileName = u"Grille d’évaluation (v2).pdf"_s;
    o1.instrument.fileData = QByteArray("%PDF-1.7\n\0\0\xff\xfe", 14) + QByteArray(70000, '\x01');
    Activity a;
    a.id = 41;
    a.title = u"Identify risks via your network"_s;
    a.instructions = u"Ask three colleagues; write each risk on one line.\n\n– Don't forget 🙂"_s;
    a.phase = Phase::PreClass;
    a.direction = Direction::ManyToMany;
    a.toolId = 21;
    a.duration = {10, 15};
    a.grouping = Grouping::SubGroups;
    a.ledBy = LedBy::Champion;
    a.deliverable = u"A list of 5 risks"_s;
    a.benefit = u"Learn from peers"_s;
    a.assessment = Assessment::Formative;
    a.momentId = 11;
    a.offsetDays = -7;
    a.ledByName = u"kept while the champion leads"_s;
    a.recurrence = { RecurrenceUnit::Weeks, 1, 8, QDate() };
    Activity b;
    b.id = 42;
    b.title = u"Probability × impact"_s;
    b.phase = Phase::InClass;
    b.direction = Direction::OneToMany;
    b.toolId = 22;
    b.duration = Duration::exact(45);
    b.grouping = Grouping::Pairs;
    b.ledBy = LedBy::Expert;
    b.assessment = Assessment::Summative;
    b.momentId = 12;
    b.offsetDays = 3;
    b.recurrence = { RecurrenceUnit::Days, 3, 0, QDate(2026, 2, 28) };
    Activity unset; // every field at its default, including the unset phase and direction
    unset.id = 43;
    o1.activities = {a, b, unset};
    Objective o2;
    o2.id = 32;
    o2.statement = u"空の目標"_s; // an objective without activities
    Objective o3;
    o3.id = 33;
    o3.statement = u"Third"_s;
    Activity c = a;
    c.id = 44;
    c.phase = Phase::PostClass;
    c.ledBy = LedBy::Learners;
    c.grouping = Grouping::Individual;
    c.toolId = 0;
    c.noTool = true;
    c.momentId = 0;
    c.recurrence = {};
    c.ledByName.clear();
    Activity d = c;
    d.id = 45;
    d.ledBy = LedBy::Role;
    d.ledByRoleId = 65;
    Activity e = c;
    e.id = 46;
    e.noTool = false;
    e.toolId = 23;
    e.ledBy = LedBy::Other;
    e.ledByName = u"L&D contact — Zoë"_s;
    e.recurrence = { RecurrenceUnit::Weeks, 2, 1000, QDate(2030, 1, 1) }; // the count decides
    o3.activities = { c, d, e };
    p.objectives = {o1, o2, o3};

    p.subgroups = {{51, u"Team Ø"_s, u"Present the ranking"_s, 32, 6}, {52, u"Floating"_s, QString(), 0, 0}};
    p.roles = {
        { .id = 61,
            .kind = RoleKind::Mentor,
            .customKind = {},
            .name = u"Dr. Ifeoma Okafor"_s,
            .duties = u"Answers questions live"_s },
        { .id = 62, .kind = RoleKind::Curator, .customKind = {}, .name = u"Lena"_s, .duties = QString() },
        { .id = 63,
            .kind = RoleKind::Contact,
            .customKind = {},
            .name = u"Help desk"_s,
            .duties = u"☎ +41 44 000 00 00"_s },
        { .id = 64,
            .kind = RoleKind::Champion,
            .customKind = {},
            .name = u"Raj"_s,
            .duties = u"Keeps the group going"_s },
        { .id = 65, .kind = RoleKind::Buddy, .customKind = {}, .name = u"Senior rep"_s, .duties = u"Rides along"_s },
        { .id = 66, .kind = RoleKind::Custom, .customKind = u"Sponsor 🏆"_s, .name = u"Sales director"_s, .duties = {} }
    };
    return p;
}

Project taggedProject(const QString &tag, int activities)
{
    Project p;
    p.info.title = u"Project "_s + tag;
    p.info.summary = QString(2000, tag.at(0));
    p.info.rules = {tag + u" rule"_s};
    Tool t;
    t.id = 1;
    t.name = tag + u" tool"_s;
    t.directions = {Direction::OneToMany};
    p.tools = {t};
    Id next = 10;
    for (int o = 0; o * 40 < activities; ++o) {
        Objective obj;
        obj.id = next++;
        obj.statement = u"%1 objective %2"_s.arg(tag).arg(o);
        for (int a = 0; a < 40 && o * 40 + a < activities; ++a) {
            Activity act;
            act.id = next++;
            act.title = u"%1 activity %2"_s.arg(tag).arg(o * 40 + a);
            act.instructions = QString(200, tag.at(0));
            act.phase = Phase::InClass;
            act.toolId = 1;
            obj.activities.append(act);
        }
        p.objectives.append(obj);
    }
    return p;
}

} // namespace bw::test
