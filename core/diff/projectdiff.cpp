// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdiff.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::diff {

namespace {

QString flag(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString bytesText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    // Size and a short digest: two different files of the same size still differ here.
    return u"%1 bytes, sha1 %2"_s.arg(bytes.size())
        .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(12)));
}

// "30", "10-15", empty when not estimated; unlike Duration::toKey() also for values validate()
// refuses, so that every difference shows.
QString durationText(const Duration &d)
{
    if (d.min == 0 && d.max == 0)
        return {};
    return d.min == d.max ? QString::number(d.min) : u"%1-%2"_s.arg(d.min).arg(d.max);
}

QString fileText(const AssessmentInstrument &instrument)
{
    if (instrument.fileName.isEmpty() && instrument.fileData.isEmpty())
        return {};
    return instrument.fileName + u" ("_s + bytesText(instrument.fileData) + u')';
}

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(u"yyyy-MM-ddTHH:mm"_s) : QString();
}

// The ids common to both lists that changed their place in the order: those outside the
// largest set that kept its relative order (a longest increasing run of their positions in
// `after`, taken in `before` order), so that an insertion or a removal moves nothing else. Among
// runs of the same length, the one that keeps the items in `movedAnyway` (already reported as
// moved to another phase or objective) out wins, so a card dragged to the top of another lane
// is the one that moved, not its neighbour. O(n log n) with a Fenwick tree of best weights.
QSet<Id> reordered(const QList<Id> &before, const QList<Id> &after, const QSet<Id> &movedAnyway = {})
{
    QHash<Id, int> posAfter;
    posAfter.reserve(after.size());
    for (int i = 0; i < after.size(); ++i)
        posAfter.insert(after[i], i);
    QList<Id> common;
    QList<int> seq;
    for (Id id : before)
        if (auto it = posAfter.constFind(id); it != posAfter.cend()) {
            common.append(id);
            seq.append(*it);
        }
    const int n = int(seq.size());
    if (n == 0)
        return {};
    // Each kept item weighs n + 1, or n when it moved anyway: the heaviest run is a longest one,
    // and among those the one with the fewest items that moved anyway.
    const qint64 heavy = n + 1;
    const int size = int(after.size());
    QList<std::pair<qint64, int>> tree(size + 1, { 0, -1 }); // best (weight, index in seq) ending at ≤ position
    auto query = [&tree](int pos) { // best over positions [0, pos)
        std::pair<qint64, int> best { 0, -1 };
        for (int i = pos; i > 0; i -= i & -i)
            best = std::max(best, tree[i]);
        return best;
    };
    auto update = [&tree, size](int pos, std::pair<qint64, int> value) {
        for (int i = pos + 1; i <= size; i += i & -i)
            tree[i] = std::max(tree[i], value);
    };
    QList<int> prev(n, -1);
    std::pair<qint64, int> best { 0, -1 };
    for (int i = 0; i < n; ++i) {
        const auto below = query(seq[i]);
        const qint64 weight = below.first + (movedAnyway.contains(common[i]) ? heavy - 1 : heavy);
        prev[i] = below.second;
        update(seq[i], { weight, i });
        best = std::max(best, std::pair<qint64, int> { weight, i });
    }
    QSet<Id> inRun;
    for (int i = best.second; i >= 0; i = prev[i])
        inRun.insert(common[i]);
    QSet<Id> moved;
    for (Id id : std::as_const(common))
        if (!inRun.contains(id))
            moved.insert(id);
    return moved;
}

class Differ {
public:
    Differ(const Project &before, const Project &after)
        : m_before(before)
        , m_after(after)
    {
    }

