// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentversions.h"
#include "mainwindow.h"

#include "activityboard.h"
#include "activityinspector.h"
#include "activitylaneview.h"
#include "autosaver.h"
#include "blendoverview.h"
#include "boardoverview.h"
#include "catalogue/catalogue.h"
#include "dayview.h"
#include "document/document.h"
#include "csvupdatedialog.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "importrunner.h"
#include "librarylive.h"
#include "librarysession.h"
#include "librarypassworddialog.h"
#include "librarysettingsdialog.h"
#include "mime.h"
#include "librarystatuslabel.h"
#include "teamtemplatedialog.h"
#include "patternspanel.h"
#include "findingspanel.h"
#include "changespanel.h"
#include "versionsdialog.h"
#include "hintlistview.h"
#include "model/recurrence.h"
#include "objectivelistmodel.h"
#include "objectivespanel.h"
#include "plan/planmodel.h"
#include "planpreview.h"
#include "clientprofiledialog.h"
#include "librarysyncdialog.h"
#include "publishdialog.h"
#include "planprinter.h"
#include "projectpropertiesdialog.h"
#include "projectsession.h"
#include "recentfiles.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "toolcataloguedialog.h"
#include "undoselection.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bw::ui {

MainWindow::MainWindow(std::shared_ptr<RecoveryStore> recoveryStore, QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new Document(bw::newProject(), this))
    , m_session(new ProjectSession(m_doc, this, std::move(recoveryStore)))
    , m_objectiveModel(new ObjectiveListModel(m_doc, this))
    , m_objectives(new ObjectivesPanel(m_objectiveModel, this))
    , m_board(new ActivityBoard(m_doc, this))
    , m_overview(new BoardOverview(m_objectiveModel, this))
    , m_central(new QStackedWidget(this))
    , m_counts(new QLabel(this))
    , m_readOnlyBadge(new QLabel(this))
{
    setWindowIcon(QIcon(u":/icons/blendwise.svg"_s));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_central->addWidget(m_board);
    m_central->addWidget(m_overview);
    setCentralWidget(m_central);

    createDocks();
    createActions();
    createMenus();
    createToolBar();
    wireSelection();

    statusBar()->addPermanentWidget(m_readOnlyBadge);
    statusBar()->addPermanentWidget(m_counts);
    m_libraryStatus = new LibraryStatusLabel(this);
    statusBar()->addPermanentWidget(m_libraryStatus);
    // The live line to the team library: a colleague's publish shows at once, a server that goes
    // away or comes back is said at once, and the advisor learns what the team retired.
    m_libraryLive = new LibraryLive(this);
    connect(m_libraryLive, &LibraryLive::listening, m_libraryStatus, &LibraryStatusLabel::refresh);
    connect(m_libraryLive, &LibraryLive::itemChanged, this, [this](LibraryKind kind) {
        if (kind == LibraryKind::Pattern || kind == LibraryKind::Tool)
            m_patterns->refreshSoon(); // a pattern's tool may be the one that changed
    });
    connect(m_libraryLive, &LibraryLive::listening, this, [this](bool on) {
        if (on)
            m_patterns->refreshSoon(); // what was published while we were away
    });
    connect(m_libraryLive, &LibraryLive::factsChanged, m_findings, &FindingsPanel::refresh);
    if (LibrarySession::isConfigured())
        m_libraryLive->restart();
    // The server wants a password the session does not have: asked once by itself (a dialog of
    // the window, not blocking it), then whenever the status bar's "sign-in needed" is clicked.
    connect(m_libraryStatus, &LibraryStatusLabel::passwordNeeded, this, [this](const QString &reason, bool clicked) {
        if (((m_askedLibraryPassword || m_restoringLibraryPassword) && !clicked) || findChild<LibraryPasswordDialog *>())
            return;
        m_askedLibraryPassword = true;
        auto *dialog = new LibraryPasswordDialog(reason, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LibraryPasswordDialog::signedIn, this, &MainWindow::reconnectLibrary);
        dialog->open();
    });
    // A password kept in the system keychain: asked for now, used as soon as it arrives.
    m_restoringLibraryPassword = LibrarySession::remembersPassword();
    LibrarySession::restorePassword(this, [this](bool restored, const QString &error) {
        const bool waited = m_restoringLibraryPassword;
        m_restoringLibraryPassword = false;
        if (restored) {
            reconnectLibrary();
            return;
        }
        if (waited)
            m_libraryStatus->refresh(); // asks for the password now if the server wants one
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The system keychain did not give the team library's password: %1").arg(error), 10000);
    });
    m_readOnlyBadge->setVisible(false);
    m_readOnlyBadge->setText(tr("Read-only"));
    m_readOnlyBadge->setToolTip(tr("Another Blendwise window is editing this file. Use Save As to keep your changes."));

    connect(m_doc, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::infoChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::changed, this, &MainWindow::updateStatus);
    connect(m_doc, &Document::readOnlyChanged, this, &MainWindow::setReadOnly);
    connect(m_session, &ProjectSession::statusMessage, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_session->autoSaver(), &AutoSaver::written, this, [this](const QDateTime &when) {
        statusBar()->showMessage(
            tr("Recovery copy written at %1").arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)),
            4000);
    });
    connect(m_session->recentFiles(), &RecentFiles::openRequested, m_session,
        [this](const QString &path) { m_session->openFile(path); });
    connect(Theme::instance(), &Theme::modeChanged, this, [this] { Theme::refreshActionIcons(this); });

    updateTitle();
    updateStatus();
    updateActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QString &iconName,
    const QList<QKeySequence> &keys, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!iconName.isEmpty())
        Theme::setActionIcon(action, iconName);
    action->setShortcuts(keys);
    QString tooltip = tip.isEmpty() ? QString(text).remove(u'&').remove(u"…"_s) : tip;
    if (!keys.isEmpty())
        tooltip += u" ("_s + keys.first().toString(QKeySequence::NativeText) + u')';
    action->setToolTip(tooltip);
    action->setStatusTip(tip.isEmpty() ? tooltip : tip);
    addAction(action); // shortcuts work even while the menu bar is hidden
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name, Qt::FindDirectChildrenOnly);
}

