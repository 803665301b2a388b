// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetext.h"

#include "i18n/plantranslator.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bw::diff {

namespace {

struct ChangeText {
    BW_PLAN_TR_FUNCTIONS(bw::ChangeText)
};

QString quoted(const QString &text)
{
    return ChangeText::tr("“%1”").arg(text);
}

// Long texts are named, not quoted: the sentence stays one line a client reads.
constexpr int QuoteLimit = 60;

QString shortLabel(const QString &label)
{
    QString s = label.simplified();
    if (s.size() <= QuoteLimit)
        return s;
    s.truncate(QuoteLimit);
    const int space = int(s.lastIndexOf(u' '));
    if (space > QuoteLimit / 2)
        s.truncate(space);
    return s + u'…';
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        { u"title"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "title") },
        { u"instructions"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "instructions") },
        { u"direction"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "direction") },
        { u"tool"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "tool") },
        { u"noTool"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "in the room without a tool") },
        { u"duration"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "duration") },
        { u"grouping"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "grouping") },
        { u"ledBy"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "led by") },
        { u"deliverable"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "deliverable") },
        { u"benefit"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "learner benefit") },
        { u"assessment"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "assessment") },
        { u"moment"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "in-class moment") },
        { u"offsetDays"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "days before or after the moment") },
        { u"recurrence"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "repetition") },
        { u"statement"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "statement") },
        { u"measure"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "success measure") },
        { u"instrument.name"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "assessment instrument") },
        { u"instrument.description"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "instrument description") },
        { u"instrument.file"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "attached file") },
        { u"notes"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "notes") },
        { u"name"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "name") },
        { u"type"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "type") },
        { u"directions"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "directions") },
        { u"synchronous"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "live") },
        { u"needsAccount"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "needs a new account") },
        { u"oftenBlocked"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "often blocked") },
        { u"clientProvided"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "provided by the client") },
        { u"cost"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "cost") },
        { u"url"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "link") },
        { u"status"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "status") },
        { u"replacement"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "replacement") },
        { u"description"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "description") },
        { u"access"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "access notes") },
        { u"setup"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "setup checklist") },
        { u"start"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "start") },
        { u"minutes"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "length") },
        { u"mode"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "mode") },
        { u"place"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "place") },
        { u"agenda"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "running order") },
        { u"kind"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "kind") },
        { u"customKind"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "kind") },
        { u"duties"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "duties") },
        { u"mission"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "mission") },
        { u"objective"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "objective") },
        { u"members"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "members") },
        { u"client"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "client") },
        { u"audience"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "audience") },
        { u"author"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "author") },
        { u"summary"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "summary") },
        { u"language"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "language") },
        { u"version"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "version") },
        { u"accent"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "brand colour") },
        { u"footer"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "footer") },
        { u"logo"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "logo") },
        { u"evaluation"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "evaluation plan") },
        { u"maxTools"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "most tools advised") },
        { u"mutedRules"_s, QT_TRANSLATE_NOOP("bw::ChangeText", "silenced advisor rules") },
    };
    const char *label = labels.value(field);
    return label ? ChangeText::tr(label) : field;
}

template <typename E> QString enumText(const QString &key)
{
    if (key.isEmpty())
        return enumLabel(E {}); // the unset value's label ("No phase")
    const auto value = enumFromKey<E>(key);
    return value ? enumLabel(*value) : key;
}

// A field's value for people: labels for keys, "30 min" for durations, "none" for nothing.
QString valueText(const QString &field, const QString &value)
{
    if (field == u"phase")
        return enumText<Phase>(value);
    if (field == u"direction")
        return enumText<Direction>(value);
    if (value.isEmpty())
        return ChangeText::tr("none");
    if (field == u"grouping")
        return enumText<Grouping>(value);
    if (field == u"assessment")
        return enumText<Assessment>(value);
    if (field == u"mode")
        return enumText<MomentMode>(value);
    if (field == u"type")
        return enumText<ToolType>(value);
    if (field == u"status")
        return enumText<ToolStatus>(value);
    if (field == u"kind")
        return enumText<RoleKind>(value);
    if (field == u"ledBy") {
        if (value.startsWith(u"role: ") || value.startsWith(u"other: "))
            return value.mid(value.indexOf(u' ') + 1);
        return enumText<LedBy>(value);
    }
    if (field == u"duration") {
        if (const auto d = Duration::fromString(value))
            return d->toDisplay();
    }
    if (field == u"minutes")
        return ChangeText::tr("%1 min").arg(value);
    if (field == u"start")
        return QDateTime::fromString(value, Qt::ISODate).toString(u"yyyy-MM-dd HH:mm"_s);
    if (value == u"yes")
        return ChangeText::tr("yes");
    if (value == u"no")
        return ChangeText::tr("no");
    return quoted(shortLabel(value));
}

