// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;

namespace bw {
class Document;
class RecoveryStore;
} // namespace bw

namespace bw::ui {

class ActivityBoard;
class ActivityInspector;
class BlendOverview;
class BoardOverview;
class DayView;
class ChangesPanel;
class FindingsPanel;
class ImportRunner;
class LibraryLive;
class LibraryStatusLabel;
class PatternsPanel;
class ToolCatalogueDialog;
class ObjectiveListModel;
class ObjectivesPanel;
class ProjectSession;
class UndoSelection;

// The studio window. It only builds and wires: the behaviour lives in the panels, the board, the
// project session (files, locks, recovery) and the document's edit facade.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<RecoveryStore> recoveryStore = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What a start does after the window shows: offer recovery of crashed sessions, then open
    // the files named on the command line.
    void start(const QStringList &files);

    Document *document() const { return m_doc; }
    ProjectSession *session() const { return m_session; }
    ObjectivesPanel *objectivesPanel() const { return m_objectives; }
    ActivityBoard *board() const { return m_board; }
    BoardOverview *overview() const { return m_overview; }
    LibraryStatusLabel *libraryStatus() const { return m_libraryStatus; }
    LibraryLive *libraryLive() const { return m_libraryLive; }
    PatternsPanel *patternsPanel() const { return m_patterns; }
    ActivityInspector *inspector() const { return m_inspector; }
    // An action by its object name ("addActivity", "save", …), for tests and the shortcuts list.
    QAction *action(const QString &name) const;

    // Selects whatever an id names: an objective, an activity or a tool.
    void reveal(Id id);
    // Opens version `id` of this project in a window of its own, read-only.
    void openVersion(Id id);
    // Shows the Changes panel comparing the plan with version `id`.
    void compareWithVersion(Id id);

Q_SIGNALS:
    // File ▸ Import… made `runner`, before it asks anything: tests replace its prompts here.
    void importStarted(bw::ui::ImportRunner *runner);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectRetired(ToolCatalogueDialog *dialog);
    // The library's settings or password changed: ask again, listen again, list again.
    void reconnectLibrary();
    QAction *makeAction(const QString &name, const QString &text, const QString &iconName,
                        const QList<QKeySequence> &keys, const QString &tip);
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void wireSelection();
    // After Undo or Redo: select what the step changed or brought back.
    void selectUndoneItem();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void setReadOnly(bool readOnly);
    bool objectivesHaveFocus() const;
    bool inspectorHasFocus() const;
    void showOverview(bool overview);
    void restoreLayout();
    void applyDefaultDockSizes();
    void showAbout();

    Document *m_doc;
    ProjectSession *m_session;
    ObjectiveListModel *m_objectiveModel;
    ObjectivesPanel *m_objectives;
    ActivityBoard *m_board;
    BoardOverview *m_overview;
    QStackedWidget *m_central;
    ActivityInspector *m_inspector = nullptr;
    BlendOverview *m_blend = nullptr;
    FindingsPanel *m_findings = nullptr;
    DayView *m_dayView = nullptr;
    ChangesPanel *m_changes = nullptr;
    QString m_titleNote; // "version 1.0 of plan.blendwise" for a version opened read-only
    UndoSelection *m_undoSelection = nullptr;
    QList<class QDockWidget *> m_docks;
    QList<QMenu *> m_menus;
    QLabel *m_counts;
    LibraryStatusLabel *m_libraryStatus = nullptr;
    LibraryLive *m_libraryLive = nullptr;
    PatternsPanel *m_patterns = nullptr;
    bool m_askedLibraryPassword = false;
    bool m_restoringLibraryPassword = false; // the keychain is asked: no prompt before it answers
    QLabel *m_readOnlyBadge;
    bool m_readOnly = false;
};

} // namespace bw::ui