void MainWindow::createActions()
{
    // File
    connect(makeAction(u"new"_s, tr("&New…"), u"document-new"_s, { QKeySequence(u"Ctrl+Alt+N"_s) },
                tr("Start a project, empty or from a template")),
        &QAction::triggered, m_session, &ProjectSession::newProject);
    connect(makeAction(u"open"_s, tr("&Open…"), u"document-open"_s, QKeySequence::keyBindings(QKeySequence::Open),
                tr("Open a project file")),
        &QAction::triggered, m_session, &ProjectSession::open);
    connect(makeAction(u"import"_s, tr("&Import…"), u"document-import"_s, { QKeySequence(u"Ctrl+Shift+O"_s) },
                tr("Bring in a plan from a spreadsheet (CSV), CourseFlow, an ABC storyboard or Blendwise JSON")),
        &QAction::triggered, this, [this] {
            auto *runner = new ImportRunner(m_session, this);
            Q_EMIT importStarted(runner);
            runner->run();
        });
    connect(makeAction(u"save"_s, tr("&Save"), u"document-save"_s, QKeySequence::keyBindings(QKeySequence::Save),
                tr("Save the project")),
        &QAction::triggered, m_session, &ProjectSession::save);
    connect(makeAction(u"saveAs"_s, tr("Save &As…"), u"document-save-as"_s,
                QKeySequence::keyBindings(QKeySequence::SaveAs), tr("Save the project under another name")),
        &QAction::triggered, m_session, &ProjectSession::saveAs);
    connect(makeAction(u"export"_s, tr("&Export…"), u"document-export"_s, { QKeySequence(u"Ctrl+E"_s) },
                tr("Write the plan as PDF, Word, OpenDocument, HTML, Markdown, CSV or JSON")),
        &QAction::triggered, this, [this] { ExportDialog(m_doc, this).exec(); });
    connect(makeAction(u"updateFromCsv"_s, tr("&Update from CSV…"), {}, {},
                tr("Apply the changes made in a spreadsheet exported as CSV to this plan")),
        &QAction::triggered, this, [this] {
            CsvUpdateDialog dialog(m_doc, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("Updated from the spreadsheet: %n change(s). Undo takes them back.",
                                             nullptr, int(dialog.preview().changes.size())),
                    6000);
        });
    // Team library (ui/library): each dialog does its own work off the GUI thread.
    connect(makeAction(u"newFromTeamTemplate"_s, tr("New from &Team Template…"), {}, {},
                tr("Start a project from a template your team published in the team library")),
        &QAction::triggered, this, [this] {
            TeamTemplateDialog dialog(this);
            if (dialog.exec() == QDialog::Accepted && dialog.project())
                m_session->newFrom(*dialog.project());
        });
    connect(makeAction(u"librarySettings"_s, tr("Team Library &Settings…"), {}, {},
                tr("Where the team library is: a PostgreSQL service, or server, database and user")),
        &QAction::triggered, this, [this] {
            if (LibrarySettingsDialog(this).exec() == QDialog::Accepted)
                reconnectLibrary();
        });
    connect(makeAction(u"publishToLibrary"_s, tr("Pu&blish to Team Library…"), {}, {},
                tr("Publish this project as a template, its tools or activities as patterns")),
        &QAction::triggered, this, [this] { PublishDialog(m_doc, m_board->currentActivity(), this).exec(); });
    connect(makeAction(u"updateFromLibrary"_s, tr("Update from Team &Library…"), {}, {},
                tr("Take what changed in the team library since this project took its items")),
        &QAction::triggered, this, [this] {
            LibrarySyncDialog dialog(m_doc, this);
            const bool applied = dialog.exec() == QDialog::Accepted;
            m_findings->refresh(); // the dialog told the advisor what the team retired
            if (applied)
                statusBar()->showMessage(tr("Updated from the team library. Undo takes it back."), 6000);
        });
    connect(makeAction(u"applyClientProfile"_s, tr("Apply Client Pro&file…"), {}, {},
                tr("Mark the tools a client provides or blocks, from the team library")),
        &QAction::triggered, this, [this] {
            ClientProfileDialog dialog(m_doc, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("Client profile applied. Undo takes it back."), 6000);
        });
    // Printing lays the pages out in the background (ExportRunner); the preview keeps Qt's dialog.
    connect(makeAction(u"print"_s, tr("&Print…"), u"document-print"_s, QKeySequence::keyBindings(QKeySequence::Print),
                tr("Print the plan document")),
        &QAction::triggered, this, [this] { ExportRunner::choosePrinterAndPrint(m_doc->project(), this); });
    connect(makeAction(u"printPreview"_s, tr("Print Pre&view…"), {}, {},
                tr("See the printed pages before printing")),
        &QAction::triggered, this, [this] { printPlan(m_doc, this); });
    connect(makeAction(u"markVersion"_s, tr("&Mark Version…"), {}, { QKeySequence(u"Ctrl+Alt+M"_s) },
                tr("Keep the plan as it is now as a named version, e.g. what was sent to the client")),
        &QAction::triggered, this, [this] {
            MarkVersionDialog dialog(m_doc->project(), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            QString error;
            if (!DocumentVersions::mark(*m_doc, dialog.name(), dialog.note(), dialog.created(), &error))
                QMessageBox::warning(this, tr("Mark Version"), error);
            else
                statusBar()->showMessage(tr("Marked version “%1”. Save to keep it in the file.").arg(dialog.name()), 6000);
        });
    connect(makeAction(u"versions"_s, tr("&Versions…"), {}, { QKeySequence(u"Ctrl+Alt+V"_s) },
                tr("Compare with, open, restore or remove the plan's named versions")),
        &QAction::triggered, this, [this] {
            VersionsDialog dialog(m_doc, this);
            connect(&dialog, &VersionsDialog::compareRequested, this, &MainWindow::compareWithVersion);
            connect(&dialog, &VersionsDialog::openRequested, this, &MainWindow::openVersion);
            dialog.exec();
        });
    connect(makeAction(u"properties"_s, tr("Project &Properties…"), u"properties"_s, { QKeySequence(u"Ctrl+I"_s) },
                tr("Title, client, brand, in-class moments, community")),
        &QAction::triggered, this, [this] { ProjectPropertiesDialog(m_doc, this).exec(); });
    connect(makeAction(
                u"close"_s, tr("&Close"), {}, QKeySequence::keyBindings(QKeySequence::Close), tr("Close the project")),
        &QAction::triggered, m_session, &ProjectSession::closeProject);
    connect(makeAction(u"quit"_s, tr("&Quit"), {}, QKeySequence::keyBindings(QKeySequence::Quit), tr("Quit Blendwise")),
        &QAction::triggered, this, &QWidget::close);

    // Edit: undo and redo come from the stack, so their text says what will be undone.
    QAction *undo = m_doc->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    Theme::setActionIcon(undo, u"edit-undo"_s);
    addAction(undo);
    QAction *redo = m_doc->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    Theme::setActionIcon(redo, u"edit-redo"_s);
    addAction(redo);
    auto tipWithKeys = [](QAction *a) {
        a->setToolTip(
            QString(a->text()).remove(u'&') + u" ("_s + a->shortcut().toString(QKeySequence::NativeText) + u')');
    };
    // Connected after the document's own slot, so these run once the step is undone or redone.
    m_undoSelection = new UndoSelection(m_doc, this);
    connect(undo, &QAction::triggered, this, &MainWindow::selectUndoneItem);
    connect(redo, &QAction::triggered, this, &MainWindow::selectUndoneItem);
    connect(undo, &QAction::changed, undo, [undo, tipWithKeys] { tipWithKeys(undo); });
    connect(redo, &QAction::changed, redo, [redo, tipWithKeys] { tipWithKeys(redo); });
    tipWithKeys(undo);
    tipWithKeys(redo);

    connect(makeAction(u"addObjective"_s, tr("Add &Objective"), u"objective"_s, { QKeySequence(u"Ctrl+Shift+N"_s) },
                tr("Add a learning objective after the selected one")),
        &QAction::triggered, m_objectives, &ObjectivesPanel::addObjective);
    connect(makeAction(u"addActivity"_s, tr("Add &Activity"), u"list-add"_s, { QKeySequence(u"Ctrl+N"_s) },
                tr("Add an activity to the focused lane")),
        &QAction::triggered, m_board, &ActivityBoard::addActivity);
    // Ins adds to whichever list has the focus; it has no menu entry of its own.
    connect(makeAction(u"insert"_s, tr("Insert"), {}, { QKeySequence(Qt::Key_Insert) }, {}), &QAction::triggered, this,
        [this] {
            if (objectivesHaveFocus())
                m_objectives->addObjective();
            else
                m_board->addActivity();
        });
    connect(makeAction(u"delete"_s, tr("&Delete"), u"edit-delete"_s, QKeySequence::keyBindings(QKeySequence::Delete),
                tr("Delete the selected objective or activity")),
        &QAction::triggered, this, [this] {
            if (objectivesHaveFocus())
                m_objectives->removeCurrentObjective();
            else if (!inspectorHasFocus())
                m_board->removeCurrentActivity();
        });
    auto moveVertically = [this](int delta) {
        if (objectivesHaveFocus())
            m_objectives->moveCurrentObjective(delta);
        else
            m_board->moveCurrentInLane(delta);
    };
    connect(makeAction(u"moveUp"_s, tr("Move &Up"), u"go-up"_s, { QKeySequence(u"Ctrl+Up"_s) },
                tr("Move the selected objective or card up")),
        &QAction::triggered, this, [moveVertically] { moveVertically(-1); });
    connect(makeAction(u"moveDown"_s, tr("Move Do&wn"), u"go-down"_s, { QKeySequence(u"Ctrl+Down"_s) },
                tr("Move the selected objective or card down")),
        &QAction::triggered, this, [moveVertically] { moveVertically(+1); });
    connect(makeAction(u"previousLane"_s, tr("Move to &Previous Phase"), u"go-previous"_s,
                { QKeySequence(u"Ctrl+Left"_s) }, tr("Move the card to the phase before (e.g. in-class → pre-class)")),
        &QAction::triggered, this, [this] { m_board->moveCurrentToLane(-1); });
    connect(makeAction(u"nextLane"_s, tr("Move to &Next Phase"), u"go-next"_s, { QKeySequence(u"Ctrl+Right"_s) },
                tr("Move the card to the phase after (e.g. in-class → post-class)")),
        &QAction::triggered, this, [this] { m_board->moveCurrentToLane(+1); });
    connect(makeAction(u"previousObjective"_s, tr("Move to Previous Ob&jective"), {},
                { QKeySequence(u"Ctrl+Shift+Up"_s) }, tr("Move the card to the objective above")),
        &QAction::triggered, this, [this] { m_board->moveCurrentToObjective(-1); });
    connect(makeAction(u"nextObjective"_s, tr("Move to Next Objecti&ve"), {}, { QKeySequence(u"Ctrl+Shift+Down"_s) },
                tr("Move the card to the objective below")),
        &QAction::triggered, this, [this] { m_board->moveCurrentToObjective(+1); });
    connect(makeAction(u"tools"_s, tr("&Tool Catalogue…"), u"tool"_s, { QKeySequence(u"Ctrl+T"_s) },
                tr("The tools this project can use")),
        &QAction::triggered, this, [this] {
            ToolCatalogueDialog dialog(m_doc, this);
            connectRetired(&dialog);
            dialog.exec();
        });

    // View
    auto *views = new QActionGroup(this);
    QAction *lanes = makeAction(u"showLanes"_s, tr("&Lanes"), u"activity"_s, { QKeySequence(u"Ctrl+1"_s) },
        tr("The selected objective's activities in three lanes"));
    QAction *overview = makeAction(u"showOverview"_s, tr("O&verview"), u"chart"_s, { QKeySequence(u"Ctrl+2"_s) },
        tr("All objectives and their lanes at once"));
    for (QAction *a : { lanes, overview }) {
        a->setCheckable(true);
        views->addAction(a);
    }
    lanes->setChecked(true);
    connect(overview, &QAction::toggled, this, &MainWindow::showOverview);

    auto *themes = new QActionGroup(this);
    const auto addTheme = [this, themes](Theme::Mode mode, const QString &text, const QString &tip) {
        QAction *a = makeAction(u"theme%1"_s.arg(int(mode)), text, {}, {}, tip);
        a->setCheckable(true);
        a->setChecked(Theme::instance()->mode() == mode);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [mode] { Theme::instance()->setMode(mode); });
    };
    addTheme(Theme::Mode::System, tr("Follow the &system setting"), tr("Light or dark, as your desktop is set"));
    addTheme(Theme::Mode::Light, tr("Always &light"), tr("Dark text on a light background"));
    addTheme(Theme::Mode::Dark, tr("Always &dark"), tr("Light text on a dark background"));

    // Help
    connect(makeAction(u"shortcuts"_s, tr("&Keyboard Shortcuts"), u"help"_s,
                QKeySequence::keyBindings(QKeySequence::HelpContents), tr("Every key the studio knows")),
        &QAction::triggered, this, [this] { ShortcutsDialog(m_menus, this).exec(); });
    connect(makeAction(u"about"_s, tr("&About Blendwise"), u"info"_s, {}, {}), &QAction::triggered, this,
        &MainWindow::showAbout);

    connect(m_doc, &Document::changed, this, &MainWindow::updateActions);
    connect(m_board, &ActivityBoard::currentActivityChanged, this, &MainWindow::updateActions);
    connect(m_objectives, &ObjectivesPanel::currentObjectiveChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ action(u"new"_s), action(u"newFromTeamTemplate"_s), action(u"open"_s), action(u"import"_s), action(u"updateFromCsv"_s),
        action(u"publishToLibrary"_s), action(u"updateFromLibrary"_s), action(u"applyClientProfile"_s) });
    auto *recent = file->addMenu(icon(u"document-open"_s), tr("Open &Recent"));
    m_session->recentFiles()->attachMenu(recent);
    file->addSeparator();
    file->addActions({ action(u"save"_s), action(u"saveAs"_s) });
    file->addSeparator();
    file->addActions({ action(u"export"_s), action(u"printPreview"_s), action(u"print"_s) });
    file->addSeparator();
    file->addActions({ action(u"markVersion"_s), action(u"versions"_s) });
    file->addSeparator();
    file->addAction(action(u"properties"_s));
    file->addSeparator();
    file->addActions({ action(u"close"_s), action(u"quit"_s) });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({ action(u"undo"_s), action(u"redo"_s) });
    edit->addSeparator();
    edit->addActions({ action(u"addObjective"_s), action(u"addActivity"_s), action(u"delete"_s) });
    edit->addSeparator();
    edit->addActions({ action(u"moveUp"_s), action(u"moveDown"_s), action(u"previousLane"_s), action(u"nextLane"_s),
        action(u"previousObjective"_s), action(u"nextObjective"_s) });
    edit->addSeparator();
    edit->addActions({ action(u"tools"_s), action(u"librarySettings"_s) });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ action(u"showLanes"_s), action(u"showOverview"_s) });
    view->addSeparator();
    // In the order of their keys (Alt+Shift+1 … 7), not in the order the docks were made.
    QList<QDockWidget *> byKey = m_docks;
    std::stable_sort(byKey.begin(), byKey.end(), [](const QDockWidget *a, const QDockWidget *b) {
        const QString ka = a->toggleViewAction()->shortcut().toString(QKeySequence::PortableText);
        const QString kb = b->toggleViewAction()->shortcut().toString(QKeySequence::PortableText);
        return !ka.isEmpty() && (kb.isEmpty() || ka < kb);
    });
    for (QDockWidget *dock : std::as_const(byKey))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    for (int m = 0; m <= int(Theme::Mode::Dark); ++m)
        theme->addAction(action(u"theme%1"_s.arg(m)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({ action(u"shortcuts"_s), action(u"about"_s) });
    m_menus = { file, edit, view, help };
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setIconSize(QSize(20, 20));
    bar->addActions({ action(u"new"_s), action(u"open"_s), action(u"save"_s), action(u"export"_s) });
    bar->addSeparator();
    bar->addActions({ action(u"undo"_s), action(u"redo"_s) });
    bar->addSeparator();
    bar->addActions({ action(u"addObjective"_s), action(u"addActivity"_s), action(u"delete"_s) });
    bar->addSeparator();
    bar->addActions({ action(u"previousLane"_s), action(u"nextLane"_s) });
    bar->addSeparator();
    bar->addActions({ action(u"showLanes"_s), action(u"showOverview"_s) });
    bar->addSeparator();
    bar->addActions({ action(u"tools"_s), action(u"properties"_s) });

    QToolBar *objectives = m_objectives->toolBar();
    objectives->addActions(
        { action(u"addObjective"_s), action(u"delete"_s), action(u"moveUp"_s), action(u"moveDown"_s) });
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString &name, const QString &title, QWidget *widget, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setAccessibleName(title);
        addDockWidget(area, dock);
        dock->installEventFilter(this); // View ▸ <dock> on a dock behind a tab brings it to the front
        m_docks.append(dock);
        return dock;
    };
    QDockWidget *objectives = addDock(u"objectivesDock"_s, tr("Objectives"), m_objectives, Qt::LeftDockWidgetArea);
    objectives->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+1"_s));

    m_inspector = new ActivityInspector(m_doc, this);
    QDockWidget *inspector = addDock(u"inspectorDock"_s, tr("Inspector"), m_inspector, Qt::RightDockWidgetArea);
    inspector->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+2"_s));

    m_blend = new BlendOverview(m_doc, this);
    QDockWidget *blend = addDock(u"blendDock"_s, tr("Blend"), m_blend, Qt::BottomDockWidgetArea);
    blend->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+3"_s));

    m_findings = new FindingsPanel(m_doc, this);
    QDockWidget *findings = addDock(u"findingsDock"_s, tr("Findings"), m_findings, Qt::BottomDockWidgetArea);
    findings->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+4"_s));
    tabifyDockWidget(blend, findings);

    m_dayView = new DayView(m_doc, this);
    QDockWidget *day = addDock(u"dayViewDock"_s, tr("Day View"), m_dayView, Qt::BottomDockWidgetArea);
    day->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+6"_s));
    tabifyDockWidget(findings, day);

    m_changes = new ChangesPanel(m_doc, this);
    QDockWidget *changes = addDock(u"changesDock"_s, tr("Changes"), m_changes, Qt::BottomDockWidgetArea);
    changes->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+7"_s));
    tabifyDockWidget(day, changes);

    auto *patterns = m_patterns = new PatternsPanel(
        m_doc, [this] { return m_board->objective(); }, [this] { return m_board->currentPhase(); }, this);
    connect(patterns, &PatternsPanel::activityAdded, this, [this](Id id) { m_board->selectActivity(id); });
    // A pattern dragged from the panel onto a lane joins that lane where it is dropped.
    m_board->setForeignDrop({ Mime::pattern() }, [patterns](const QMimeData *data, Id objective, Phase phase, int row) {
        return patterns->dropPattern(data, objective, phase, row);
    });
    QDockWidget *patternsDock = addDock(u"patternsDock"_s, tr("Patterns"), patterns, Qt::RightDockWidgetArea);
    patternsDock->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+8"_s));
    // Shown when asked for (View ▸ Patterns): without a team library it has nothing to show.
    patternsDock->hide();
    auto versionBases = [this] {
        QList<ChangesPanel::Base> bases;
        const QList<Version> &versions = m_doc->project().versions;
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const Id id = it->id;
            bases.append({ tr("Version %1").arg(it->name), u"version:%1"_s.arg(id), [this, id](QString *error) {
                              DocumentVersions::Content content = DocumentVersions::content(*m_doc, id);
                              if (!content.error.isEmpty()) {
                                  *error = content.error;
                                  return std::optional<Project>();
                              }
                              return std::optional<Project>(std::move(content.project));
                          } });
        }
        m_changes->setExtraBases(bases);
    };
    connect(m_doc, &Document::versionsChanged, this, versionBases);
    connect(m_doc, &Document::projectReset, this, versionBases);
    versionBases();

    auto *preview = new PlanPreview(m_doc, this);
    QDockWidget *previewDock = addDock(u"previewDock"_s, tr("Plan Preview"), preview, Qt::RightDockWidgetArea);
    previewDock->toggleViewAction()->setShortcut(QKeySequence(u"Alt+Shift+5"_s));
    tabifyDockWidget(inspector, previewDock);
    inspector->raise();
    blend->raise();
}

