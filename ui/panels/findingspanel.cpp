// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "document/document.h"
#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

// Which finding a list row shows: its position in m_findings.
constexpr int FindingRole = Qt::UserRole + 1;

QToolButton *toolButtonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindingsPanel::FindingsPanel(bw::Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_refreshTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_fixAction(new QAction(this))
    , m_muteAction(new QAction(this))
    , m_mutedButton(new QToolButton(this))
    , m_mutedMenu(new QMenu(this))
{
    m_summary->setObjectName(u"findingsSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    m_list->setObjectName(u"findingsList"_s);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_fixAction->setObjectName(u"fixAction"_s);
    m_fixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_fixAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    Theme::setActionIcon(m_fixAction, u"fix"_s);
    m_muteAction->setObjectName(u"muteAction"_s);
    Theme::setActionIcon(m_muteAction, u"lock"_s);
    addAction(m_fixAction); // the shortcut works anywhere in the panel
    m_list->addAction(m_fixAction);
    m_list->addAction(m_muteAction);

    auto *fixButton = toolButtonFor(m_fixAction, this);
    fixButton->setObjectName(u"fixButton"_s);
    auto *muteButton = toolButtonFor(m_muteAction, this);
    muteButton->setObjectName(u"muteButton"_s);
    m_mutedButton->setObjectName(u"mutedRulesButton"_s);
    m_mutedButton->setAutoRaise(true);
    m_mutedButton->setPopupMode(QToolButton::InstantPopup);
    m_mutedButton->setMenu(m_mutedMenu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(fixButton);
    bar->addWidget(muteButton);
    bar->addWidget(m_mutedButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindingsPanel::refresh);
    // Restarted on every change, so a burst of keystrokes costs one advisor run at the end.
    connect(m_document, &Document::changed, m_refreshTimer, qOverload<>(&QTimer::start));

    connect(m_list, &QListWidget::currentRowChanged, this, &FindingsPanel::updateActions);
    connect(m_list, &QListWidget::itemActivated, this, &FindingsPanel::activate);
    connect(m_fixAction, &QAction::triggered, this, &FindingsPanel::applyCurrentFix);
    connect(m_muteAction, &QAction::triggered, this, &FindingsPanel::muteCurrentRule);
    // Fix, Mute and Report again all edit the plan: a read-only document offers none of them.
    connect(m_document, &Document::readOnlyChanged, this, [this] {
        updateActions();
        rebuildMutedMenu();
    });

    retranslate();
    refresh();
}

void FindingsPanel::retranslate()
{
    setAccessibleName(tr("Design advisor"));
    m_summary->setAccessibleName(tr("Advisor summary"));
    m_list->setAccessibleName(tr("Advisor findings"));
    m_list->setToolTip(tr("Double-click or press Enter to go to the item a finding is about"));
    m_muteAction->setText(tr("Mute this rule"));
    m_muteAction->setToolTip(tr("Stop reporting this rule for this plan (stored in the file; undo brings it back)"));
    m_mutedButton->setToolTip(tr("Rules muted for this plan; choose one to report it again"));
    m_mutedButton->setAccessibleName(tr("Show muted rules"));
}

const bw::Finding *FindingsPanel::currentFinding() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(FindingRole).toInt();
    return index >= 0 && index < m_findings.size() ? &m_findings[index] : nullptr;
}

namespace {

// What a finding is about, which stays the same while its wording changes with the plan: the
// rule and the item (or, for the project itself, the place it names).
bool sameSubject(const Finding &a, const Finding &b)
{
    return a.ruleId == b.ruleId && a.itemId == b.itemId && (a.itemId != 0 || a.itemPath == b.itemPath);
}

// Where the cursor on row `row` of `old` goes in `now`: to the same finding if it is still
// there, else to the first one after it that still is, else to the end of what is left.
int followFinding(const QList<Finding> &old, int row, const QList<Finding> &now)
{
    const auto find = [&now](const Finding &f) {
        for (int i = 0; i < now.size(); ++i)
            if (sameSubject(now[i], f))
                return i;
        return -1;
    };
    if (now.isEmpty() || row < 0 || row >= old.size())
        return -1;
    for (int r = row; r < old.size(); ++r)
        if (const int at = find(old[r]); at >= 0)
            return at;
    // Everything from it to the end went; stay at the end of what remains.
    for (int r = row - 1; r >= 0; --r)
        if (const int at = find(old[r]); at >= 0)
            return std::min<int>(at + 1, int(now.size()) - 1);
    return std::min<int>(row, int(now.size()) - 1);
}

} // namespace

void FindingsPanel::refresh()
{
    m_refreshTimer->stop();
    QList<Finding> findings = runAdvisor(m_document->project());
    // Most refreshes follow edits that change nothing the advisor sees; keep the list (and the
    // designer's place in it) untouched then.
    if (findings != m_findings) {
        // Read the cursor's finding before the list is replaced.
        const QListWidgetItem *item = m_list->currentItem();
        const int currentIndex = item ? item->data(FindingRole).toInt() : -1;
        const int restore = followFinding(m_findings, currentIndex, findings);
        m_findings = std::move(findings);
        rebuildList(restore);
    }
    updateSummary();
    rebuildMutedMenu();
    updateActions();
}

void FindingsPanel::rebuildList(int currentRow)
{
    // Rebuilding must not announce a cursor move for each step; one at the end will do.
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings[i];
        auto *item = new QListWidgetItem(severityIcon(f.severity), f.message, m_list);
        item->setData(FindingRole, i);
        const QString severity = severityLabel(f.severity);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(severity, f.message));
        QString tip = severity + u"\n"_s + f.message;
        if (!f.fixLabel.isEmpty())
            tip += u"\n"_s + tr("Fix: %1").arg(f.fixLabel);
        item->setToolTip(tip);
    }
    if (currentRow >= 0 && currentRow < m_list->count()) {
        m_list->setCurrentRow(currentRow);
        m_list->scrollToItem(m_list->currentItem());
    }
}