    ProjectDiff run()
    {
        diffInfo();
        diffObjectives();
        diffTools();
        diffMoments();
        diffRoles();
        diffSubGroups();
        diffRules();
        return std::move(m_out);
    }

private:
    // ------------------------------------------------------------ values as stable texts
    static QString toolName(const Project &p, Id id)
    {
        const Tool *t = p.tool(id);
        return t ? t->name : QString();
    }
    static QString momentName(const Project &p, Id id)
    {
        const Moment *m = p.moment(id);
        return m ? m->name : QString();
    }
    static QString roleName(const Project &p, Id id)
    {
        for (const Role &r : p.roles)
            if (r.id == id)
                return r.name.isEmpty() ? enumKey(r.kind) : r.name;
        return {};
    }
    static QString objectiveLabel(const Project &p, Id id)
    {
        const Objective *o = p.objective(id);
        return o ? o->statement : QString();
    }
    static QString ledBy(const Project &p, const Activity &a)
    {
        switch (a.ledBy) {
        case LedBy::Role:
            return u"role: "_s + roleName(p, a.ledByRoleId);
        case LedBy::Other:
            return u"other: "_s + a.ledByName;
        default:
            return enumKey(a.ledBy);
        }
    }
    static QString recurrence(const Recurrence &r)
    {
        if (!r.isSet())
            return {};
        QString out = enumKey(r.unit) + u" every "_s + QString::number(r.interval);
        if (r.count > 0)
            out += u", "_s + QString::number(r.count) + u" times"_s;
        if (r.until.isValid())
            out += u", until "_s + r.until.toString(Qt::ISODate);
        return out;
    }
    static QString agenda(const Project &p, const Moment &m)
    {
        QStringList items;
        for (const AgendaItem &item : m.agenda) {
            if (item.kind == AgendaKind::Activity) {
                const Activity *a = p.activity(item.activityId);
                items.append(a ? a->title : u"#"_s + QString::number(item.activityId));
            } else {
                items.append(enumKey(item.kind) + u' ' + QString::number(item.minutes) + u" min"_s
                    + (item.title.isEmpty() ? QString() : u" “"_s + item.title + u"”"_s));
            }
        }
        return items.join(u"; "_s);
    }

    static QString agendaIds(const Moment &m)
    {
        QStringList items;
        for (const AgendaItem &item : m.agenda)
            items.append(u"#%1 %2 #%3 %4 %5"_s.arg(item.id)
                             .arg(enumKey(item.kind))
                             .arg(item.activityId)
                             .arg(item.minutes)
                             .arg(item.title));
        return items.join(u"; "_s);
    }

    // ------------------------------------------------------------ field comparison
    static void field(
        QList<FieldChange> &out, const QString &name, const QString &before, const QString &after, bool isText = false)
    {
        if (before != after)
            out.append({ name, before, after, isText });
    }
    // A reference by name; two items of the same name (two moments "Workshop") are told apart by
    // their ids, so that pointing at the other one still shows as a change.
    static void reference(
        QList<FieldChange> &out, const QString &name, QString before, Id beforeId, QString after, Id afterId)
    {
        if (beforeId != afterId && before == after) {
            before += u" (#"_s + QString::number(beforeId) + u')';
            after += u" (#"_s + QString::number(afterId) + u')';
        }
        field(out, name, before, after);
    }
    static void text(QList<FieldChange> &out, const QString &name, const QString &before, const QString &after)
    {
        field(out, name, before, after, true);
    }

    void add(
        ChangeKind kind, ItemKind item, Id id, const QString &label, QList<FieldChange> fields = {}, Id objectiveId = 0)
    {
        m_out.changes.append({ kind, item, id, objectiveId, label, std::move(fields) });
    }

