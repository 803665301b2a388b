// SPDX-License-Identifier: GPL-3.0-or-later
#include "tooleditdialog.h"

#include "inlinemessage.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace bw::ui {

namespace {
QPlainTextEdit *textBox(QWidget *parent, const QString &text, const QString &accessibleName,
                        const QString &placeholder)
{
    auto *e = new QPlainTextEdit(text, parent);
    e->setTabChangesFocus(true);
    e->setAccessibleName(accessibleName);
    e->setPlaceholderText(placeholder);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * 4);
    return e;
}
} // namespace

ToolEditDialog::ToolEditDialog(const Project &project, const Tool &tool, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_tool(tool)
{
    setWindowTitle(tool.id ? tr("Edit Tool") : tr("New Tool"));
    auto *tabs = new QTabWidget(this);

    // --- The tool: what it is and who can reach it.
    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);

    m_name = new QLineEdit(tool.name, general);
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("The name learners know the tool by; unique in this project."));
    m_nameProblem = new InlineMessage(general);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameProblem);
    auto *nameLabel = new QLabel(tr("&Name:"), general);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);

    m_type = new QComboBox(general);
    for (ToolType t : enumValues<ToolType>())
        m_type->addItem(enumLabel(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(tool.type)));
    m_type->setAccessibleName(tr("Type"));
    m_type->setToolTip(tr("What the tool is for: discussion, content, co-creation, speeding up the process, live "
                          "meetings, surveys, e-learning modules on an LMS, or video."));
    form->addRow(tr("&Type:"), m_type);

    auto *directions = new QHBoxLayout;
    for (Direction d : enumValues<Direction>()) {
        auto *c = new QCheckBox(enumLabel(d), general);
        c->setIcon(Theme::directionIcon(d));
        c->setChecked(tool.supports(d));
        c->setAccessibleName(tr("Supports %1").arg(enumLabel(d)));
        m_directions.append(c);
        directions->addWidget(c);
    }
    directions->addStretch();
    m_directions.first()->setToolTip(tr("Content goes out from the trainer to the learners."));
    m_directions.at(1)->setToolTip(tr("Learners report back to the trainer."));
    m_directions.at(2)->setToolTip(tr("Learners share with each other."));
    form->addRow(tr("Suits these directions:"), directions);

    m_synchronous = new QCheckBox(tr("Everyone uses it at the &same time (synchronous)"), general);
    m_synchronous->setChecked(tool.synchronous);
    m_needsAccount = new QCheckBox(tr("Learners need a new personal &account"), general);
    m_needsAccount->setChecked(tool.needsAccount);
    m_oftenBlocked = new QCheckBox(tr("Company networks often &block it"), general);
    m_oftenBlocked->setChecked(tool.oftenBlocked);
    m_clientProvided = new QCheckBox(tr("The client already &provides it to learners"), general);
    m_clientProvided->setChecked(tool.clientProvided);
    m_clientProvided->setToolTip(tr("Learners already use it at work: the advisor and the tool picker prefer it."));
    auto *flags = new QVBoxLayout;
    for (auto *c : {m_synchronous, m_needsAccount, m_oftenBlocked, m_clientProvided})
        flags->addWidget(c);
    form->addRow(tr("Access:"), flags);

    m_cost = new QComboBox(general);
    m_cost->setEditable(true);
    m_cost->addItems({tr("free"), tr("freemium"), tr("paid"), tr("licensed")});
    m_cost->setCurrentText(tool.cost);
    m_cost->setAccessibleName(tr("Cost"));
    form->addRow(tr("&Cost:"), m_cost);

    m_url = new QLineEdit(tool.url, general);
    m_url->setPlaceholderText(tr("https://…"));
    m_url->setAccessibleName(tr("Web address"));
    form->addRow(tr("&Web address:"), m_url);

    m_status = new QComboBox(general);
    for (ToolStatus s : enumValues<ToolStatus>())
        m_status->addItem(enumLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(tool.status)));
    m_status->setAccessibleName(tr("Status"));
    form->addRow(tr("Stat&us:"), m_status);

    m_replacement = new QComboBox(general);
    m_replacement->addItem(tr("(none)"), QString());
    for (const Tool &t : project.tools)
        if (t.status == ToolStatus::Active && t.id != tool.id)
            m_replacement->addItem(t.name, t.name);
    if (!tool.replacement.isEmpty() && m_replacement->findData(tool.replacement) < 0)
        m_replacement->addItem(tool.replacement, tool.replacement); // a name not in the project
    m_replacement->setCurrentIndex(std::max(0, m_replacement->findData(tool.replacement)));
    m_replacement->setAccessibleName(tr("Replacement"));
    m_replacement->setToolTip(tr("The active tool that takes over from this retired one."));
    form->addRow(tr("&Replaced by:"), m_replacement);
    tabs->addTab(general, tr("Tool"));

    // --- Guidance: what the plan document tells learners and the organiser.
    auto *guidance = new QWidget(tabs);
    auto *gform = new QFormLayout(guidance);
    m_description = textBox(guidance, tool.description, tr("Description"), tr("What the tool is, in one or two sentences."));
    gform->addRow(tr("&Description:"), m_description);
    m_benefit = textBox(guidance, tool.benefit, tr("Learner benefit"), tr("What learners gain from using it; offered as the default benefit of activities."));
    gform->addRow(tr("Learner &benefit:"), m_benefit);
    m_access = textBox(guidance, tool.access, tr("Access notes"), tr("Accounts, licences, firewalls, devices."));
    gform->addRow(tr("Access &notes:"), m_access);
    m_setup = textBox(guidance, tool.setup.join(QLatin1Char('\n')), tr("Setup checklist"), tr("One step per line."));
    m_setup->setToolTip(tr("The organiser's setup checklist, one step per line; printed in the tools appendix."));
    gform->addRow(tr("&Setup checklist:"), m_setup);
    tabs->addTab(guidance, tr("Guidance"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ToolEditDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &ToolEditDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ToolEditDialog::validate);
    validate();
    m_name->setFocus();
    m_name->selectAll();
    resize(560, sizeHint().height());
}

