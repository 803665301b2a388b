// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bw {
class Document;
}

namespace bw::ui {

class AgendaModel;
class HintListView;

// The day view: one in-class moment's running order with times, as the designer will run the
// day. Entries move by drag-and-drop or Ctrl+Up / Ctrl+Down; breaks and lunch are added,
// renamed, lengthened and removed here. Every change is one undo step (Document::setMoments),
// and the selection stays on the same entry through edits, undo and redo.
class DayView : public QWidget {
    Q_OBJECT
public:
    explicit DayView(Document *document, QWidget *parent = nullptr);

    AgendaModel *model() const { return m_model; }
    HintListView *list() const { return m_list; }
    Id moment() const;
    void setMoment(Id momentId);
    // The key (AgendaModel::KeyRole) of the selected entry, 0 when none.
    Id currentKey() const;
    void setCurrentKey(Id key);
    // Follows the studio's selection: an in-class activity of a moment shows that moment's day
    // with the activity selected; anything else leaves the view as it is.
    void showActivity(Id activityId);

    // What the buttons and keys do, on the selected entry.
    void moveCurrent(int delta);
    void addBreak(AgendaKind kind);
    void removeCurrentBreak();

    QString footerText() const;

Q_SIGNALS:
    // Enter or double-click on an activity: the studio selects it.
    void activityActivated(bw::Id activityId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildMoments();
    void updateFooter();
    void updateActions();
    void updateBreakEditor();
    void commitBreakEditor();
    void updateHint();
    int currentRow() const;

    Document *m_doc;
    AgendaModel *m_model;
    QLabel *m_momentLabel;
    QComboBox *m_moments;
    HintListView *m_list;
    QLabel *m_footer;
    QPushButton *m_addBreak;
    QPushButton *m_addLunch;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_titleLabel;
    QLineEdit *m_breakTitle;
    QLabel *m_minutesLabel;
    QSpinBox *m_breakMinutes;
    Id m_keptKey = 0; // the selection across a model reset
    int m_keptRow = -1;
    bool m_overrun = false;
};

} // namespace bw::ui