void FindingsPanel::updateSummary()
{
    int counts[3] = { 0, 0, 0 };
    for (const Finding &f : std::as_const(m_findings))
        ++counts[int(f.severity)];
    // Singular and plural as separate source strings so that English reads right without a
    // translation file; translators still get numerus forms through %n.
    const int errors = counts[int(Severity::Error)];
    const int warnings = counts[int(Severity::Warning)];
    const int suggestions = counts[int(Severity::Suggestion)];
    QStringList parts;
    if (errors)
        parts.append(errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors));
    if (warnings)
        parts.append(warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings));
    if (suggestions)
        parts.append(suggestions == 1 ? tr("1 suggestion") : tr("%n suggestions", nullptr, suggestions));
    m_summary->setText(parts.isEmpty() ? tr("No findings: the plan follows the method") : parts.join(u" · "_s));
}

void FindingsPanel::updateActions()
{
    const Finding *f = currentFinding();
    const bool editable = !m_document->isReadOnly();
    const bool canFix = f && !f->fixLabel.isEmpty();
    m_fixAction->setEnabled(editable && canFix);
    m_fixAction->setText(canFix ? tr("Fix: %1").arg(f->fixLabel) : tr("Fix"));
    m_fixAction->setIconText(tr("Fix"));
    m_fixAction->setToolTip(canFix ? tr("%1 (one step; undo reverts it)").arg(f->fixLabel)
                                   : tr("The selected finding has no automatic fix"));
    m_muteAction->setEnabled(editable && f != nullptr);
}

void FindingsPanel::rebuildMutedMenu()
{
    m_mutedMenu->clear();
    const QStringList muted = m_document->project().info.mutedRules;
    for (const QString &id : muted) {
        const std::optional<RuleInfo> rule = advisorRule(id);
        QAction *unmute = m_mutedMenu->addAction(tr("Report again: %1").arg(rule ? rule->title : id));
        if (rule)
            unmute->setToolTip(rule->description);
        unmute->setEnabled(!m_document->isReadOnly());
        connect(unmute, &QAction::triggered, this, [this, id] {
            unmuteRule(*m_document, id);
            refresh();
        });
    }
    m_mutedMenu->setToolTipsVisible(true);
    m_mutedButton->setEnabled(!muted.isEmpty());
    m_mutedButton->setText(muted.isEmpty() ? tr("Show muted rules…") : tr("Show muted rules (%1)…").arg(muted.size()));
}

void FindingsPanel::applyCurrentFix()
{
    const Finding *f = currentFinding();
    if (!f || f->fixLabel.isEmpty())
        return;
    const Finding finding = *f; // refresh() replaces the list
    applyFix(*m_document, finding);
    refresh(); // show the result at once rather than after the typing delay
}

void FindingsPanel::muteCurrentRule()
{
    const Finding *f = currentFinding();
    if (!f)
        return;
    const QString ruleId = f->ruleId;
    muteRule(*m_document, ruleId);
    refresh();
}

void FindingsPanel::activate(QListWidgetItem *item)
{
    const int index = item ? item->data(FindingRole).toInt() : -1;
    if (index >= 0 && index < m_findings.size() && m_findings[index].itemId != 0)
        Q_EMIT itemActivated(m_findings[index].itemId);
}

QIcon FindingsPanel::severityIcon(bw::Severity severity) const
{
    switch (severity) {
    case Severity::Error:
        return icon(u"error"_s);
    case Severity::Warning:
        return icon(u"warning"_s);
    case Severity::Suggestion:
        return icon(u"suggestion"_s);
    }
    return {};
}

void FindingsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_findings.isEmpty()) {
        // Severity icons have a dark-palette variant.
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setIcon(severityIcon(m_findings[item->data(FindingRole).toInt()].severity));
        }
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Messages are translated when the advisor runs: new wording rebuilds the list with the
        // cursor on the same finding. The labels around them are rebuilt in any case.
        const QList<Finding> before = m_findings;
        const int row = m_list->currentRow();
        refresh();
        if (m_findings == before) {
            rebuildList(row);
            updateActions();
        }
    }
}

} // namespace bw::ui
