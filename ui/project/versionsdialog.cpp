// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentversions.h"
#include "versionsdialog.h"

#include "commands/versioncommands.h"
#include "document/document.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString shortDateTime(const QDateTime &dt)
{
    return QLocale().toString(dt, QLocale::ShortFormat);
}

} // namespace

// ------------------------------------------------------------------ MarkVersionDialog

QString MarkVersionDialog::proposedName(const Project &project)
{
    if (project.versions.isEmpty())
        return project.info.version.trimmed().isEmpty() ? u"1.0"_s : project.info.version.trimmed();
    const QString last = versionNumber(project.versions.last().name);
    if (last.isEmpty())
        return {};
    QStringList parts = last.split(u'.');
    parts.last() = QString::number(parts.last().toLongLong() + 1);
    return parts.join(u'.');
}

MarkVersionDialog::MarkVersionDialog(const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_created(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Mark Version"));
    auto *intro = new QLabel(tr("Keeps the plan as it is now inside the project file, so that you can "
                                "compare with it, show the client what changed since, or go back to it."),
        this);
    intro->setWordWrap(true);
    m_name->setText(proposedName(project));
    m_name->setPlaceholderText(tr("e.g. 1.0 — sent to client"));
    m_name->setAccessibleName(tr("Version name"));
    m_name->setToolTip(tr("Starts with the version number that the cover shows, e.g. “1.1 — after the review”."));
    m_created->setCalendarPopup(true);
    m_created->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).remove(u":ss"_s));
    m_created->setAccessibleName(tr("Date of the version"));
    m_note->setPlaceholderText(tr("What this version is, who it went to, what the client asked for…"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Date:"), m_created);
    form->addRow(tr("N&ote:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark Version"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk
        = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_name->selectAll();
    m_name->setFocus();
    resize(520, sizeHint().height());
}

QString MarkVersionDialog::name() const
{
    return m_name->text().trimmed();
}

QString MarkVersionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QDateTime MarkVersionDialog::created() const
{
    return m_created->dateTime();
}

// ------------------------------------------------------------------ VersionsDialog

VersionsDialog::VersionsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Versions"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Version"), tr("Date"), tr("Note") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Versions of the plan"));
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumWidth(620);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(Qt::Vertical, this);
    m_mark = buttons->addButton(tr("&Mark Version…"), QDialogButtonBox::ActionRole);
    m_compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    m_open = buttons->addButton(tr("&Open Read-Only"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Remo&ve"), QDialogButtonBox::DestructiveRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    m_mark->setToolTip(tr("Keep the plan as it is now as a named version"));
    m_compare->setToolTip(tr("List what changed since the selected version in the Changes panel"));
    m_open->setToolTip(tr("Open the selected version in a window of its own; Save As there starts a new project "
                          "from it"));
    m_restore->setToolTip(tr("Put the plan back as the selected version holds it (Undo takes it back)"));
    m_remove->setToolTip(tr("Delete the selected version from the project file"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_mark, &QPushButton::clicked, this, &VersionsDialog::markVersion);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (const Id id = currentVersion()) {
            Q_EMIT compareRequested(id);
            accept();
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Id id = currentVersion()) {
            Q_EMIT openRequested(id);
            accept();
        }
    });
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreVersion);
    connect(m_remove, &QPushButton::clicked, this, &VersionsDialog::removeVersion);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, m_compare, &QPushButton::click);
    connect(m_document, &Document::versionsChanged, this, &VersionsDialog::fill);
    connect(m_document, &Document::readOnlyChanged, this, &VersionsDialog::updateButtons);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_hint);
    fill();
    resize(820, 380);
}

Id VersionsDialog::currentVersion() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).value<Id>() : 0;
}

void VersionsDialog::setCurrentVersion(Id id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, IdRole).value<Id>() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void VersionsDialog::fill()
{
    const Id current = currentVersion();
    m_list->clear();
    const QList<Version> &versions = m_document->project().versions;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, it->name);
        item->setText(1, shortDateTime(it->created));
        item->setText(2, it->note.simplified());
        item->setToolTip(2, it->note);
        item->setData(0, IdRole, QVariant::fromValue(it->id));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (current)
        setCurrentVersion(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_hint->setText(versions.isEmpty()
            ? tr("No version marked yet. Mark one when you send the plan to the client: you can then "
                 "show what changed since.")
            : tr("Versions are kept inside the project file and saved with it."));
    updateButtons();
}

void VersionsDialog::updateButtons()
{
    const bool selected = currentVersion() != 0;
    const bool editable = !m_document->isReadOnly();
    m_mark->setEnabled(editable);
    m_compare->setEnabled(selected);
    m_open->setEnabled(selected);
    m_restore->setEnabled(selected && editable);
    m_remove->setEnabled(selected && editable);
}

void VersionsDialog::markVersion()
{
    MarkVersionDialog dialog(m_document->project(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const Id id = DocumentVersions::mark(*m_document, dialog.name(), dialog.note(), dialog.created(), &error);
    if (!id) {
        showError(error);
        return;
    }
    setCurrentVersion(id);
}

void VersionsDialog::restoreVersion()
{
    const Id id = currentVersion();
    const Version *v = m_document->version(id);
    if (!v)
        return;
    QString error;
    if (!DocumentVersions::restore(*m_document, id, &error))
        showError(error);
    else
        m_hint->setText(tr("The plan is back as “%1” holds it. Edit ▸ Undo takes it back.").arg(v->name));
}

void VersionsDialog::removeVersion()
{
    const Id id = currentVersion();
    const Version *v = m_document->version(id);
    if (!v)
        return;
    m_document->removeVersion(id);
}

void VersionsDialog::showError(const QString &message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

} // namespace bw::ui