void ToolEditDialog::validate()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty()) {
        problem = tr("Give the tool a name.");
    } else if (const Tool *other = m_project.toolByName(name); other && other->id != m_tool.id) {
        problem = tr("The project already has a tool called “%1”.").arg(other->name);
    } else if (const QString url = m_url->text().trimmed(); !url.isEmpty()) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.scheme().isEmpty())
            problem = tr("The web address should be complete, such as https://example.com.");
    }
    m_nameProblem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());

    const bool retired = ToolStatus(m_status->currentData().toInt()) == ToolStatus::Retired;
    m_replacement->setEnabled(retired);
}

Tool ToolEditDialog::tool() const
{
    Tool t = m_tool;
    t.name = m_name->text().trimmed();
    t.type = ToolType(m_type->currentData().toInt());
    t.directions.clear();
    const auto all = enumValues<Direction>();
    for (int i = 0; i < all.size(); ++i)
        if (m_directions.at(i)->isChecked())
            t.directions.append(all.at(i));
    t.synchronous = m_synchronous->isChecked();
    t.needsAccount = m_needsAccount->isChecked();
    t.oftenBlocked = m_oftenBlocked->isChecked();
    t.clientProvided = m_clientProvided->isChecked();
    t.cost = m_cost->currentText().trimmed();
    t.url = m_url->text().trimmed();
    t.status = ToolStatus(m_status->currentData().toInt());
    t.replacement = t.status == ToolStatus::Retired ? m_replacement->currentData().toString() : QString();
    t.description = m_description->toPlainText().trimmed();
    t.benefit = m_benefit->toPlainText().trimmed();
    t.access = m_access->toPlainText().trimmed();
    t.setup.clear();
    for (const QString &line : m_setup->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            t.setup.append(line.trimmed());
    return t;
}

} // namespace bw::ui