    void diffInfo()
    {
        const ProjectInfo &a = m_before.info;
        const ProjectInfo &b = m_after.info;
        QList<FieldChange> f;
        text(f, u"title"_s, a.title, b.title);
        text(f, u"client"_s, a.client, b.client);
        text(f, u"audience"_s, a.audience, b.audience);
        text(f, u"author"_s, a.author, b.author);
        text(f, u"summary"_s, a.summary, b.summary);
        field(f, u"language"_s, a.language, b.language);
        field(f, u"version"_s, a.version, b.version);
        field(f, u"accent"_s, a.brand.accent.isValid() ? a.brand.accent.name() : QString(),
            b.brand.accent.isValid() ? b.brand.accent.name() : QString());
        text(f, u"footer"_s, a.brand.footer, b.brand.footer);
        field(f, u"logo"_s, bytesText(a.brand.logo), bytesText(b.brand.logo));
        text(f, u"evaluation"_s, a.evaluation, b.evaluation);
        field(f, u"maxTools"_s, QString::number(a.maxTools), QString::number(b.maxTools));
        field(f, u"mutedRules"_s, a.mutedRules.join(u", "_s), b.mutedRules.join(u", "_s));
        if (!f.isEmpty())
            add(ChangeKind::Changed, ItemKind::Info, 0, b.title, std::move(f));
    }

    static QList<FieldChange> objectiveFields(const Objective &a, const Objective &b)
    {
        QList<FieldChange> f;
        text(f, u"statement"_s, a.statement, b.statement);
        text(f, u"measure"_s, a.measure, b.measure);
        field(f, u"instrument.name"_s, a.instrument.name, b.instrument.name);
        text(f, u"instrument.description"_s, a.instrument.description, b.instrument.description);
        field(f, u"instrument.file"_s, fileText(a.instrument), fileText(b.instrument));
        text(f, u"notes"_s, a.notes, b.notes);
        return f;
    }

    QList<FieldChange> activityFields(const Activity &a, const Activity &b) const
    {
        QList<FieldChange> f;
        text(f, u"title"_s, a.title, b.title);
        text(f, u"instructions"_s, a.instructions, b.instructions);
        field(f, u"direction"_s, enumKey(a.direction), enumKey(b.direction));
        reference(f, u"tool"_s, toolName(m_before, a.toolId), a.toolId, toolName(m_after, b.toolId), b.toolId);
        field(f, u"noTool"_s, flag(a.noTool), flag(b.noTool));
        field(f, u"duration"_s, durationText(a.duration), durationText(b.duration));
        field(f, u"grouping"_s, enumKey(a.grouping), enumKey(b.grouping));
        reference(f, u"ledBy"_s, ledBy(m_before, a), a.ledByRoleId, ledBy(m_after, b), b.ledByRoleId);
        if (a.ledBy != LedBy::Other && b.ledBy != LedBy::Other)
            field(f, u"ledByName"_s, a.ledByName, b.ledByName); // kept for when "other" is chosen again
        text(f, u"deliverable"_s, a.deliverable, b.deliverable);
        text(f, u"benefit"_s, a.benefit, b.benefit);
        field(f, u"assessment"_s, enumKey(a.assessment), enumKey(b.assessment));
        reference(
            f, u"moment"_s, momentName(m_before, a.momentId), a.momentId, momentName(m_after, b.momentId), b.momentId);
        field(f, u"offsetDays"_s, QString::number(a.offsetDays), QString::number(b.offsetDays));
        field(f, u"recurrence"_s, recurrence(a.recurrence), recurrence(b.recurrence));
        return f;
    }