QString fieldSentence(const FieldChange &f)
{
    // Free texts of some length: that they changed is the news, not their words.
    if (f.isText && (f.before.size() > QuoteLimit || f.after.size() > QuoteLimit))
        return ChangeText::tr("%1 rewritten").arg(fieldLabel(f.field));
    if (f.field == u"order")
        return ChangeText::tr("moved from position %1 to %2").arg(f.before, f.after);
    return ChangeText::tr("%1 changed from %2 to %3")
        .arg(fieldLabel(f.field), valueText(f.field, f.before), valueText(f.field, f.after));
}

QString moveSentence(const FieldChange &f)
{
    if (f.field == u"phase")
        return ChangeText::tr("moved from %1 to %2").arg(enumText<Phase>(f.before), enumText<Phase>(f.after));
    if (f.field == u"objective")
        return ChangeText::tr("moved from objective %1 to %2")
            .arg(quoted(shortLabel(f.before)), quoted(shortLabel(f.after)));
    return ChangeText::tr("moved from position %1 to %2").arg(f.before, f.after);
}

} // namespace

QString itemName(ItemKind item, Id id, const QString &label, const Project &project)
{
    switch (item) {
    case ItemKind::Info:
        return ChangeText::tr("Project details");
    case ItemKind::Rule:
        return ChangeText::tr("Rule of use %1").arg(quoted(shortLabel(label)));
    case ItemKind::Objective: {
        const int row = project.objectiveRow(id);
        return row >= 0 ? ChangeText::tr("Objective %1").arg(row + 1)
                        : ChangeText::tr("Objective %1").arg(quoted(shortLabel(label)));
    }
    case ItemKind::Activity: {
        const auto pos = project.activityPos(id);
        const QString title = label.trimmed().isEmpty() ? QString() : u' ' + quoted(shortLabel(label));
        return pos.isValid() ? ChangeText::tr("Activity %1.%2").arg(pos.objective + 1).arg(pos.row + 1) + title
                             : ChangeText::tr("Activity") + title;
    }
    case ItemKind::Tool:
        return ChangeText::tr("Tool %1").arg(quoted(shortLabel(label)));
    case ItemKind::Moment:
        return ChangeText::tr("In-class moment %1").arg(quoted(shortLabel(label)));
    case ItemKind::Role:
        return ChangeText::tr("Role %1").arg(quoted(shortLabel(label)));
    case ItemKind::SubGroup:
        return ChangeText::tr("Sub-group %1").arg(quoted(shortLabel(label)));
    }
    return label;
}

QList<ChangeLine> describeChanges(const ProjectDiff &diff, const Project &before, const Project &after)
{
    QList<ChangeLine> out;
    for (int i = 0; i < diff.changes.size(); ++i) {
        const Change &c = diff.changes[i];
        ChangeLine line { c.item, c.id, c.objectiveId, c.kind, {} };
        const QString name = itemName(c.item, c.id, c.label, c.kind == ChangeKind::Removed ? before : after);
        QStringList parts;
        switch (c.kind) {
        case ChangeKind::Added:
            line.text = ChangeText::tr("%1 added.").arg(name);
            break;
        case ChangeKind::Removed:
            line.text = ChangeText::tr("%1 removed.").arg(name);
            break;
        case ChangeKind::Moved:
        case ChangeKind::Changed: {
            // A move and a change of the same item (they come one after the other) make one sentence.
            int j = i;
            for (; j < diff.changes.size() && diff.changes[j].item == c.item && diff.changes[j].id == c.id
                 && (diff.changes[j].kind == ChangeKind::Moved || diff.changes[j].kind == ChangeKind::Changed)
                 && (c.item != ItemKind::Rule);
                 ++j) {
                for (const FieldChange &f : diff.changes[j].fields)
                    parts.append(diff.changes[j].kind == ChangeKind::Moved ? moveSentence(f) : fieldSentence(f));
            }
            i = std::max(i, j - 1);
            line.text = ChangeText::tr("%1 %2.").arg(name, parts.join(ChangeText::tr("; ")));
            break;
        }
        }
        out.append(std::move(line));
    }
    return out;
}

} // namespace bw::diff
