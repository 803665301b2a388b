// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcataloguedialog.h"

#include "catalogue/catalogue.h"
#include "document/document.h"
#include "librarysession.h"
#include "readonlycheckdelegate.h"
#include "retiretooldialog.h"
#include "theme.h"
#include "tooleditdialog.h"
#include "tooltablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bw::ui {

ToolCatalogueDialog::ToolCatalogueDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_doc(document)
    , m_model(new ToolTableModel(document, this))
    , m_typeFilter(new QSortFilterProxyModel(this))
    , m_nameFilter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
{
    setWindowTitle(tr("Tool Catalogue"));

    // Two chained filters: the type combo narrows by exact type, the search box by name.
    m_typeFilter->setSourceModel(m_model);
    m_typeFilter->setFilterKeyColumn(ToolTableModel::Type);
    m_nameFilter->setSourceModel(m_typeFilter);
    m_nameFilter->setFilterKeyColumn(ToolTableModel::Name);
    m_nameFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_nameFilter->setSortRole(ToolTableModel::SortRole);
    m_nameFilter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Search tools"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tools"));
    m_search->addAction(icon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_nameFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_type->addItem(tr("All types"), QString());
    for (ToolType t : enumValues<ToolType>())
        m_type->addItem(enumLabel(t), enumLabel(t));
    m_type->setAccessibleName(tr("Filter by type"));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString label = m_type->currentData().toString();
        m_typeFilter->setFilterRegularExpression(
            label.isEmpty() ? QString() : QLatin1Char('^') + QRegularExpression::escape(label) + QLatin1Char('$'));
    });

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type, 1);

    m_table->setModel(m_nameFilter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // catalogue order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ToolTableModel::Status, QHeaderView::Stretch);
    m_table->setIconSize(QSize(57, 16));
    // The yes/no columns are changed in the tool's editor, not here: they look read-only.
    auto *flags = new ReadOnlyCheckDelegate(m_table);
    for (int column : { ToolTableModel::Synchronous, ToolTableModel::Account, ToolTableModel::Blocked,
             ToolTableModel::ClientProvided })
        m_table->setItemDelegateForColumn(column, flags);
    m_table->setAccessibleName(tr("Tools of the project"));
    connect(m_table, &QTableView::activated, this, &ToolCatalogueDialog::editTool);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ToolCatalogueDialog::updateButtons);

    auto *add = m_add = new QPushButton(icon(QStringLiteral("list-add")), tr("&Add…"), this);
    add->setToolTip(tr("Add a new tool to the project's catalogue"));
    m_edit = new QPushButton(icon(QStringLiteral("properties")), tr("&Edit…"), this);
    m_edit->setToolTip(tr("Edit the selected tool (or press Enter, or double-click it)"));
    m_delete = new QPushButton(icon(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_delete->setToolTip(tr("Remove the selected tool; activities that use it are left without a tool"));
    m_fromCatalogue = new QPushButton(icon(QStringLiteral("tool")), tr("Add from &built-in catalogue…"), this);
    m_fromCatalogue->setToolTip(tr("Add tools from Blendwise's catalogue that this project does not have yet"));
    connect(add, &QPushButton::clicked, this, &ToolCatalogueDialog::addTool);
    connect(m_edit, &QPushButton::clicked, this, &ToolCatalogueDialog::editTool);
    connect(m_delete, &QPushButton::clicked, this, &ToolCatalogueDialog::deleteTool);
    connect(m_fromCatalogue, &QPushButton::clicked, this, &ToolCatalogueDialog::addFromCatalogue);
    // Team-wide lifecycle: only with a team library (its admin retires; the dialog checks).
    m_retireInLibrary = new QPushButton(icon(QStringLiteral("warning")), tr("&Retire in Team Library…"), this);
    m_retireInLibrary->setObjectName(QStringLiteral("retireInLibrary"));
    m_retireInLibrary->setToolTip(tr("Retire the selected tool for the whole team, with the tool to use instead"));
    m_retireInLibrary->setVisible(LibrarySession::isConfigured());
    connect(m_retireInLibrary, &QPushButton::clicked, this, &ToolCatalogueDialog::retireInLibrary);

    auto *side = new QVBoxLayout;
    // No default button: Enter in the table edits the current tool and must not also press one.
    for (QPushButton *b : {add, m_edit, m_delete, m_fromCatalogue, m_retireInLibrary}) {
        b->setAutoDefault(false);
        side->addWidget(b);
    }
    side->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);

    // A modal dialog blocks the main window's Undo, so it carries its own.
    auto *undo = m_doc->createUndoAction(this);
    undo->setIcon(icon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = m_doc->createRedoAction(this);
    redo->setIcon(icon(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    connect(m_doc, &Document::toolInserted, this, &ToolCatalogueDialog::updateButtons);
    connect(m_doc, &Document::toolRemoved, this, &ToolCatalogueDialog::updateButtons);
    connect(m_doc, &Document::projectReset, this, &ToolCatalogueDialog::updateButtons);
    connect(m_doc, &Document::readOnlyChanged, this, &ToolCatalogueDialog::updateButtons);
    updateButtons();
    resize(1180, 620);
}

Id ToolCatalogueDialog::currentTool() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ToolTableModel::ToolIdRole).value<Id>() : 0;
}

void ToolCatalogueDialog::selectTool(Id id)
{
    const int row = m_doc->project().toolRow(id);
    if (row < 0)
        return;
    const QModelIndex index = m_nameFilter->mapFromSource(m_typeFilter->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ToolCatalogueDialog::updateButtons()
{
    // A read-only project's tools can be looked at, not changed.
    const bool editable = !m_doc->isReadOnly();
    const bool has = currentTool() != 0;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && has);
    m_delete->setEnabled(editable && has);
    m_retireInLibrary->setEnabled(has);
    const Project &project = m_doc->project();
    int missing = 0;
    for (const Tool &t : builtinCatalogue())
        if (!project.toolByName(t.name))
            ++missing;
    m_fromCatalogue->setEnabled(editable && missing > 0);
    m_fromCatalogue->setToolTip(missing > 0 ? tr("Add tools from Blendwise's catalogue that this project does not have yet")
                                            : tr("Every tool of the built-in catalogue is already in this project"));
}

void ToolCatalogueDialog::retireInLibrary()
{
    const Id id = currentTool();
    if (!id || !LibrarySession::isConfigured())
        return;
    RetireToolDialog dialog(m_doc->project(), id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT retiredInLibrary(m_doc->project().tool(id) ? m_doc->project().tool(id)->name : QString());
}

void ToolCatalogueDialog::addTool()
{
    if (m_doc->isReadOnly()) // the buttons are disabled; a shortcut must not ask first either
        return;
    ToolEditDialog dialog(m_doc->project(), Tool{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectTool(m_doc->addTool(dialog.tool()));
}

void ToolCatalogueDialog::editTool()
{
    const Id id = currentTool();
    const Tool *tool = m_doc->project().tool(id);
    if (!tool || m_doc->isReadOnly())
        return;
    ToolEditDialog dialog(m_doc->project(), *tool, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Tool edited = dialog.tool();
    if (const Tool *now = m_doc->project().tool(id); now && !(*now == edited))
        m_doc->changeTool(edited);
}

void ToolCatalogueDialog::deleteTool()
{
    if (m_doc->isReadOnly())
        return;
    const Id id = currentTool();
    const Tool *tool = m_doc->project().tool(id);
    if (!tool)
        return;
    const int used = m_model->usage(id);
    if (used > 0) {
        const QString question =
            used == 1 ? tr("“%1” is used by 1 activity, which will be left without a tool.").arg(tool->name)
                      : tr("“%1” is used by %2 activities, which will be left without a tool.").arg(tool->name).arg(used);
        QMessageBox box(QMessageBox::Warning, tr("Delete Tool"), question, QMessageBox::Cancel, this);
        box.setInformativeText(tr("You can undo this with Undo."));
        auto *remove = box.addButton(tr("&Delete Tool"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    m_doc->removeTool(id);
}

void ToolCatalogueDialog::addFromCatalogue()
{
    if (m_doc->isReadOnly())
        return;
    const Project &project = m_doc->project();
    QDialog picker(this);
    picker.setWindowTitle(tr("Add from the Built-in Catalogue"));
    auto *list = new QListWidget(&picker);
    list->setAccessibleName(tr("Built-in tools not in the project"));
    for (const Tool &t : builtinCatalogue()) {
        if (project.toolByName(t.name))
            continue;
        auto *item = new QListWidgetItem(icon(QStringLiteral("tool")),
                                         tr("%1 — %2").arg(t.name, enumLabel(t.type)), list);
        item->setData(Qt::UserRole, t.name);
        item->setToolTip(t.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *label = new QLabel(tr("Tick the tools to add to this project:"), &picker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &picker);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, &picker, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &picker, &QDialog::reject);
    auto *layout = new QVBoxLayout(&picker);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
    picker.resize(420, 480);
    if (picker.exec() != QDialog::Accepted)
        return;

    QList<Tool> chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            if (const Tool *t = builtinTool(list->item(i)->data(Qt::UserRole).toString()))
                chosen.append(*t);
    if (chosen.isEmpty())
        return;
    Id last = 0;
    m_doc->beginMacro(chosen.size() == 1 ? tr("Add tool “%1”").arg(chosen.first().name)
                                         : tr("Add %1 tools from the catalogue").arg(chosen.size()));
    for (Tool t : chosen) {
        t.id = 0;
        last = m_doc->addTool(t);
    }
    m_doc->endMacro();
    selectTool(last);
}

} // namespace bw::ui