    void diffObjectives()
    {
        QHash<Id, const Objective *> before;
        QList<Id> beforeOrder;
        for (const Objective &o : m_before.objectives) {
            before.insert(o.id, &o);
            beforeOrder.append(o.id);
        }
        // Where each activity was: its objective and the activity itself.
        QHash<Id, std::pair<Id, const Activity *>> activityBefore;
        for (const Objective &o : m_before.objectives)
            for (const Activity &a : o.activities)
                activityBefore.insert(a.id, { o.id, &a });
        QSet<Id> activityAfter;
        QList<Id> afterOrder;
        for (const Objective &o : m_after.objectives) {
            afterOrder.append(o.id);
            for (const Activity &a : o.activities)
                activityAfter.insert(a.id);
        }
        const QSet<Id> objectivesMoved = reordered(beforeOrder, afterOrder);

        for (int row = 0; row < m_after.objectives.size(); ++row) {
            const Objective &o = m_after.objectives[row];
            const Objective *old = before.value(o.id);
            if (!old) {
                add(ChangeKind::Added, ItemKind::Objective, o.id, o.statement);
            } else {
                if (objectivesMoved.contains(o.id))
                    add(ChangeKind::Moved, ItemKind::Objective, o.id, o.statement,
                        { { u"order"_s, QString::number(int(beforeOrder.indexOf(o.id)) + 1),
                            QString::number(row + 1) } });
                if (auto f = objectiveFields(*old, o); !f.isEmpty())
                    add(ChangeKind::Changed, ItemKind::Objective, o.id, o.statement, std::move(f));
            }

            // The activities that were in this objective before and still are: their order.
            QList<Id> stayedBefore;
            if (old)
                for (const Activity &a : old->activities)
                    stayedBefore.append(a.id);
            QList<Id> nowHere;
            for (const Activity &a : o.activities)
                nowHere.append(a.id);
            QSet<Id> phaseMoved;
            if (old)
                for (const Activity &a : o.activities)
                    if (const auto it = activityBefore.constFind(a.id);
                        it != activityBefore.cend() && it->first == o.id && it->second->phase != a.phase)
                        phaseMoved.insert(a.id);
            const QSet<Id> orderMoved = old ? reordered(stayedBefore, nowHere, phaseMoved) : QSet<Id>();

            for (int i = 0; i < o.activities.size(); ++i) {
                const Activity &a = o.activities[i];
                const auto it = activityBefore.constFind(a.id);
                if (it == activityBefore.cend()) {
                    add(ChangeKind::Added, ItemKind::Activity, a.id, a.title, {}, o.id);
                    continue;
                }
                const auto [fromObjective, was] = *it;
                QList<FieldChange> move;
                if (fromObjective != o.id)
                    move.append({ u"objective"_s, objectiveLabel(m_before, fromObjective), o.statement });
                if (was->phase != a.phase)
                    move.append({ u"phase"_s, enumKey(was->phase), enumKey(a.phase) });
                if (orderMoved.contains(a.id)) {
                    const int from = int(stayedBefore.indexOf(a.id));
                    move.append({ u"order"_s, QString::number(from + 1), QString::number(i + 1) });
                }
                if (!move.isEmpty())
                    add(ChangeKind::Moved, ItemKind::Activity, a.id, a.title, std::move(move), o.id);
                if (auto f = activityFields(*was, a); !f.isEmpty())
                    add(ChangeKind::Changed, ItemKind::Activity, a.id, a.title, std::move(f), o.id);
            }
            // Removed activities are listed with the objective they were in (if it is still here).
            if (old)
                for (const Activity &a : old->activities)
                    if (!activityAfter.contains(a.id))
                        add(ChangeKind::Removed, ItemKind::Activity, a.id, a.title, {}, old->id);
        }
        QSet<Id> afterIds(afterOrder.cbegin(), afterOrder.cend());
        for (const Objective &o : m_before.objectives) {
            if (afterIds.contains(o.id))
                continue;
            add(ChangeKind::Removed, ItemKind::Objective, o.id, o.statement);
            for (const Activity &a : o.activities)
                if (!activityAfter.contains(a.id))
                    add(ChangeKind::Removed, ItemKind::Activity, a.id, a.title, {}, o.id);
        }
    }

