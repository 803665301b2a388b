// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bw {

// Every enumeration of the domain, with one stable key each (the JSON interchange and
// the database store the key, never the integer, so reordering an enum cannot corrupt files)
// and a translatable label for people.

enum class Phase { Unset, PreClass, InClass, PostClass };
enum class Direction { Unset, OneToMany, ManyToOne, ManyToMany };
enum class Grouping { Individual, Pairs, SubGroups, WholeGroup };
// Who runs an activity. Role: one of the project's community roles (Activity::ledByRoleId);
// Other: a free role named in Activity::ledByName ("sales director", "L&D contact").
enum class LedBy { Trainer, Expert, Champion, Learners, Role, Other };
enum class Assessment { None, Formative, Summative };
enum class MomentMode { FaceToFace, Virtual };
enum class ToolType { Community, Content, CoCreate, SpeedUp, Live, Survey, ELearning, Video };
enum class ToolStatus { Active, Retired };
// Custom: a kind the designer names (Role::customKind).
enum class RoleKind { Champion, Curator, Contact, Mentor, Buddy, Custom };
// How often a recurring activity repeats; None = it happens once.
enum class RecurrenceUnit { None, Days, Weeks };
// An entry of an in-class moment's running order.
enum class AgendaKind { Activity, Break, Lunch };

template <typename E>
struct EnumEntry {
    E value;
    const char *key;   // stable interchange / storage key
    const char *label; // source text for translation (context "bw::Enum")
};

template <typename E>
QList<EnumEntry<E>> enumEntries();

// Key of a value, e.g. "pre-class". Unset values have an empty key.
template <typename E>
QString enumKey(E value)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &e : enumEntries<E>())
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

// Translated label for people ("Pre-class", "One-to-many" …).
template <typename E>
QString enumLabel(E value);

// All values that a person may choose (excludes Unset).
template <typename E>
QList<E> enumValues()
{
    QList<E> out;
    for (const auto &e : enumEntries<E>())
        if (e.key[0] != '\0')
            out.append(e.value);
    return out;
}

// Comma-separated list of the valid keys, for error messages.
template <typename E>
QString enumKeyList()
{
    QStringList keys;
    for (const auto &e : enumEntries<E>())
        if (e.key[0] != '\0')
            keys.append(QString::fromLatin1(e.key));
    return keys.join(QLatin1String(", "));
}

QString translateEnumLabel(const char *label);

template <typename E>
QString enumLabel(E value)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return translateEnumLabel(e.label);
    return {};
}

} // namespace bw
