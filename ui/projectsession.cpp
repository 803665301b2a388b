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
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bw::ui {

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
}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::displayName() const
{
    return m_doc->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_doc->filePath()).fileName();
}

QMessageBox::StandardButton ProjectSession::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons)
{
    if (m_prompt)
        return m_prompt(icon, title, text, buttons);
    QMessageBox box(icon, title, text, buttons, m_window);
    if (buttons & QMessageBox::Save)
        box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

void ProjectSession::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
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
    lock = std::make_unique<ProjectLock>(path);
    readOnly = false;
    if (lock->tryLock())
        return true;
    const ProjectLock::Holder holder = lock->holder();
    lock.reset();
    QString who = holder.pid ? tr("another Blendwise window (process %1 on %2)").arg(holder.pid).arg(holder.hostname)
                             : tr("another Blendwise window");
    const auto answer = ask(QMessageBox::Question, tr("Project Already Open"),
                            tr("“%1” is being edited in %2. Open it read-only? You can still save a copy under "
                               "another name with Save As.")
                                .arg(QFileInfo(path).fileName(), who),
                            QMessageBox::Open | QMessageBox::Cancel);
    if (answer != QMessageBox::Open)
        return false;
    readOnly = true;
    return true;
}

bool ProjectSession::openFile(const QString &path)
{
    if (!confirmDiscard())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
    if (m_readOnly || m_doc->filePath().isEmpty())
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
    if (samePath && m_readOnly)
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
    const QList<RecoveryEntry> entries = m_store->entries();
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
    std::unique_ptr<ProjectLock> lock;
    bool readOnly = false;
    if (!entry.originalPath.isEmpty() && !acquireLock(entry.originalPath, lock, readOnly))
        return false;
    adopt(std::move(loaded.project), entry.originalPath, std::move(lock), readOnly);
    // The recovered work is not in the file yet: it is unsaved until the person saves it.
    m_doc->undoStack()->resetClean();
    // Our own copy replaces the dead session's, so the work stays safe if we crash too.
    if (m_autoSaver->writeNow().isEmpty())
        m_store->discard(entry);
    Q_EMIT statusMessage(tr("Recovered unsaved work. Save to keep it."));
    return true;
}

void ProjectSession::finish()
{
    m_autoSaver->discard();
    m_lock.reset();
}

} // namespace bw::ui
