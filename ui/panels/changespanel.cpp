// SPDX-License-Identifier: GPL-3.0-or-later
#include "changespanel.h"

#include "document/document.h"
#include "i18n/plantranslator.h"
#include "storage/projectfile.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString kindText(diff::ChangeKind kind)
{
    switch (kind) {
    case diff::ChangeKind::Added:
        return ChangesPanel::tr("Added");
    case diff::ChangeKind::Removed:
        return ChangesPanel::tr("Removed");
    case diff::ChangeKind::Moved:
        return ChangesPanel::tr("Moved");
    case diff::ChangeKind::Changed:
        break;
    }
    return ChangesPanel::tr("Changed");
}

} // namespace

ChangesPanel::ChangesPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_baseCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Compare with:"), this);
    label->setBuddy(m_baseCombo);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_baseCombo, 1);
    layout->addLayout(row);
    m_baseCombo->setAccessibleName(tr("Compare with"));
    m_baseCombo->setToolTip(tr("The state of the plan that the changes are counted from."));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Changes"));
    m_view->setToolTip(tr("Double-click or press Enter to go to the item."));
    layout->addWidget(m_view, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChangesPanel::refresh);
    connect(m_document, &Document::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_document, &Document::filePathChanged, this, [this] {
        rebuildBases();
        loadBase();
    });
    // A save makes the saved file the current project: compare with it again.
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified && currentBaseKey() == u"saved")
            loadBase();
    });
    connect(m_baseCombo, &QComboBox::currentIndexChanged, this, [this] { loadBase(); });
    connect(m_view, &QTreeView::activated, this, &ChangesPanel::activate);
    rebuildBases();
    loadBase();
}

void ChangesPanel::setExtraBases(const QList<Base> &bases)
{
    m_extraBases = bases;
    const QString key = currentBaseKey();
    rebuildBases();
    setCurrentBaseKey(key);
    loadBase();
}

QString ChangesPanel::currentBaseKey() const
{
    return m_baseCombo->currentData().toString();
}

void ChangesPanel::setCurrentBaseKey(const QString &key)
{
    const int index = m_baseCombo->findData(key);
    if (index >= 0)
        m_baseCombo->setCurrentIndex(index);
}

void ChangesPanel::rebuildBases()
{
    const QSignalBlocker blocker(m_baseCombo);
    const QString key = currentBaseKey();
    m_baseCombo->clear();
    m_baseCombo->addItem(tr("The file as last saved"), u"saved"_s);
    for (const Base &b : std::as_const(m_extraBases))
        m_baseCombo->addItem(b.label, b.key);
    const int index = m_baseCombo->findData(key);
    m_baseCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void ChangesPanel::loadBase()
{
    m_base.reset();
    m_baseError.clear();
    const QString key = currentBaseKey();
    if (key == u"saved") {
        const QString path = m_document->filePath();
        if (path.isEmpty()) {
            m_baseError = tr("The plan has not been saved yet: every item is new.");
            m_base = Project {};
            m_base->info = m_document->project().info; // not "changed" in every project detail
        } else {
            LoadResult loaded = ProjectFile::load(path);
            if (loaded.error)
                m_baseError = loaded.error.message;
            else
                m_base = std::move(loaded.project);
        }
    } else {
        for (const Base &b : std::as_const(m_extraBases))
            if (b.key == key && b.load) {
                m_base = b.load(&m_baseError);
                break;
            }
    }
    refresh();
}

void ChangesPanel::refresh()
{
    m_refreshTimer->stop();
    m_lines.clear();
    QSet<Id> changed;
    if (m_base) {
        const Project &now = m_document->project();
        const diff::ProjectDiff d = diff::diffProjects(*m_base, now);
        // The studio speaks the interface's language, not the plan's.
        m_lines = diff::describeChanges(d, *m_base, now);
        for (const diff::Change &c : d.changes)
            if (c.item == diff::ItemKind::Activity && c.kind != diff::ChangeKind::Removed)
                changed.insert(c.id);
    }
    rebuildList();
    if (changed != m_changedActivities) {
        m_changedActivities = changed;
        Q_EMIT changedActivitiesChanged();
    }
}

void ChangesPanel::rebuildList()
{
    // Keep the selection on the same item (by id and text) across refreshes.
    const QModelIndex current = m_view->currentIndex();
    const QString currentText = current.data().toString();
    m_model->clear();
    const Project &now = m_document->project();
    QHash<QString, QStandardItem *> groups;
    auto group = [&](const QString &title) {
        if (QStandardItem *g = groups.value(title))
            return g;
        auto *g = new QStandardItem(title);
        QFont bold = g->font();
        bold.setBold(true);
        g->setFont(bold);
        g->setSelectable(false);
        m_model->appendRow(g);
        groups.insert(title, g);
        return g;
    };
    QModelIndex restore;
    for (const diff::ChangeLine &line : std::as_const(m_lines)) {
        QString title;
        switch (line.item) {
        case diff::ItemKind::Objective:
        case diff::ItemKind::Activity: {
            const Id objective = line.item == diff::ItemKind::Objective ? line.id : line.objectiveId;
            const int row = now.objectiveRow(objective);
            title = row >= 0 ? tr("Objective %1: %2").arg(row + 1).arg(now.objectives[row].statement.simplified())
                             : tr("Removed objectives");
            break;
        }
        case diff::ItemKind::Info:
        case diff::ItemKind::Rule:
            title = tr("Project and community rules");
            break;
        case diff::ItemKind::Tool:
            title = tr("Tools");
            break;
        case diff::ItemKind::Moment:
            title = tr("In-class moments");
            break;
        case diff::ItemKind::Role:
        case diff::ItemKind::SubGroup:
            title = tr("Community");
            break;
        }
        auto *item = new QStandardItem(kindText(line.kind) + u": "_s + line.text);
        item->setData(line.item == diff::ItemKind::Activity || line.item == diff::ItemKind::Objective
                    || line.item == diff::ItemKind::Tool || line.item == diff::ItemKind::Moment
                ? QVariant::fromValue(line.id)
                : QVariant(),
            IdRole);
        item->setToolTip(line.text);
        group(title)->appendRow(item);
        if (item->text() == currentText)
            restore = item->index();
    }
    m_view->expandAll();
    if (restore.isValid())
        m_view->setCurrentIndex(restore);

    // The base's name inside a sentence: its first letter small ("since the file as last
    // saved"), except in German, whose nouns keep their capital ("seit Version 1.0").
    QString base = m_baseCombo->currentText();
    if (!base.isEmpty() && QLocale().language() != QLocale::German)
        base[0] = base[0].toLower();
    if (!m_base)
        m_summary->setText(tr("Cannot compare: %1").arg(m_baseError));
    else if (m_lines.isEmpty())
        m_summary->setText(tr("No changes since %1.").arg(base));
    else
        m_summary->setText((m_lines.size() == 1 ? tr("1 change since %1.").arg(base)
                                                : tr("%1 changes since %2.").arg(m_lines.size()).arg(base))
            + (m_baseError.isEmpty() ? QString() : u' ' + m_baseError));
}

void ChangesPanel::activate(const QModelIndex &index)
{
    const QVariant id = index.data(IdRole);
    if (id.isValid() && id.value<Id>() != 0)
        Q_EMIT itemActivated(id.value<Id>());
}

} // namespace bw::ui
