// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientprofiledialog.h"

#include "document/document.h"
#include "librarysession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name.trimmed(), Qt::CaseInsensitive);
}
} // namespace

Project applyClientProfile(Project project, const LibraryClient &client, const QList<LibraryTool> &libraryTools)
{
    for (Tool &tool : project.tools) {
        if (containsName(client.toolsProvided, tool.name))
            tool.clientProvided = true;
        if (containsName(client.toolsBlocked, tool.name))
            tool.oftenBlocked = true;
    }
    Id next = project.maxId();
    for (const QString &name : client.toolsProvided) {
        if (project.toolByName(name))
            continue;
        Tool tool;
        for (const LibraryTool &t : libraryTools)
            if (t.tool.name.compare(name, Qt::CaseInsensitive) == 0)
                tool = t.tool;
        if (tool.name.isEmpty())
            tool.name = name.trimmed();
        tool.id = ++next;
        tool.clientProvided = true;
        tool.oftenBlocked = containsName(client.toolsBlocked, tool.name);
        project.tools.append(tool);
    }
    if (project.info.client.trimmed().isEmpty())
        project.info.client = client.name;
    const ProjectOrigin origin { u"client"_s, client.meta.id, client.meta.rowVersion, 0 };
    auto same = [&origin](const ProjectOrigin &o) { return o.kind == origin.kind && o.libraryId == origin.libraryId; };
    auto it = std::find_if(project.origins.begin(), project.origins.end(), same);
    if (it != project.origins.end())
        *it = origin;
    else
        project.origins.append(origin);
    return project;
}

ClientProfileDialog::ClientProfileDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Apply Client Profile"));
    setObjectName(u"clientProfileDialog"_s);
    m_status->setObjectName(u"clientProfileStatus"_s);
    m_status->setWordWrap(true);
    m_list->setObjectName(u"clientProfiles"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_apply->setEnabled(row >= 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 340);

    if (!LibrarySession::isConfigured()) {
        m_status->setText(tr("No team library is set up (Edit ▸ Team Library Settings…)."));
        return;
    }
    m_status->setText(tr("Asking the team library…"));
    using Fetched = std::pair<QList<LibraryClient>, QList<LibraryTool>>;
    LibrarySession::run<Fetched>(
        this,
        [](TeamLibrary &library, LibraryError &error) {
            Fetched f;
            f.first = library.clients(&error);
            if (!error)
                f.second = library.tools(&error);
            return f;
        },
        [this](Fetched f, const LibraryError &error) {
            if (error) {
                m_status->setText(error.status == LibraryStatus::Offline
                        ? tr("The team library is offline: nothing was changed.")
                        : tr("The team library could not be read: %1").arg(error.message));
                Q_EMIT fetched(false);
                return;
            }
            m_clients = f.first;
            m_tools = f.second;
            for (const LibraryClient &c : std::as_const(m_clients)) {
                auto *item = new QListWidgetItem(c.name, m_list);
                item->setToolTip(
                    tr("Provides: %1\nBlocks: %2").arg(c.toolsProvided.join(u", "_s), c.toolsBlocked.join(u", "_s)));
            }
            m_status->setText(m_clients.isEmpty() ? tr("The team library has no client profiles yet.")
                                                  : tr("Choose the client whose IT landscape this course meets:"));
            Q_EMIT fetched(true);
        });
}

QString ClientProfileDialog::statusText() const
{
    return m_status->text();
}

bool ClientProfileDialog::apply()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_clients.size()) {
        m_status->setText(tr("Choose a client."));
        return false;
    }
    const LibraryClient &client = m_clients.at(row);
    const Project next = applyClientProfile(m_document->project(), client, m_tools);
    QString error;
    if (!m_document->replaceContent(tr("Apply client profile %1").arg(client.name), next, &error)) {
        m_status->setText(tr("The profile could not be applied: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace bw::ui
