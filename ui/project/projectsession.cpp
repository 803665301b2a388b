// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "autosaver.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "newprojectdialog.h"
#include "recentfiles.h"
#include "recoverydialog.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"
#include "storage/recoverystore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QSessionManager>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bw::ui {

QList<ProjectSession *> ProjectSession::s_sessions;

namespace {
// "3 minutes", "5 hours", "12 days": how long a lock has been there.
QString ageText(const QDateTime &since)
{
    const qint64 secs = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    if (secs < 60)
        return ProjectSession::tr("less than a minute");
    if (secs < 3600) {
        const int minutes = int(secs / 60);
        return minutes == 1 ? ProjectSession::tr("1 minute") : ProjectSession::tr("%n minutes", nullptr, minutes);
    }
    if (secs < 48 * 3600) {
        const int hours = int(secs / 3600);
        return hours == 1 ? ProjectSession::tr("1 hour") : ProjectSession::tr("%n hours", nullptr, hours);
    }
    return ProjectSession::tr("%n days", nullptr, int(std::min<qint64>(secs / 86400, 1'000'000)));
}
} // namespace

ProjectSession::ProjectSession(Document *document, QWidget *window, std::shared_ptr<RecoveryStore> store)
    : QObject(window)
    , m_doc(document)
    , m_window(window)
    , m_store(store ? std::move(store) : std::make_shared<RecoveryStore>())
    , m_recent(new RecentFiles(this))
    , m_autoSaver(new AutoSaver(document, m_store, QUuid::createUuid().toString(QUuid::WithoutBraces), this))
{
    connect(m_autoSaver, &AutoSaver::failed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Could not write the recovery copy: %1").arg(message));
    });
    connect(m_doc, &Document::readOnlyChanged, this, &ProjectSession::readOnlyChanged);
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::commitDataRequest, this, &ProjectSession::commitDataRequest,
            Qt::DirectConnection);
    s_sessions.append(this);
}

ProjectSession::~ProjectSession()
{
    s_sessions.removeOne(this);
}

bool ProjectSession::isReadOnly() const
{
    return m_doc->isReadOnly();
}

ProjectSession *ProjectSession::sessionWith(const QString &path) const
{
    for (ProjectSession *other : std::as_const(s_sessions))
        if (other != this && other->m_doc->filePath() == path && other->m_lock && other->m_lock->isLocked())
            return other;
    return nullptr;
}

QString ProjectSession::displayName() const
{
    return m_doc->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_doc->filePath()).fileName();
}

QMessageBox::StandardButton ProjectSession::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (m_prompt)
        return m_prompt(icon, title, text, buttons);
    QMessageBox box(icon, title, text, buttons, m_window);
    if (buttons & QMessageBox::Save)
        box.setDefaultButton(QMessageBox::Save);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (QAbstractButton *b = box.button(it.key()))
            b->setText(it.value());
    return QMessageBox::StandardButton(box.exec());
}

void ProjectSession::setReadOnly(bool readOnly)
{
    // The document holds the state; readOnlyChanged is forwarded from it.
    m_doc->setReadOnly(readOnly);
}

bool ProjectSession::confirmDiscard()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = ask(QMessageBox::Warning, tr("Unsaved Changes"),
                            tr("“%1” has changes that are not saved. Save them before going on?").arg(displayName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ProjectSession::adopt(Project project, const QString &path, std::unique_ptr<ProjectLock> lock, bool readOnly)
{
    // The previous project's copies are obsolete once the person chose to leave it.
    m_autoSaver->discard();
    m_lock = std::move(lock);
    m_doc->resetProject(std::move(project));
    m_doc->setFilePath(path);
    setReadOnly(readOnly);
}

bool ProjectSession::newProject()
{
    if (!confirmDiscard())
        return false;
    NewProjectDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    adopt(dialog.project(), {}, nullptr, false);
    return true;
}

bool ProjectSession::newFrom(Project project)
{
    if (!confirmDiscard())
        return false;
    adopt(std::move(project), {}, nullptr, false);
    return true;
}

bool ProjectSession::open()
{
    if (!confirmDiscard())
        return false;
    const QString dir = m_doc->filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_doc->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), dir,
                                                      tr("Blendwise projects (*.blendwise);;All files (*)"));
    return !path.isEmpty() && openFile(path);
}