    // One list of items with ids (tools, moments, roles, sub-groups): added, removed, moved
    // within the list, changed field by field.
    template <typename T, typename Label, typename Fields>
    void diffList(ItemKind kind, const QList<T> &before, const QList<T> &after, Label label, Fields fields)
    {
        QHash<Id, const T *> old;
        QList<Id> beforeOrder, afterOrder;
        for (const T &x : before) {
            old.insert(x.id, &x);
            beforeOrder.append(x.id);
        }
        for (const T &x : after)
            afterOrder.append(x.id);
        const QSet<Id> moved = reordered(beforeOrder, afterOrder);
        for (int row = 0; row < after.size(); ++row) {
            const T &x = after[row];
            const T *was = old.value(x.id);
            if (!was) {
                add(ChangeKind::Added, kind, x.id, label(x));
                continue;
            }
            if (moved.contains(x.id))
                add(ChangeKind::Moved, kind, x.id, label(x),
                    { { u"order"_s, QString::number(int(beforeOrder.indexOf(x.id)) + 1), QString::number(row + 1) } });
            if (auto f = fields(*was, x); !f.isEmpty())
                add(ChangeKind::Changed, kind, x.id, label(x), std::move(f));
        }
        QSet<Id> afterIds(afterOrder.cbegin(), afterOrder.cend());
        for (const T &x : before)
            if (!afterIds.contains(x.id))
                add(ChangeKind::Removed, kind, x.id, label(x));
    }

    void diffTools()
    {
        diffList(
            ItemKind::Tool, m_before.tools, m_after.tools, [](const Tool &t) { return t.name; },
            [](const Tool &a, const Tool &b) {
                QList<FieldChange> f;
                auto directions = [](const Tool &t) {
                    QStringList keys;
                    for (Direction d : t.directions)
                        keys.append(enumKey(d));
                    return keys.join(u", "_s);
                };
                field(f, u"name"_s, a.name, b.name);
                field(f, u"type"_s, enumKey(a.type), enumKey(b.type));
                field(f, u"directions"_s, directions(a), directions(b));
                field(f, u"synchronous"_s, flag(a.synchronous), flag(b.synchronous));
                field(f, u"needsAccount"_s, flag(a.needsAccount), flag(b.needsAccount));
                field(f, u"oftenBlocked"_s, flag(a.oftenBlocked), flag(b.oftenBlocked));
                field(f, u"clientProvided"_s, flag(a.clientProvided), flag(b.clientProvided));
                field(f, u"cost"_s, a.cost, b.cost);
                field(f, u"url"_s, a.url, b.url);
                field(f, u"status"_s, enumKey(a.status), enumKey(b.status));
                field(f, u"replacement"_s, a.replacement, b.replacement);
                text(f, u"description"_s, a.description, b.description);
                text(f, u"benefit"_s, a.benefit, b.benefit);
                text(f, u"access"_s, a.access, b.access);
                text(f, u"setup"_s, a.setup.join(u'\n'), b.setup.join(u'\n'));
                return f;
            });
    }

    void diffMoments()
    {
        diffList(
            ItemKind::Moment, m_before.moments, m_after.moments, [](const Moment &m) { return m.name; },
            [this](const Moment &a, const Moment &b) {
                QList<FieldChange> f;
                field(f, u"name"_s, a.name, b.name);
                field(f, u"start"_s, dateTimeText(a.start), dateTimeText(b.start));
                field(f, u"minutes"_s, QString::number(a.minutes), QString::number(b.minutes));
                field(f, u"mode"_s, enumKey(a.mode), enumKey(b.mode));
                text(f, u"place"_s, a.place, b.place);
                QString was = agenda(m_before, a), now = agenda(m_after, b);
                if (was == now && a.agenda != b.agenda) { // same titles, other items
                    was = agendaIds(a);
                    now = agendaIds(b);
                }
                field(f, u"agenda"_s, was, now);
                return f;
            });
    }

    void diffRoles()
    {
        diffList(
            ItemKind::Role, m_before.roles, m_after.roles,
            [](const Role &r) { return r.name.isEmpty() ? enumKey(r.kind) : r.name; },
            [](const Role &a, const Role &b) {
                QList<FieldChange> f;
                field(f, u"kind"_s, enumKey(a.kind), enumKey(b.kind));
                field(f, u"customKind"_s, a.customKind, b.customKind);
                field(f, u"name"_s, a.name, b.name);
                text(f, u"duties"_s, a.duties, b.duties);
                return f;
            });
    }

