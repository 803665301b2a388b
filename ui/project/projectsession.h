// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>

#include <functional>
#include <memory>

class QSessionManager;

namespace bw {
class Document;
class ProjectLock;
class RecoveryStore;
struct RecoveryEntry;
} // namespace bw

namespace bw::ui {

class AutoSaver;
class RecentFiles;

// The life of the open project file, the way desktop users expect it: New, Open, Save, Save As,
// Close; asking before unsaved changes are lost; a lock so that one file is edited by one studio
// (a second one gets it read-only); recovery copies while there are unsaved changes and an
// offer to recover them after a crash. The window only wires menu entries to these calls.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    ProjectSession(Document *document, QWidget *window, std::shared_ptr<RecoveryStore> store = {});
    ~ProjectSession() override;

    Document *document() const { return m_doc; }
    RecentFiles *recentFiles() const { return m_recent; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    RecoveryStore *recoveryStore() const { return m_store.get(); }

    // The document's read-only state (Document::isReadOnly), set when the file is locked elsewhere.
    bool isReadOnly() const;
    // "plan.blendwise" or "Untitled".
    QString displayName() const;

    // Every question and error goes through here, so tests can answer them. The default shows a
    // QMessageBox; the return value is the button chosen.
    using Prompt = std::function<QMessageBox::StandardButton(QMessageBox::Icon icon, const QString &title,
                                                             const QString &text,
                                                             QMessageBox::StandardButtons buttons)>;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Asks for a file name to save to; the default is a QFileDialog. Empty means cancelled.
    using SavePathPrompt = std::function<QString(const QString &suggestion)>;
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }

    // Each returns false when the person cancelled or the step failed (after saying why).
    bool newProject();             // with the New Project dialog
    bool newFrom(Project project); // no dialog
    bool open();                   // with a file dialog
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool closeProject();
    // Save / Discard / Cancel when there are unsaved changes; true when it is fine to go on.
    bool confirmDiscard();
    // Shows the recovery dialog when crashed sessions left copies. True when one was recovered.
    bool offerRecovery();
    bool recover(const RecoveryEntry &entry);
    // A clean exit: the copies of this session are no longer needed.
    void finish();

    // The desktop session is ending (log out, shut down). With interaction allowed, asks to
    // save unsaved changes (false: the person cancelled, so the logout should be too);
    // without, writes the recovery copy at once and asks nothing, so nothing is lost if the
    // studio is then killed. Returns false only when the person cancelled.
    bool commitData(bool interactionAllowed);
    // QGuiApplication::commitDataRequest, wired in the constructor.
    void commitDataRequest(QSessionManager &manager);

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    void statusMessage(const QString &message);

private:
    // `labels` renames standard buttons in the shown box (say, Ignore as "Take Over").
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, const QHash<QMessageBox::StandardButton, QString> &labels = {});
    // Another session of this process that has `path` open, or nullptr.
    ProjectSession *sessionWith(const QString &path) const;
    // Takes the project's lock, or explains who holds it and offers read-only. False = cancelled.
    bool acquireLock(const QString &path, std::unique_ptr<ProjectLock> &lock, bool &readOnly);
    void adopt(Project project, const QString &path, std::unique_ptr<ProjectLock> lock, bool readOnly);
    void setReadOnly(bool readOnly);

    static QList<ProjectSession *> s_sessions; // every session of this process (one per window)

    Document *m_doc;
    QWidget *m_window;
    std::shared_ptr<RecoveryStore> m_store;
    std::unique_ptr<ProjectLock> m_lock;
    RecentFiles *m_recent;
    AutoSaver *m_autoSaver;
    Prompt m_prompt;
    SavePathPrompt m_savePathPrompt;
};

} // namespace bw::ui