void MainWindow::applyDefaultDockSizes()
{
    // The board is where the work happens: side panels just wide enough for their forms, and the
    // blend chart a strip along the bottom rather than half the window.
    const auto dock = [this](const char *name) { return findChild<QDockWidget *>(QString::fromLatin1(name)); };
    QDockWidget *objectives = dock("objectivesDock");
    QDockWidget *inspector = dock("inspectorDock");
    QDockWidget *blend = dock("blendDock");
    if (objectives && inspector)
        resizeDocks({ objectives, inspector }, { 280, 430 }, Qt::Horizontal);
    if (blend)
        resizeDocks({ blend }, { qMax(230, height() / 3) }, Qt::Vertical);
}

void MainWindow::wireSelection()
{
    connect(m_objectives, &ObjectivesPanel::currentObjectiveChanged, this, [this](Id id) {
        m_board->setObjective(id);
        m_overview->setCurrentObjective(id);
        if (m_blend)
            m_blend->setObjective(id);
        // With no card selected, the inspector shows the objective (measure, instrument, notes).
        if (m_inspector)
            m_inspector->setObjective(id);
    });
    // Choosing the objective itself (its row, the board's header, the overview) inspects it.
    if (m_inspector) {
        connect(m_objectives, &ObjectivesPanel::objectiveChosen, m_inspector, &ActivityInspector::showObjective);
        connect(m_overview, &BoardOverview::objectiveSelected, m_inspector, &ActivityInspector::showObjective);
        m_board->installEventFilter(this);
        for (Phase phase : { Phase::PreClass, Phase::InClass, Phase::PostClass, Phase::Unset })
            if (auto *view = m_board->laneView(phase))
                connect(view, &QAbstractItemView::pressed, this, [this] {
                    if (const Id id = m_board->currentActivity())
                        m_inspector->setActivity(id);
                });
    }
    connect(m_board, &ActivityBoard::objectiveRequested, m_objectives, &ObjectivesPanel::setCurrentObjective);
    connect(m_board, &ActivityBoard::currentActivityChanged, this, [this](Id id) {
        if (m_inspector)
            m_inspector->setActivity(id);
        m_overview->setSelectedActivity(id);
        if (m_dayView)
            m_dayView->showActivity(id);
    });
    connect(m_board, &ActivityBoard::inspectRequested, this, [this] {
        if (!m_inspector)
            return;
        auto *dock = qobject_cast<QDockWidget *>(m_inspector->parentWidget());
        if (dock) {
            dock->show();
            dock->raise();
        }
        m_inspector->titleEdit()->setFocus(Qt::OtherFocusReason);
    });
    if (m_inspector)
        connect(m_inspector, &ActivityInspector::leaveRequested, this, [this] {
            if (const Id id = m_inspector->activity())
                m_board->selectActivity(id, true);
            else
                m_objectives->view()->setFocus(Qt::ShortcutFocusReason);
        });
    connect(m_overview, &BoardOverview::objectiveSelected, m_objectives, &ObjectivesPanel::setCurrentObjective);
    connect(m_overview, &BoardOverview::activitySelected, this, [this](Id id) { reveal(id); });
    connect(m_overview, &BoardOverview::activityOpened, this, [this](Id id) {
        action(u"showLanes"_s)->setChecked(true);
        reveal(id);
        m_board->selectActivity(id, true);
    });
    if (m_findings)
        connect(m_findings, &FindingsPanel::itemActivated, this, &MainWindow::reveal);
    if (m_changes) {
        connect(m_changes, &ChangesPanel::itemActivated, this, &MainWindow::reveal);
        connect(m_changes, &ChangesPanel::changedActivitiesChanged, this,
            [this] { m_board->setMarkedActivities(m_changes->changedActivities()); });
    }
    if (m_dayView)
        connect(m_dayView, &DayView::activityActivated, this, &MainWindow::reveal);
}