    void diffSubGroups()
    {
        diffList(
            ItemKind::SubGroup, m_before.subgroups, m_after.subgroups, [](const SubGroup &s) { return s.name; },
            [this](const SubGroup &a, const SubGroup &b) {
                QList<FieldChange> f;
                field(f, u"name"_s, a.name, b.name);
                text(f, u"mission"_s, a.mission, b.mission);
                reference(f, u"objective"_s, objectiveLabel(m_before, a.objectiveId), a.objectiveId,
                    objectiveLabel(m_after, b.objectiveId), b.objectiveId);
                field(f, u"members"_s, QString::number(a.members), QString::number(b.members));
                return f;
            });
    }

    // Rules of use have no ids: a rule whose text changed reads as one removed and one added.
    void diffRules()
    {
        const QStringList &a = m_before.info.rules;
        const QStringList &b = m_after.info.rules;
        QHash<QString, int> count;
        for (const QString &r : a)
            ++count[r];
        for (const QString &r : b)
            if (count.value(r) > 0)
                --count[r];
            else
                add(ChangeKind::Added, ItemKind::Rule, 0, r);
        QHash<QString, int> left;
        for (const QString &r : b)
            ++left[r];
        for (const QString &r : a)
            if (left.value(r) > 0)
                --left[r];
            else
                add(ChangeKind::Removed, ItemKind::Rule, 0, r);
    }

    const Project &m_before;
    const Project &m_after;
    ProjectDiff m_out;
};

// Words with the whitespace that follows each.
QStringList tokens(const QString &text)
{
    QStringList out;
    int start = 0;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && !text.at(i).isSpace())
            ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        out.append(text.mid(start, i - start));
        start = i;
    }
    return out;
}

void appendPart(QList<TextPart> &parts, TextPart::Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!parts.isEmpty() && parts.last().op == op)
        parts.last().text += text;
    else
        parts.append({ op, text });
}

} // namespace

const FieldChange *Change::field(const QString &name) const
{
    for (const FieldChange &f : fields)
        if (f.field == name)
            return &f;
    return nullptr;
}

QList<Change> ProjectDiff::of(ItemKind item, Id id) const
{
    QList<Change> out;
    for (const Change &c : changes)
        if (c.item == item && c.id == id)
            out.append(c);
    return out;
}

ProjectDiff diffProjects(const Project &before, const Project &after)
{
    return Differ(before, after).run();
}

QList<TextPart> wordDiff(const QString &before, const QString &after)
{
    QList<TextPart> parts;
    if (before == after) {
        appendPart(parts, TextPart::Op::Same, before);
        return parts;
    }
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // The common head and tail cost nothing; only the middle needs the table.
    int head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    for (int i = 0; i < head; ++i)
        appendPart(parts, TextPart::Op::Same, a[i]);
    const int n = int(a.size()) - head - tail;
    const int m = int(b.size()) - head - tail;
    if (qint64(n) * m > 4'000'000) {
        // Two long texts rewritten throughout: one deletion and one insertion say it plainly,
        // without a table of gigabytes.
        for (int i = 0; i < n; ++i)
            appendPart(parts, TextPart::Op::Deleted, a[head + i]);
        for (int j = 0; j < m; ++j)
            appendPart(parts, TextPart::Op::Inserted, b[head + j]);
    } else {
        // Longest common subsequence of the middle words.
        QList<int> lcs((n + 1) * (m + 1), 0);
        auto at = [&lcs, m](int i, int j) -> int & { return lcs[i * (m + 1) + j]; };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                appendPart(parts, TextPart::Op::Same, a[head + i]);
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                appendPart(parts, TextPart::Op::Deleted, a[head + i]);
                ++i;
            } else {
                appendPart(parts, TextPart::Op::Inserted, b[head + j]);
                ++j;
            }
        }
    }
    for (int k = int(a.size()) - tail; k < a.size(); ++k)
        appendPart(parts, TextPart::Op::Same, a[k]);
    return parts;
}

} // namespace bw::diff
