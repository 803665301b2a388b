// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamtemplatedialog.h"

#include "librarysession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

TeamTemplateDialog::TeamTemplateDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"teamTemplateDialog"_s);
    setWindowTitle(tr("New from Team Template"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Templates in the team library:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"teamTemplates"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(tr("Reading the team library…"), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TeamTemplateDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    layout->addWidget(buttons);
    resize(560, 420);

    LibrarySession::run<QList<LibraryTemplate>>(
        this, [](TeamLibrary &library, LibraryError &error) { return library.templates(&error); },
        [this](QList<LibraryTemplate> templates, const LibraryError &error) {
            if (error) {
                m_status->setText(tr("The team library cannot be read: %1").arg(error.message));
                Q_EMIT listed(false);
                return;
            }
            for (const LibraryTemplate &t : templates) {
                const QString when = QLocale().toString(t.meta.updatedAt.toLocalTime(), QLocale::ShortFormat);
                auto *item = new QListWidgetItem(t.description.isEmpty()
                        ? tr("%1\npublished by %2, %3").arg(t.name, t.meta.updatedBy, when)
                        : tr("%1 — %2\npublished by %3, %4").arg(t.name, t.description, t.meta.updatedBy, when),
                    m_list);
                item->setData(Qt::UserRole, t.name);
            }
            m_status->setText(templates.isEmpty() ? tr("The team library holds no templates yet. File ▸ Publish "
                                                       "to Team Library… publishes a project as one.")
                                                  : QString());
            if (!templates.isEmpty())
                m_list->setCurrentRow(0);
            Q_EMIT listed(true);
        });
}

QString TeamTemplateDialog::status() const
{
    return m_status->text();
}

void TeamTemplateDialog::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    m_open->setEnabled(false);
    m_status->setText(tr("Opening “%1”…").arg(name));
    LibrarySession::run<std::optional<LibraryTemplate>>(
        this, [name](TeamLibrary &library, LibraryError &error) { return library.templateByName(name, &error); },
        [this, name](std::optional<LibraryTemplate> found, const LibraryError &error) {
            m_open->setEnabled(true);
            if (error || !found || !found->project) {
                m_status->setText(error ? tr("“%1” cannot be opened: %2").arg(name, error.message)
                                        : tr("“%1” is no longer in the team library.").arg(name));
                return;
            }
            Project project = *found->project;
            project.versions.clear();
            project.origins.append({ u"template"_s, found->meta.id, found->meta.rowVersion, 0 });
            m_project = std::move(project);
            QDialog::accept();
        });
}

} // namespace bw::ui
