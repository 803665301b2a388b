// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysyncdialog.h"

#include "advisor/libraryfacts.h"
#include "document/document.h"
#include "libraryorigins.h"
#include "librarylive.h"
#include "librarysession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

LibrarySyncDialog::LibrarySyncDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Update from Team Library"));
    setObjectName(u"librarySyncDialog"_s);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"syncStatus"_s);
    m_list->setObjectName(u"syncChanges"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply Selected"), QDialogButtonBox::ApplyRole);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_retry, &QPushButton::clicked, this, &LibrarySyncDialog::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
    refresh();
}

QString LibrarySyncDialog::statusText() const
{
    return m_status->text();
}

void LibrarySyncDialog::refresh()
{
    m_changes.clear();
    m_list->clear();
    m_apply->setEnabled(false);
    m_retry->setEnabled(false);
    if (!LibrarySession::isConfigured()) {
        m_status->setText(tr("No team library is set up (Edit ▸ Team Library Settings…)."));
        m_retry->setEnabled(true);
        Q_EMIT fetched(false);
        return;
    }
    const QList<LibraryOrigin> origins = toLibraryOrigins(m_document->project().origins);
    m_status->setText(tr("Asking the team library…"));
    const int generation = ++m_generation;
    // The snapshot holds every library tool, so the advisor learns from it what was retired.
    LibrarySession::run<std::optional<LibrarySnapshot>>(
        this,
        [origins](TeamLibrary &library, LibraryError &error) { return fetchLibrarySnapshot(library, origins, &error); },
        [this, generation](std::optional<LibrarySnapshot> snapshot, const LibraryError &error) {
            if (generation != m_generation)
                return;
            m_retry->setEnabled(true);
            if (error || !snapshot) {
                m_status->setText(error.status == LibraryStatus::Offline
                        ? tr("The team library is offline: nothing was changed. Your project keeps working "
                             "and saving; try again later.")
                        : tr("The team library could not be read: %1").arg(error.message));
                Q_EMIT fetched(false);
                return;
            }
            // The advisor learns what the team retired (rule library-tool-retired).
            setLibraryFacts(retiredToolFacts(snapshot->tools.values()));
            showChanges(*snapshot);
            Q_EMIT fetched(true);
        });
}

void LibrarySyncDialog::showChanges(const LibrarySnapshot &snapshot)
{
    m_changes = upstreamChanges(m_document->project(), toLibraryOrigins(m_document->project().origins), snapshot);
    for (const UpstreamChange &c : std::as_const(m_changes)) {
        auto *item = new QListWidgetItem(c.describe(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_changes.isEmpty())
        m_status->setText(tr("The project is up to date with the team library."));
    else
        m_status->setText(m_changes.size() == 1
                ? tr("1 change in the team library since this project took its items. Apply it if it is checked:")
                : tr("%1 changes in the team library since this project took its items. Apply the checked ones:")
                      .arg(m_changes.size()));
    m_apply->setEnabled(!m_changes.isEmpty());
    m_apply->setDefault(!m_changes.isEmpty()); // Enter applies what is ticked, not Retry
}

bool LibrarySyncDialog::apply()
{
    QList<UpstreamChange> chosen;
    for (int i = 0; i < m_changes.size() && i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen.append(m_changes.at(i));
    if (chosen.isEmpty()) {
        m_status->setText(tr("Nothing is checked."));
        return false;
    }
    const Project &current = m_document->project();
    const SyncResult result = applyUpstreamChanges(current, toLibraryOrigins(current.origins), chosen);
    Project next = result.project;
    next.origins = mergeUnknownOrigins(toProjectOrigins(result.origins), current.origins);
    QString error;
    if (!m_document->replaceContent(tr("Update from team library"), next, &error)) {
        m_status->setText(tr("The update could not be applied: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace bw::ui
