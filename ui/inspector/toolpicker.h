// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStandardItemModel;

namespace bw {
class Document;
}

namespace bw::ui {

class ElidedLabel;

// Chooses the tool of one activity. Typing filters and ranks the project's tools for the activity
// (bw::rankTools: tools that carry its direction and fit its type first, then the ones the client
// already provides); Down opens the list, Enter or a click picks, Esc cancels. "No tool — in the
// room" marks an activity that deliberately needs none (Activity::noTool). The last entry,
// "New tool…", adds a tool to the project catalogue and assigns it in one undo step. The chosen
// tool's warnings are shown under the field.
class ToolPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ToolPicker(bw::Document *document, QWidget *parent = nullptr);

    void setActivity(bw::Id id);
    bw::Id activity() const { return m_id; }

    QLineEdit *lineEdit() const { return m_edit; }
    QListView *popup() const { return m_popup; }
    bool isPopupVisible() const;
    // The text of the "no tool — in the room" choice, shown in the field when it is chosen.
    static QString inRoomText();

public Q_SLOTS:
    // Opens the list ranked for the text typed so far (all tools when nothing is typed).
    void showPopup();
    void hidePopup();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Activity *current() const;
    void refresh();
    void updateSuggestions();
    void moveSelection(int delta);
    void pick(const QModelIndex &index);
    void assignTool(Id toolId, bool inRoom = false);
    void createTool(const QString &name);
    void cancel();
    void placePopup();
    QString query() const;

    Document *m_doc;
    Id m_id = 0;
    // True while the text in the field is a search the user typed rather than the tool's name.
    bool m_searching = false;
    QLineEdit *m_edit;
    QLabel *m_warningIcon;
    ElidedLabel *m_warnings;
    QListView *m_popup;
    QStandardItemModel *m_model;
};

} // namespace bw::ui
