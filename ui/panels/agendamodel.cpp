// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "document/document.h"
#include "mime.h"
#include "model/projectvalidation.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

bool sameSlot(const AgendaSlot &a, const AgendaSlot &b)
{
    return a.kind == b.kind && a.itemId == b.itemId && a.activityId == b.activityId && a.title == b.title
        && a.offset == b.offset && a.minutes == b.minutes && a.estimated == b.estimated && a.start == b.start
        && a.end == b.end;
}

QString clockOffset(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AgendaModel::AgendaModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_doc(document)
{
    // Any change can move a time: a duration, an activity joining or leaving the moment, a break,
    // the moment's start, the project's language. Resolving costs microseconds; the model only
    // tells its views when a row really changed.
    connect(m_doc, &Document::changed, this, &AgendaModel::refresh);
    connect(m_doc, &Document::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1)); // flags follow read-only
    });
}

void AgendaModel::setMoment(Id momentId)
{
    if (momentId == m_momentId)
        return;
    beginResetModel();
    m_momentId = momentId;
    const Moment *m = m_doc->project().moment(momentId);
    m_agenda = m ? resolveAgenda(m_doc->project(), *m) : MomentAgenda {};
    m_language = m_doc->project().info.language;
    endResetModel();
}

void AgendaModel::refresh()
{
    const Project &project = m_doc->project();
    const Moment *m = project.moment(m_momentId);
    MomentAgenda agenda = m ? resolveAgenda(project, *m) : MomentAgenda {};
    const bool languageChanged = project.info.language != m_language;
    m_language = project.info.language;

    const bool sameRows = agenda.entries.size() == m_agenda.entries.size()
        && std::equal(agenda.entries.cbegin(), agenda.entries.cend(), m_agenda.entries.cbegin(),
            [](const AgendaSlot &a, const AgendaSlot &b) { return keyOf(a) == keyOf(b); });
    if (!sameRows) {
        beginResetModel();
        m_agenda = std::move(agenda);
        endResetModel();
        return;
    }
    // Same entries in the same order: only the rows whose times, titles or lengths changed.
    const MomentAgenda old = std::exchange(m_agenda, std::move(agenda));
    for (int row = 0; row < m_agenda.entries.size(); ++row)
        if (languageChanged || !sameSlot(old.entries[row], m_agenda.entries[row]))
            Q_EMIT dataChanged(index(row), index(row));
}

Id AgendaModel::keyOf(const AgendaSlot &slot)
{
    return slot.kind == AgendaKind::Activity ? slot.activityId : slot.itemId;
}

Id AgendaModel::keyAt(int row) const
{
    return row >= 0 && row < m_agenda.entries.size() ? keyOf(m_agenda.entries[row]) : 0;
}

int AgendaModel::rowOfKey(Id key) const
{
    if (key == 0)
        return -1;
    for (int row = 0; row < m_agenda.entries.size(); ++row)
        if (keyOf(m_agenda.entries[row]) == key)
            return row;
    return -1;
}

bool AgendaModel::isBreak(int row) const
{
    return row >= 0 && row < m_agenda.entries.size() && m_agenda.entries[row].kind != AgendaKind::Activity;
}

bool AgendaModel::store(const QList<AgendaSlot> &entries, const QString &undoText)
{
    if (m_doc->isReadOnly())
        return false;
    const Project &project = m_doc->project();
    MomentAgenda changed = m_agenda;
    changed.entries = entries;
    QList<Moment> moments = project.moments;
    bool found = false;
    for (Moment &m : moments)
        if (m.id == m_momentId) {
            m.agenda = agendaItems(changed, [this] { return m_doc->newId(); });
            found = true;
        }
    if (!found || moments == project.moments)
        return false;
    // A macro only to name the step after what the designer did; setMoments is one command.
    m_doc->beginMacro(undoText);
    m_doc->setMoments(moments);
    m_doc->endMacro();
    return true;
}