bool ProjectSession::acquireLock(const QString &path, std::unique_ptr<ProjectLock> &lock, bool &readOnly)
{
    const QString name = QFileInfo(path).fileName();
    readOnly = false;
    lock = std::make_unique<ProjectLock>(path);
    if (lock->tryLock())
        return true;
    const ProjectLock::Holder holder = lock->holder();
    // Another window of this very studio: bring it forward instead of a read-only duplicate.
    if (holder.isThisProcess()) {
        lock.reset();
        if (ProjectSession *other = sessionWith(path); other && other->m_window) {
            other->m_window->show();
            other->m_window->raise();
            other->m_window->activateWindow();
        }
        ask(QMessageBox::Information, tr("Project Already Open"),
            tr("“%1” is already open in another window of this Blendwise; that window was brought to the front.")
                .arg(name),
            QMessageBox::Ok);
        return false;
    }
    const QString since = holder.lockedAt.isValid() ? ageText(holder.lockedAt) : tr("an unknown time");
    const QString user = holder.user.isEmpty() ? tr("an unknown user") : holder.user;
    if (holder.isOtherMachine()) {
        // Whether that studio still runs cannot be checked from here; it may have crashed and
        // left the lock forever. The person decides, warned of what taking over means.
        const auto answer = ask(QMessageBox::Warning, tr("Project Locked on Another Computer"),
            tr("“%1” is locked by Blendwise on the computer “%2” (user %3, process %4) for %5.\n\nIf that "
               "studio crashed, you can take the project over. If it is in fact still open there, taking over "
               "means both of you edit the file and one will overwrite the other's work.\n\nOpen it read-only "
               "instead, or take it over?")
                .arg(name, holder.hostname, user)
                .arg(holder.pid)
                .arg(since),
            QMessageBox::Open | QMessageBox::Ignore | QMessageBox::Cancel,
            { { QMessageBox::Open, tr("Open &Read-Only") }, { QMessageBox::Ignore, tr("&Take Over") } });
        if (answer == QMessageBox::Ignore) {
            if (lock->takeOver())
                return true;
            lock.reset();
            ask(QMessageBox::Critical, tr("Cannot Take Over"),
                tr("The lock on “%1” is still held by a running process; it was not broken.").arg(name),
                QMessageBox::Ok);
            return false;
        }
        lock.reset();
        if (answer != QMessageBox::Open)
            return false;
        readOnly = true;
        return true;
    }
    lock.reset();
    const QString who = holder.pid ? tr("another Blendwise window (process %1 of %2 on %3, for %4)")
                                         .arg(holder.pid)
                                         .arg(user, holder.hostname, since)
                                   : tr("another Blendwise window");
    const auto answer = ask(QMessageBox::Question, tr("Project Already Open"),
        tr("“%1” is being edited in %2. Open it read-only? You can still save a copy under "
           "another name with Save As.")
            .arg(name, who),
        QMessageBox::Open | QMessageBox::Cancel);
    if (answer != QMessageBox::Open)
        return false;
    readOnly = true;
    return true;
}

bool ProjectSession::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Reopening the file this window edits changes nothing: say so before asking about changes,
    // and keep the lock (a read-only reopen would have released it to the next studio).
    if (absolute == m_doc->filePath() && m_lock && m_lock->isLocked()) {
        ask(QMessageBox::Information, tr("Project Already Open"),
            tr("“%1” is already open in this window.").arg(QFileInfo(absolute).fileName()), QMessageBox::Ok);
        return false;
    }
    if (!confirmDiscard())
        return false;
    LoadResult loaded = ProjectFile::load(absolute);
    if (loaded.error) {
        ask(QMessageBox::Critical, tr("Cannot Open Project"), loaded.error.message, QMessageBox::Ok);
        if (loaded.error.kind == FileError::Missing)
            m_recent->remove(absolute);
        return false;
    }
    std::unique_ptr<ProjectLock> lock;
    bool readOnly = false;
    if (!acquireLock(absolute, lock, readOnly))
        return false;
    if (!readOnly && !QFileInfo(absolute).isWritable()) {
        readOnly = true;
        Q_EMIT statusMessage(tr("The file is write-protected: opened read-only. Use Save As to keep changes."));
    }
    adopt(std::move(loaded.project), absolute, std::move(lock), readOnly);
    m_recent->add(absolute);
    if (loaded.migrated)
        Q_EMIT statusMessage(tr("Opened a project from an older Blendwise; saving will upgrade the file."));
    return true;
}

bool ProjectSession::save()
{
    if (isReadOnly() || m_doc->filePath().isEmpty())
        return saveAs();
    return saveTo(m_doc->filePath());
}