void MainWindow::reconnectLibrary()
{
    m_libraryStatus->refresh();
    m_libraryLive->restart();
    m_patterns->refreshSoon();
}

void MainWindow::connectRetired(ToolCatalogueDialog *dialog)
{
    connect(dialog, &ToolCatalogueDialog::retiredInLibrary, this, [this](const QString &name) {
        m_libraryLive->refreshFacts();
        statusBar()->showMessage(tr("“%1” is retired for the whole team: projects are offered its replacement in "
                                    "Update from Team Library.").arg(name), 10000);
    });
}

void MainWindow::reveal(Id id)
{
    const Project &project = m_doc->project();
    if (project.objective(id)) {
        m_objectives->setCurrentObjective(id);
        if (m_inspector)
            m_inspector->showObjective(id);
        return;
    }
    const auto pos = project.activityPos(id);
    if (pos.isValid()) {
        m_objectives->setCurrentObjective(project.objectives[pos.objective].id);
        m_board->selectActivity(id, m_central->currentWidget() == m_board);
        if (m_inspector) // the card may have been selected already, with the objective inspected since
            m_inspector->setActivity(id);
        return;
    }
    if (project.tool(id)) {
        ToolCatalogueDialog dialog(m_doc, this);
        dialog.selectTool(id);
        connectRetired(&dialog);
        dialog.exec();
        return;
    }
    if (project.moment(id))
        ProjectPropertiesDialog(m_doc, this).exec();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // View ▸ Day View (Alt+Shift+6) on a dock that is open but behind another tab means "show
    // it": its toggle would close it instead, and the designer would see the tab disappear.
    if (event->type() == QEvent::Close) {
        auto *dock = qobject_cast<QDockWidget *>(watched);
        if (dock && m_docks.contains(dock) && !dock->isFloating() && !tabifiedDockWidgets(dock).isEmpty()
            && dock->visibleRegion().isEmpty()) {
            event->ignore();
            dock->raise();
            dock->toggleViewAction()->setChecked(true);
            return true;
        }
    }
    // A click on the board's header (the objective's statement above the lanes) inspects the
    // objective. Clicks on cards never get here: the lanes take them.
    if (watched == m_board && event->type() == QEvent::MouseButtonPress && m_inspector && m_board->objective()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QWidget *lane = m_board->laneView(Phase::PreClass);
        const int lanesTop = lane ? lane->parentWidget()->mapTo(m_board, QPoint(0, 0)).y() : 0;
        if (mouse->position().y() < lanesTop)
            m_inspector->showObjective(m_board->objective());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::selectUndoneItem()
{
    const Id id = m_undoSelection->lastStep();
    const Project &project = m_doc->project();
    if (const auto pos = project.activityPos(id); pos.isValid()) {
        // Selected and scrolled into view; the keyboard stays where it was unless on the board.
        const QWidget *focus = QApplication::focusWidget();
        const bool boardFocus = focus && m_board->isAncestorOf(focus);
        m_objectives->setCurrentObjective(project.objectives[pos.objective].id);
        m_board->selectActivity(id, boardFocus);
    } else if (project.objective(id)) {
        m_objectives->setCurrentObjective(id);
    }
}

bool MainWindow::objectivesHaveFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == m_objectives || m_objectives->isAncestorOf(focus));
}