bool AgendaModel::moveEntry(int from, int to)
{
    const int count = int(m_agenda.entries.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    QList<AgendaSlot> entries = m_agenda.entries;
    const QString title = titleText(entries[from]);
    entries.move(from, to);
    return store(entries, tr("Move “%1” in the agenda").arg(title));
}

Id AgendaModel::addBreak(AgendaKind kind, int afterRow)
{
    if (kind == AgendaKind::Activity || m_doc->isReadOnly() || !m_doc->project().moment(m_momentId))
        return 0;
    AgendaSlot slot;
    slot.kind = kind;
    slot.itemId = m_doc->newId();
    slot.minutes = kind == AgendaKind::Lunch ? LunchMinutes : BreakMinutes;
    QList<AgendaSlot> entries = m_agenda.entries;
    const int at = afterRow >= 0 && afterRow < entries.size() ? afterRow + 1 : int(entries.size());
    entries.insert(at, slot);
    const QString text = kind == AgendaKind::Lunch ? tr("Add lunch to the agenda") : tr("Add a break to the agenda");
    return store(entries, text) ? slot.itemId : 0;
}

bool AgendaModel::changeBreak(int row, const QString &title, int minutes)
{
    if (!isBreak(row))
        return false;
    QList<AgendaSlot> entries = m_agenda.entries;
    AgendaSlot &slot = entries[row];
    slot.title = title.trimmed();
    slot.minutes = std::clamp(minutes, 0, Limits::MaxMinutes);
    return store(entries, tr("Change “%1” in the agenda").arg(titleText(m_agenda.entries[row])));
}

bool AgendaModel::removeBreak(int row)
{
    if (!isBreak(row))
        return false;
    QList<AgendaSlot> entries = m_agenda.entries;
    const QString title = titleText(entries[row]);
    entries.removeAt(row);
    return store(entries, tr("Remove “%1” from the agenda").arg(title));
}

QString AgendaModel::number(Id activityId) const
{
    const Project &project = m_doc->project();
    const auto pos = project.activityPos(activityId);
    return pos.isValid() ? QString::number(pos.objective + 1) + u'.' + QString::number(pos.row + 1) : QString();
}

QString AgendaModel::timeText(const AgendaSlot &slot) const
{
    if (!slot.start.isValid())
        return tr("%1–%2").arg(clockOffset(slot.offset), clockOffset(slot.offset + slot.minutes));
    const QLocale locale(m_doc->project().info.language);
    return tr("%1–%2").arg(locale.toString(slot.start.time(), QLocale::ShortFormat),
        locale.toString(slot.end.time(), QLocale::ShortFormat));
}

QString AgendaModel::titleText(const AgendaSlot &slot) const
{
    if (slot.kind != AgendaKind::Activity)
        return slot.title.isEmpty() ? enumLabel(slot.kind) : slot.title;
    const QString title = slot.title.isEmpty() ? tr("Untitled activity") : slot.title;
    const QString no = number(slot.activityId);
    return no.isEmpty() ? title : tr("%1 %2").arg(no, title);
}

QString AgendaModel::minutesText(const AgendaSlot &slot) const
{
    if (!slot.estimated)
        return tr("not estimated");
    return tr("%1 min").arg(slot.minutes);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agenda.entries.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AgendaSlot &slot = m_agenda.entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return titleText(slot);
    case Qt::EditRole:
        return slot.kind == AgendaKind::Activity ? slot.title : titleText(slot);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2, %3").arg(timeText(slot), titleText(slot), minutesText(slot));
        if (role == Qt::ToolTipRole)
            text += u'\n'
                + (slot.kind == AgendaKind::Activity
                        ? tr("Enter or double-click selects the activity; Ctrl+Up and Ctrl+Down move it")
                        : tr("F2 renames the break; Delete removes it; Ctrl+Up and Ctrl+Down move it"));
        return text;
    }
    case KeyRole:
        return keyOf(slot);
    case KindRole:
        return int(slot.kind);
    case ActivityIdRole:
        return slot.activityId;
    case NumberRole:
        return slot.kind == AgendaKind::Activity ? number(slot.activityId) : QString();
    case TimeRole:
        return timeText(slot);
    case MinutesRole:
        return slot.minutes;
    case MinutesTextRole:
        return minutesText(slot);
    case EstimatedRole:
        return slot.estimated;
    default:
        return {};
    }
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !isBreak(index.row()))
        return false;
    const AgendaSlot &slot = m_agenda.entries[index.row()];
    QString title = value.toString().trimmed();
    if (title == enumLabel(slot.kind))
        title.clear(); // the kind's own label stays translatable
    return changeBreak(index.row(), title, slot.minutes);
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    const bool editable = !m_doc->isReadOnly();
    if (!index.isValid())
        return editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable) {
        f |= Qt::ItemIsDragEnabled;
        if (isBreak(index.row()))
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QStringList AgendaModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes)
        if (const Id key = keyAt(index.row()))
            return Mime::encode(mimeType(), key, *m_doc);
    return nullptr;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return !m_doc->isReadOnly() && rowOfKey(Mime::decode(data, mimeType(), *m_doc)) >= 0;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, 0, parent))
        return false;
    const int from = rowOfKey(Mime::decode(data, mimeType(), *m_doc));
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (to > from)
        --to; // the view counts the drop row with the dragged entry still in place
    return moveEntry(from, std::min(to, rowCount() - 1));
}

} // namespace bw::ui