bool ProjectSession::saveAs()
{
    QString suggestion = m_doc->filePath();
    if (suggestion.isEmpty()) {
        const QString title = m_doc->project().info.title.trimmed();
        suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath((title.isEmpty() ? tr("Untitled") : title) + u".blendwise"_s);
    }
    QString path;
    if (m_savePathPrompt)
        path = m_savePathPrompt(suggestion);
    else
        path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggestion,
                                            tr("Blendwise projects (*.blendwise)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".blendwise"_s;
    return saveTo(path);
}

bool ProjectSession::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool samePath = absolute == m_doc->filePath();
    if (samePath && isReadOnly())
        return saveAs();
    std::unique_ptr<ProjectLock> lock;
    if (!samePath) {
        lock = std::make_unique<ProjectLock>(absolute);
        if (!lock->tryLock()) {
            ask(QMessageBox::Warning, tr("Cannot Save Project"),
                tr("“%1” is open in another Blendwise window; saving here would overwrite its work. Choose "
                   "another name.")
                    .arg(QFileInfo(absolute).fileName()),
                QMessageBox::Ok);
            return false;
        }
    }
    const FileError error = ProjectFile::save(m_doc->project(), absolute);
    if (error) {
        ask(QMessageBox::Critical, tr("Cannot Save Project"), error.message, QMessageBox::Ok);
        return false;
    }
    if (lock)
        m_lock = std::move(lock);
    m_doc->setFilePath(absolute);
    m_doc->markSaved();
    setReadOnly(false);
    m_autoSaver->discard();
    // The file now holds newer work than any copy a crashed session left of it; offering
    // those at the next start would invite replacing this save with older work.
    m_store->discardEndedCopiesOf(absolute);
    m_recent->add(absolute);
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(QFileInfo(absolute).fileName()));
    return true;
}

bool ProjectSession::closeProject()
{
    if (!confirmDiscard())
        return false;
    adopt(bw::newProject(), {}, nullptr, false);
    return true;
}

bool ProjectSession::offerRecovery()
{
    QList<RecoveryEntry> entries;
    for (const RecoveryEntry &e : m_store->entries()) {
        // A copy its file already holds has nothing to recover.
        if (m_store->compare(e) == RecoveryState::SameAsFile)
            m_store->discard(e);
        else
            entries.append(e);
    }
    if (entries.isEmpty())
        return false;
    RecoveryDialog dialog(m_store.get(), entries, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return false;
    return recover(*dialog.chosen());
}

bool ProjectSession::recover(const RecoveryEntry &entry)
{
    if (!confirmDiscard())
        return false;
    LoadResult loaded = m_store->load(entry);
    if (loaded.error) {
        ask(QMessageBox::Critical, tr("Cannot Recover"), loaded.error.message, QMessageBox::Ok);
        return false;
    }
    // When the file was saved after the copy, the copy opens untitled: Save then asks for a
    // name instead of replacing the newer file with older work.
    const bool fileIsNewer = m_store->compare(entry) == RecoveryState::FileIsNewer;
    const QString path = fileIsNewer ? QString() : entry.originalPath;
    std::unique_ptr<ProjectLock> lock;
    bool readOnly = false;
    if (!path.isEmpty() && path == m_doc->filePath() && m_lock && m_lock->isLocked())
        lock = std::move(m_lock); // this window's own lock: keep it rather than compete with it
    else if (!path.isEmpty() && !acquireLock(path, lock, readOnly))
        return false;
    adopt(std::move(loaded.project), path, std::move(lock), readOnly);
    // The recovered work is not in the file yet: it is unsaved until the person saves it.
    m_doc->undoStack()->resetClean();
    // Our own copy replaces the dead session's, so the work stays safe if we crash too.
    if (m_autoSaver->writeNow().isEmpty())
        m_store->discard(entry);
    if (fileIsNewer)
        Q_EMIT statusMessage(tr("Recovered older work as an untitled project: “%1” was saved after this copy and "
                                "stays as it is.")
                                 .arg(QFileInfo(entry.originalPath).fileName()));
    else
        Q_EMIT statusMessage(tr("Recovered unsaved work. Save to keep it."));
    return true;
}

void ProjectSession::finish()
{
    m_autoSaver->discard();
    m_lock.reset();
}

bool ProjectSession::commitData(bool interactionAllowed)
{
    if (!m_doc->isModified())
        return true;
    if (interactionAllowed) {
        if (!confirmDiscard())
            return false;
        // Still modified: the person chose Discard, so the copies must not come back either.
        if (m_doc->isModified())
            m_autoSaver->discard();
        return true;
    }
    // No questions now: the desktop may end the studio any moment. The copy is offered at the
    // next start, since this session's lock dies with the process.
    const QString error = m_autoSaver->writeNow();
    if (!error.isEmpty())
        Q_EMIT statusMessage(tr("Could not write the recovery copy: %1").arg(error));
    return true;
}

void ProjectSession::commitDataRequest(QSessionManager &manager)
{
    // allowsInteraction() is itself the request to interact; release() lets other applications
    // ask their questions once ours is answered.
    const bool interactive = manager.allowsInteraction();
    if (!commitData(interactive))
        manager.cancel();
    if (interactive)
        manager.release();
}

} // namespace bw::ui
