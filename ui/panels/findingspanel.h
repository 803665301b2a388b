// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/advisor.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QTimer;
class QToolButton;

namespace bw {
class Document;
}

namespace bw::ui {

// The advisor's findings for the open plan: severity, a plain message, the fix where one
// exists, and "mute this rule" for the rules a designer has decided to live with (stored in the
// plan, undoable). It re-runs the advisor a quarter of a second after the last edit, never
// while the designer is typing.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(bw::Document *document, QWidget *parent = nullptr);

    const QList<bw::Finding> &findings() const { return m_findings; }
    // The finding under the cursor, or nullptr.
    const bw::Finding *currentFinding() const;

    // Delay between the last edit and the advisor's re-run.
    static constexpr int RefreshDelayMs = 250;

public Q_SLOTS:
    // Re-runs the advisor now (the panel does this by itself after edits).
    void refresh();

Q_SIGNALS:
    // Double-click or Enter on a finding about an objective, activity, tool or moment: the main
    // window selects that item.
    void itemActivated(bw::Id itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Refills the list from m_findings with the cursor on `currentRow` (-1: none).
    void rebuildList(int currentRow);
    void updateSummary();
    void updateActions();
    void rebuildMutedMenu();
    void applyCurrentFix();
    void muteCurrentRule();
    void activate(QListWidgetItem *item);
    QIcon severityIcon(bw::Severity severity) const;

    bw::Document *m_document;
    QList<bw::Finding> m_findings;
    QTimer *m_refreshTimer;
    QLabel *m_summary;
    QListWidget *m_list;
    QAction *m_fixAction;
    QAction *m_muteAction;
    QToolButton *m_mutedButton;
    QMenu *m_mutedMenu;
};

} // namespace bw::ui
