// SPDX-License-Identifier: GPL-3.0-or-later
#include "newprojectdialog.h"

#include "catalogue/catalogue.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_title(new QLineEdit(this))
{
    setWindowTitle(tr("New Project"));
    m_list->setAccessibleName(tr("Start from"));
    m_list->setIconSize(QSize(24, 24));
    auto *empty = new QListWidgetItem(icon(u"document-new"_s), tr("Empty project"), m_list);
    empty->setData(Qt::UserRole, QString());
    empty->setData(Qt::UserRole + 1, tr("Objectives and activities are yours to write; the tool catalogue "
                                        "starts with the built-in tools."));
    for (const TemplateInfo &t : builtinTemplates()) {
        auto *item = new QListWidgetItem(icon(u"objective"_s), t.label, m_list);
        item->setData(Qt::UserRole, t.name);
        item->setData(Qt::UserRole + 1, t.description);
    }
    m_list->setCurrentRow(0);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setAccessibleName(tr("Project title"));
    m_title->setPlaceholderText(tr("e.g. Measuring risk in international projects"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &NewProjectDialog::updateDescription);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *startLabel = new QLabel(tr("&Start from:"), this);
    startLabel->setBuddy(m_list);
    layout->addWidget(startLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 420);
    updateDescription();
}

QString NewProjectDialog::templateName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NewProjectDialog::updateDescription()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_description->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    const QString name = templateName();
    if (name.isEmpty())
        m_title->clear();
    else if (const auto project = templateProject(name))
        m_title->setText(project->info.title);
}

Project NewProjectDialog::project() const
{
    const QString name = templateName();
    Project project = name.isEmpty() ? newProject() : templateProject(name).value_or(newProject());
    const QString title = m_title->text().trimmed();
    if (!title.isEmpty())
        project.info.title = title;
    return project;
}

} // namespace bw::ui
