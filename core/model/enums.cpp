// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include "i18n/plantranslator.h"

#include <QCoreApplication>

namespace bw {

QString translateEnumLabel(const char *label)
{
    return planTr("bw::Enum", label);
}

template <>
QList<EnumEntry<Phase>> enumEntries<Phase>()
{
    return {{Phase::Unset, "", QT_TRANSLATE_NOOP("bw::Enum", "No phase")},
            {Phase::PreClass, "pre-class", QT_TRANSLATE_NOOP("bw::Enum", "Pre-class")},
            {Phase::InClass, "in-class", QT_TRANSLATE_NOOP("bw::Enum", "In-class")},
            {Phase::PostClass, "post-class", QT_TRANSLATE_NOOP("bw::Enum", "Post-class")}};
}

template <>
QList<EnumEntry<Direction>> enumEntries<Direction>()
{
    return {{Direction::Unset, "", QT_TRANSLATE_NOOP("bw::Enum", "No direction")},
            {Direction::OneToMany, "one-to-many", QT_TRANSLATE_NOOP("bw::Enum", "One-to-many")},
            {Direction::ManyToOne, "many-to-one", QT_TRANSLATE_NOOP("bw::Enum", "Many-to-one")},
            {Direction::ManyToMany, "many-to-many", QT_TRANSLATE_NOOP("bw::Enum", "Many-to-many")}};
}

template <>
QList<EnumEntry<Grouping>> enumEntries<Grouping>()
{
    return {{Grouping::Individual, "individual", QT_TRANSLATE_NOOP("bw::Enum", "Individual")},
            {Grouping::Pairs, "pairs", QT_TRANSLATE_NOOP("bw::Enum", "Pairs")},
            {Grouping::SubGroups, "sub-groups", QT_TRANSLATE_NOOP("bw::Enum", "Sub-groups")},
            {Grouping::WholeGroup, "whole-group", QT_TRANSLATE_NOOP("bw::Enum", "Whole group")}};
}

template <>
QList<EnumEntry<LedBy>> enumEntries<LedBy>()
{
    return {{LedBy::Trainer, "trainer", QT_TRANSLATE_NOOP("bw::Enum", "Trainer")},
            {LedBy::Expert, "expert", QT_TRANSLATE_NOOP("bw::Enum", "Expert mentor")},
            {LedBy::Champion, "champion", QT_TRANSLATE_NOOP("bw::Enum", "Champion")},
            {LedBy::Learners, "learners", QT_TRANSLATE_NOOP("bw::Enum", "Learners")},
            {LedBy::Role, "role", QT_TRANSLATE_NOOP("bw::Enum", "Community role")},
            {LedBy::Other, "other", QT_TRANSLATE_NOOP("bw::Enum", "Other role")}};
}

template <>
QList<EnumEntry<Assessment>> enumEntries<Assessment>()
{
    return {{Assessment::None, "none", QT_TRANSLATE_NOOP("bw::Enum", "None")},
            {Assessment::Formative, "formative", QT_TRANSLATE_NOOP("bw::Enum", "Formative")},
            {Assessment::Summative, "summative", QT_TRANSLATE_NOOP("bw::Enum", "Summative")}};
}

template <>
QList<EnumEntry<MomentMode>> enumEntries<MomentMode>()
{
    return {{MomentMode::FaceToFace, "face-to-face", QT_TRANSLATE_NOOP("bw::Enum", "Face-to-face")},
            {MomentMode::Virtual, "virtual", QT_TRANSLATE_NOOP("bw::Enum", "Virtual")}};
}

template <>
QList<EnumEntry<ToolType>> enumEntries<ToolType>()
{
    return {{ToolType::Community, "community", QT_TRANSLATE_NOOP("bw::Enum", "Community & discussion")},
            {ToolType::Content, "content", QT_TRANSLATE_NOOP("bw::Enum", "Find & share content")},
            {ToolType::CoCreate, "co-create", QT_TRANSLATE_NOOP("bw::Enum", "Co-create")},
            {ToolType::SpeedUp, "speed-up", QT_TRANSLATE_NOOP("bw::Enum", "Speed up the process")},
            {ToolType::Live, "live", QT_TRANSLATE_NOOP("bw::Enum", "Live meeting")},
            {ToolType::Survey, "survey", QT_TRANSLATE_NOOP("bw::Enum", "Survey & quiz")},
            {ToolType::ELearning, "e-learning", QT_TRANSLATE_NOOP("bw::Enum", "E-learning & LMS")},
            {ToolType::Video, "video", QT_TRANSLATE_NOOP("bw::Enum", "Video")}};
}

template <>
QList<EnumEntry<ToolStatus>> enumEntries<ToolStatus>()
{
    return {{ToolStatus::Active, "active", QT_TRANSLATE_NOOP("bw::Enum", "Active")},
            {ToolStatus::Retired, "retired", QT_TRANSLATE_NOOP("bw::Enum", "Retired")}};
}

template <>
QList<EnumEntry<RoleKind>> enumEntries<RoleKind>()
{
    return {{RoleKind::Champion, "champion", QT_TRANSLATE_NOOP("bw::Enum", "Champion")},
            {RoleKind::Curator, "curator", QT_TRANSLATE_NOOP("bw::Enum", "Curator")},
            {RoleKind::Contact, "contact", QT_TRANSLATE_NOOP("bw::Enum", "Contact point")},
            {RoleKind::Mentor, "mentor", QT_TRANSLATE_NOOP("bw::Enum", "Expert mentor")},
            {RoleKind::Buddy, "buddy", QT_TRANSLATE_NOOP("bw::Enum", "Buddy")},
            {RoleKind::Custom, "custom", QT_TRANSLATE_NOOP("bw::Enum", "Other kind")}};
}

template <>
QList<EnumEntry<RecurrenceUnit>> enumEntries<RecurrenceUnit>()
{
    return {{RecurrenceUnit::None, "", QT_TRANSLATE_NOOP("bw::Enum", "Does not repeat")},
            {RecurrenceUnit::Days, "days", QT_TRANSLATE_NOOP("bw::Enum", "Days")},
            {RecurrenceUnit::Weeks, "weeks", QT_TRANSLATE_NOOP("bw::Enum", "Weeks")}};
}

template <>
QList<EnumEntry<AgendaKind>> enumEntries<AgendaKind>()
{
    return {{AgendaKind::Activity, "activity", QT_TRANSLATE_NOOP("bw::Enum", "Activity")},
            {AgendaKind::Break, "break", QT_TRANSLATE_NOOP("bw::Enum", "Break")},
            {AgendaKind::Lunch, "lunch", QT_TRANSLATE_NOOP("bw::Enum", "Lunch")}};
}

} // namespace bw
