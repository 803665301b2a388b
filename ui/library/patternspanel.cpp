// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternspanel.h"

#include "document/document.h"
#include "librarysession.h"
#include "model/enums.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

struct Page {
    QList<ActivityPattern> patterns;
    QList<LibraryTool> tools;
};

} // namespace

PatternsPanel::PatternsPanel(Document *document, CurrentObjective objective, CurrentPhase phase, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_objective(std::move(objective))
    , m_phase(std::move(phase))
{
    setObjectName(u"patternsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search patterns (title, instructions, tool)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patterns"));
    layout->addWidget(m_search);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"patterns"_s);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Activity patterns"));
    layout->addWidget(m_list, 1);
    m_add = new QPushButton(tr("&Add to Board"), this);
    m_add->setEnabled(false);
    layout->addWidget(m_add);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &PatternsPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        refresh();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_add->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { addSelected(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addSelected(); });
}

void PatternsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_patterns.isEmpty())
        refresh();
}

void PatternsPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce.stop();
    refresh();
}

QString PatternsPanel::status() const
{
    return m_status->text();
}

void PatternsPanel::refresh()
{
    if (!LibrarySession::isConfigured()) {
        m_list->clear();
        m_patterns.clear();
        m_status->setText(tr("No team library is set up: Edit ▸ Team Library Settings…"));
        Q_EMIT listed(false);
        return;
    }
    const int generation = ++m_generation; // an older answer arriving late is dropped
    const QString text = m_search->text().trimmed();
    m_status->setText(tr("Searching…"));
    LibrarySession::run<Page>(
        this,
        [text](TeamLibrary &library, LibraryError &error) {
            Page page;
            page.patterns = library.patterns(text, 200, &error);
            if (!error)
                page.tools = library.tools(&error);
            return page;
        },
        [this, generation](Page page, const LibraryError &error) {
            if (generation != m_generation)
                return;
            if (error) {
                m_status->setText(tr("Team library offline: %1").arg(error.message));
                Q_EMIT listed(false);
                return;
            }
            m_patterns = page.patterns;
            m_tools = page.tools;
            m_list->clear();
            for (const ActivityPattern &p : m_patterns) {
                QStringList facts;
                if (p.phase != Phase::Unset)
                    facts.append(enumLabel(p.phase));
                if (p.direction != Direction::Unset)
                    facts.append(enumLabel(p.direction));
                if (!p.toolName.isEmpty())
                    facts.append(p.toolName);
                if (p.duration.max > 0)
                    facts.append(tr("%1 min").arg(p.duration.min == p.duration.max
                            ? QString::number(p.duration.min)
                            : u"%1–%2"_s.arg(p.duration.min).arg(p.duration.max)));
                auto *item = new QListWidgetItem(p.title + u'\n' + facts.join(u" · "_s), m_list);
                item->setToolTip(p.instructions);
            }
            m_status->setText(m_patterns.isEmpty() ? tr("No pattern matches.")
                    : m_patterns.size() == 1       ? tr("1 pattern")
                                                   : tr("%1 patterns").arg(m_patterns.size()));
            if (!m_patterns.isEmpty())
                m_list->setCurrentRow(0);
            Q_EMIT listed(true);
        });
}

Id PatternsPanel::addSelected()
{
    const int row = m_list->currentRow();
    const Id objective = m_objective();
    if (row < 0 || row >= m_patterns.size() || m_doc->isReadOnly())
        return 0;
    if (!objective || !m_doc->project().objective(objective)) {
        m_status->setText(tr("Select an objective first: the pattern joins its board."));
        return 0;
    }
    const ActivityPattern &pattern = m_patterns[row];
    m_doc->beginMacro(tr("Add pattern “%1”").arg(pattern.title));
    if (!pattern.toolName.isEmpty() && !m_doc->project().toolByName(pattern.toolName)) {
        for (const LibraryTool &t : m_tools)
            if (t.tool.name.compare(pattern.toolName, Qt::CaseInsensitive) == 0)
                m_doc->addTool(t.tool);
    }
    Activity activity = pattern.applyTo(Activity {}, m_doc->project());
    if (activity.phase == Phase::Unset)
        activity.phase = m_phase();
    const Id id = m_doc->addActivity(objective, activity);
    QList<ProjectOrigin> origins = m_doc->project().origins;
    origins.append({ u"pattern"_s, pattern.meta.id, pattern.meta.rowVersion, id });
    m_doc->setOrigins(origins);
    m_doc->endMacro();
    m_status->setText(tr("“%1” added to the board.").arg(pattern.title));
    Q_EMIT activityAdded(id);
    return id;
}

} // namespace bw::ui