bool MainWindow::inspectorHasFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return m_inspector && focus && (focus == m_inspector || m_inspector->isAncestorOf(focus));
}

void MainWindow::showOverview(bool overview)
{
    m_central->setCurrentWidget(overview ? static_cast<QWidget *>(m_overview) : m_board);
    if (overview)
        m_overview->setCurrentObjective(m_objectives->currentObjective());
}

void MainWindow::openVersion(Id id)
{
    const Version *v = m_doc->version(id);
    if (!v)
        return;
    DocumentVersions::Content content = DocumentVersions::content(*m_doc, id);
    if (!content.error.isEmpty()) {
        QMessageBox::warning(this, tr("Open Version"), content.error);
        return;
    }
    auto *window = new MainWindow();
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->m_titleNote = tr("version %1 of %2").arg(v->name, m_session->displayName());
    window->session()->newFrom(std::move(content.project));
    window->document()->markSaved();
    window->document()->setReadOnly(true);
    window->updateTitle();
    // Saved under a name of its own, it is a new project: no longer "version … of …".
    connect(window->document(), &Document::filePathChanged, window, [window] {
        window->m_titleNote.clear();
        window->updateTitle();
    });
    window->show();
    window->statusBar()->showMessage(
        tr("A version, read-only. File ▸ Save As starts a new project from it."), 10000);
}

