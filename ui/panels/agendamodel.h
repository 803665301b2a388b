// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agenda.h"
#include "model/project.h"

#include <QAbstractListModel>

namespace bw {
class Document;
}

namespace bw::ui {

// The running order of one in-class moment as list rows, resolved by core (model/agenda.h):
// the designer's agenda, then the moment's in-class activities it does not name yet, each with
// its start and end. A thin adapter: it follows the document's changes and hands every edit
// (reorder, add, change or remove a break) to Document::setMoments as one undo step.
//
// Rows are told apart by a key that survives reordering, undo and redo: the activity's id for
// an activity (whether the stored agenda names it or not), the agenda item's id for a break.
class AgendaModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // bw::Id, see above
        KindRole, // int (bw::AgendaKind)
        ActivityIdRole, // bw::Id, activities only
        NumberRole, // QString "2.3", activities only
        TimeRole, // QString "09:00–09:45" (offsets "0:00–0:45" without a start)
        MinutesRole, // int
        MinutesTextRole, // QString "45 min" or "not estimated"
        EstimatedRole, // bool
    };

    static QString mimeType() { return QStringLiteral("application/x-blendwise-agenda-entry"); }
    static constexpr int BreakMinutes = 15;
    static constexpr int LunchMinutes = 60;

    explicit AgendaModel(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_doc; }
    Id moment() const { return m_momentId; }
    void setMoment(Id momentId);
    const MomentAgenda &agenda() const { return m_agenda; }

    static Id keyOf(const AgendaSlot &slot);
    Id keyAt(int row) const;
    int rowOfKey(Id key) const;

    // Edits, each one undo step; they return false and change nothing when the document is
    // read-only or the row does not allow them.
    // Moves the entry at `from` so that it ends at position `to` (counted after taking it out).
    bool moveEntry(int from, int to);
    // Adds a break or lunch of its usual length after `afterRow` (-1: at the end); the new key.
    Id addBreak(AgendaKind kind, int afterRow);
    bool changeBreak(int row, const QString &title, int minutes);
    bool removeBreak(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    // An entry dropped between rows moves there (one undo step).
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // The text of a row for people: "09:00–09:45", "1.2 Kick-off", "45 min".
    QString timeText(const AgendaSlot &slot) const;
    QString titleText(const AgendaSlot &slot) const;
    QString minutesText(const AgendaSlot &slot) const;

private:
    void refresh();
    bool store(const QList<AgendaSlot> &entries, const QString &undoText);
    QString number(Id activityId) const;
    bool isBreak(int row) const;

    Document *m_doc;
    Id m_momentId = 0;
    MomentAgenda m_agenda;
    QString m_language;
};

} // namespace bw::ui
