// SPDX-License-Identifier: GPL-3.0-or-later
#include "retiretooldialog.h"

#include "librarysession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

struct Loaded {
    QStringList tools; // the library's tool names, retired ones excluded
    QStringList roles;
};

bool isAdmin(const QStringList &roles)
{
    return roles.contains(u"blendwise_admin"_s);
}

} // namespace

RetireToolDialog::RetireToolDialog(const Project &project, Id toolId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    if (const Tool *tool = m_project.tool(toolId))
        m_tool = *tool;
    setWindowTitle(tr("Retire “%1” in the Team Library").arg(m_tool.name));
    m_intro = new QLabel(tr("Retire “%1” for the whole team. Every project that uses it is offered the "
                            "replacement in Update from Team Library, and the advisor points at it. "
                            "This project is not changed here.")
                             .arg(m_tool.name),
        this);
    m_intro->setWordWrap(true);
    m_replacement = new QComboBox(this);
    m_replacement->setObjectName(u"replacement"_s);
    m_replacement->setEnabled(false);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Replace with:"), this);
    label->setBuddy(m_replacement);
    form->addRow(label, m_replacement);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *retireButton = m_buttons->addButton(tr("Re&tire for the Team"), QDialogButtonBox::AcceptRole);
    retireButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetireToolDialog::retire);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_buttons);
    resize(480, 220);
    load();
}

QString RetireToolDialog::statusText() const
{
    return m_status->text();
}

void RetireToolDialog::load()
{
    m_status->setText(tr("Asking the team library…"));
    LibrarySession::run<Loaded>(
        this,
        [](TeamLibrary &library, LibraryError &error) {
            Loaded loaded;
            loaded.roles = library.roles(&error);
            if (!error)
                for (const LibraryTool &t : library.tools(&error))
                    if (t.tool.status != ToolStatus::Retired)
                        loaded.tools.append(t.tool.name);
            return loaded;
        },
        [this](Loaded loaded, const LibraryError &error) {
            if (error) {
                m_status->setText(error.status == LibraryStatus::Offline
                        ? tr("The team library is offline: nothing can be retired now.")
                        : tr("The team library could not be read: %1").arg(error.message));
                Q_EMIT ready(false);
                return;
            }
            if (!isAdmin(loaded.roles)) {
                m_status->setText(tr("Only a team library admin can retire a tool for the whole team. Ask "
                                     "your library's admin, or use Publish to Team Library for your "
                                     "own changes."));
                Q_EMIT ready(false);
                return;
            }
            // The library's tools first, then this project's that the library lacks (published
            // with the retirement); never the tool itself.
            m_libraryTools = loaded.tools;
            QStringList names = loaded.tools;
            for (const Tool &t : m_project.tools)
                if (t.status != ToolStatus::Retired && !names.contains(t.name, Qt::CaseInsensitive))
                    names.append(t.name);
            names.removeIf([this](const QString &n) { return n.compare(m_tool.name, Qt::CaseInsensitive) == 0; });
            std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
                return QString::localeAwareCompare(a, b) < 0;
            });
            m_replacement->clear();
            m_replacement->addItem(tr("(no replacement)"), QString());
            for (const QString &n : std::as_const(names))
                m_replacement->addItem(n, n);
            // The tool's own replacement, when the project names one.
            const int proposed = m_tool.replacement.isEmpty() ? -1 : m_replacement->findData(m_tool.replacement);
            m_replacement->setCurrentIndex(proposed > 0 ? proposed : 0);
            m_replacement->setEnabled(true);
            for (QAbstractButton *b : m_buttons->buttons())
                if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                    b->setEnabled(true);
            m_status->clear();
            m_replacement->setFocus();
            Q_EMIT ready(true);
        });
}

void RetireToolDialog::retire()
{
    if (m_busy || !m_replacement->isEnabled())
        return;
    m_busy = true;
    const QString replacement = m_replacement->currentData().toString();
    // Tools the library lacks go in from the project: the retired one, and the replacement.
    QList<LibraryTool> missing;
    auto fromProject = [this](const QString &name) {
        LibraryTool t;
        if (const Tool *tool = m_project.toolByName(name))
            t.tool = *tool;
        t.tool.id = 0;
        return t;
    };
    if (!m_libraryTools.contains(m_tool.name, Qt::CaseInsensitive))
        missing.append(fromProject(m_tool.name));
    if (!replacement.isEmpty() && !m_libraryTools.contains(replacement, Qt::CaseInsensitive)) {
        LibraryTool r = fromProject(replacement);
        r.tool.status = ToolStatus::Active;
        r.tool.replacement.clear();
        missing.append(r);
    }
    const QString name = m_tool.name;
    for (QAbstractButton *b : m_buttons->buttons())
        b->setEnabled(false);
    m_replacement->setEnabled(false);
    m_status->setText(tr("Retiring “%1”…").arg(name));
    LibrarySession::run<PublishResult>(
        this,
        [name, replacement, missing](TeamLibrary &library, LibraryError &error) {
            for (const LibraryTool &t : missing) {
                // Already retired only team-wide below: publish it as it is in the project.
                if (std::optional<LibraryTool> there = library.toolByName(t.tool.name, &error); there || error)
                    continue;
                LibraryTool fresh = t;
                if (fresh.tool.name.compare(name, Qt::CaseInsensitive) == 0) {
                    fresh.tool.status = ToolStatus::Active; // retireTool() retires it, admin-checked
                    fresh.tool.replacement.clear();
                }
                const PublishResult published = library.publishTool(fresh);
                if (published.error) {
                    error = published.error;
                    return published;
                }
            }
            if (error)
                return PublishResult { error, {} };
            PublishResult result = library.retireTool(name, replacement);
            error = result.error;
            return result;
        },
        [this, name, replacement](PublishResult, const LibraryError &error) {
            m_busy = false;
            for (QAbstractButton *b : m_buttons->buttons())
                b->setEnabled(true);
            m_replacement->setEnabled(true);
            if (error) {
                m_status->setText(error.status == LibraryStatus::PermissionDenied
                        ? tr("The library refused: only its admin can retire a tool (%1).").arg(error.message)
                        : error.status == LibraryStatus::Offline
                        ? tr("The team library went offline: “%1” was not retired. Try again later.").arg(name)
                        : tr("“%1” was not retired: %2").arg(name, error.message));
                Q_EMIT finished(false);
                return;
            }
            Q_EMIT finished(true);
            accept();
        });
}

} // namespace bw::ui