void MainWindow::compareWithVersion(Id id)
{
    if (!m_changes)
        return;
    m_changes->setCurrentBaseKey(u"version:%1"_s.arg(id));
    if (auto *dock = qobject_cast<QDockWidget *>(m_changes->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::updateTitle()
{
    QString name = m_titleNote.isEmpty() ? m_session->displayName() : m_titleNote;
    if (m_readOnly)
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1[*] — Blendwise").arg(name));
    setWindowModified(m_doc->isModified());
    setWindowFilePath(m_doc->filePath());
}

void MainWindow::updateStatus()
{
    // Coalesced: one recount per event-loop pass, however many signals an edit sends.
    static const char *const Pending = "bwStatusPending";
    if (property(Pending).toBool())
        return;
    setProperty(Pending, true);
    QTimer::singleShot(0, this, [this] {
        setProperty(Pending, false);
        const Project &p = m_doc->project();
        qint64 minutes = 0; // added up as the plan does, so that both show the same total
        for (const auto &o : p.objectives)
            for (const auto &a : o.activities)
                minutes += plan::wholeMinutes(workloadMinutes(a, activityDate(p, a)));
        const QLocale locale;
        const int objectives = int(p.objectives.size());
        const int activities = p.activityCount();
        m_counts->setText((objectives == 1 ? tr("1 objective") : tr("%n objectives", nullptr, objectives)) + u"  ·  "_s
            + (activities == 1 ? tr("1 activity") : tr("%n activities", nullptr, activities)) + u"  ·  "_s
            + tr("%1 min").arg(locale.toString(qlonglong(minutes))));
    });
}

void MainWindow::updateActions()
{
    const bool editable = !m_readOnly;
    const bool hasObjective = m_objectives->currentObjective() != 0;
    const bool hasActivity = m_board->currentActivity() != 0;
    action(u"save"_s)->setEnabled(editable);
    for (const char *name :
        { "addObjective", "properties", "tools", "updateFromCsv", "updateFromLibrary", "applyClientProfile" })
        action(QString::fromLatin1(name))->setEnabled(editable);
    action(u"addActivity"_s)->setEnabled(editable && hasObjective);
    action(u"insert"_s)->setEnabled(editable);
    for (const char *name : { "delete", "moveUp", "moveDown" })
        action(QString::fromLatin1(name))->setEnabled(editable && (hasObjective || hasActivity));
    for (const char *name : { "previousLane", "nextLane", "previousObjective", "nextObjective" })
        action(QString::fromLatin1(name))->setEnabled(editable && hasActivity);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_readOnlyBadge->setVisible(readOnly);
    // Looking stays possible; changing is not.
    const auto triggers = readOnly ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked;
    m_objectives->view()->setEditTriggers(triggers);
    m_objectives->view()->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    m_board->setReadOnly(readOnly);
    m_overview->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    if (m_inspector)
        m_inspector->setEnabled(!readOnly);
    updateTitle();
    updateActions();
}

void MainWindow::start(const QStringList &files)
{
    const bool recovered = m_session->offerRecovery();
    if (recovered || files.isEmpty())
        return;
    // A file that cannot be opened is explained by the session; the studio stays on an empty project.
    m_session->openFile(files.first());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    m_session->finish();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1360, 840);
    // Without a saved layout, size the docks once the window has its real size.
    if (!restoreState(settings.value(u"window/state"_s).toByteArray()))
        QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        Theme::refreshActionIcons(this);
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Blendwise"),
        tr("<h3>Blendwise %1</h3><p>A course-design studio for blended learning: objectives "
           "first, activities placed before, in and after class, each with its social direction "
           "and the tool that carries it.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QString::fromLatin1(BLENDWISE_VERSION)));
}

} // namespace bw::ui
