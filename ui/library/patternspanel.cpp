// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternspanel.h"

#include "document/document.h"
#include "librarysession.h"
#include "mime.h"
#include "model/enums.h"

#include <QDrag>
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

constexpr int PatternIdRole = Qt::UserRole + 1;

// The list drags a pattern by its id (Mime::pattern()), as a copy: the pattern stays.
class PatternList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    void startDrag(Qt::DropActions) override
    {
        QListWidgetItem *item = currentItem();
        if (!item)
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(Mime::encodePattern(item->data(PatternIdRole).toString()));
        const QRect rect = visualItemRect(item);
        QPixmap pixmap(rect.size() * devicePixelRatioF());
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        viewport()->render(&pixmap, {}, QRegion(rect));
        drag->setPixmap(pixmap);
        drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }
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
    m_list = new PatternList(this);
    m_list->setObjectName(u"patterns"_s);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setToolTip(tr("Drag a pattern onto a lane of the board, or press Enter to add it"));
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
    if (m_stale)
        refresh();
}

void PatternsPanel::refreshSoon()
{
    m_stale = true;
    if (isVisible())
        m_debounce.start();
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
    m_stale = false;
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
        [this, generation, text](Page page, const LibraryError &error) {
            if (generation != m_generation)
                return;
            if (error) {
                m_stale = true; // read again when asked or when the library is back
                m_status->setText(tr("Team library offline: %1").arg(error.message));
                Q_EMIT listed(false);
                return;
            }
            const int row = m_list->currentRow();
            const QString selected = row >= 0 && row < m_patterns.size() ? m_patterns[row].meta.id : QString();
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
                item->setData(PatternIdRole, p.meta.id);
            }
            m_status->setText(m_patterns.isEmpty() && text.isEmpty()
                    ? tr("The team library has no patterns yet: File ▸ Publish to Team Library… adds "
                         "activities as patterns.")
                    : m_patterns.isEmpty()         ? tr("No pattern matches.")
                    : m_patterns.size() == 1       ? tr("1 pattern")
                                                   : tr("%1 patterns").arg(m_patterns.size()));
            int current = m_patterns.isEmpty() ? -1 : 0; // the pattern selected before, if still listed
            for (int i = 0; i < m_patterns.size(); ++i)
                if (!selected.isEmpty() && m_patterns[i].meta.id == selected)
                    current = i;
            if (current >= 0)
                m_list->setCurrentRow(current);
            Q_EMIT listed(true);
        });
}

Id PatternsPanel::addSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_patterns.size())
        return 0;
    const ActivityPattern &pattern = m_patterns[row];
    // In the pattern's phase, else the board's current lane; at the end of the objective's list.
    return addPattern(pattern, m_objective(), pattern.phase != Phase::Unset ? pattern.phase : m_phase(), -1);
}

QMimeData *PatternsPanel::dragData(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? Mime::encodePattern(item->data(PatternIdRole).toString()) : nullptr;
}

bool PatternsPanel::dropPattern(const QMimeData *data, Id objectiveId, Phase phase, int objectiveRow)
{
    const QString id = Mime::decodePattern(data);
    for (const ActivityPattern &p : std::as_const(m_patterns))
        if (!id.isEmpty() && p.meta.id == id) {
            const ActivityPattern pattern = p; // m_patterns may be re-read meanwhile
            return addPattern(pattern, objectiveId, phase, objectiveRow) != 0;
        }
    return false;
}

Id PatternsPanel::addPattern(const ActivityPattern &pattern, Id objectiveId, Phase phase, int objectiveRow)
{
    if (m_doc->isReadOnly())
        return 0;
    if (!objectiveId || !m_doc->project().objective(objectiveId)) {
        m_status->setText(tr("Select an objective first: the pattern joins its board."));
        return 0;
    }
    m_doc->beginMacro(tr("Add pattern “%1”").arg(pattern.title));
    if (!pattern.toolName.isEmpty() && !m_doc->project().toolByName(pattern.toolName)) {
        for (const LibraryTool &t : std::as_const(m_tools))
            if (t.tool.name.compare(pattern.toolName, Qt::CaseInsensitive) == 0) {
                m_doc->addTool(t.tool);
                break;
            }
    }
    Activity activity = pattern.applyTo(Activity {}, m_doc->project());
    activity.phase = phase;
    const Id id = m_doc->addActivity(objectiveId, activity, objectiveRow);
    QList<ProjectOrigin> origins = m_doc->project().origins;
    origins.append({ u"pattern"_s, pattern.meta.id, pattern.meta.rowVersion, id });
    m_doc->setOrigins(origins);
    m_doc->endMacro();
    m_status->setText(tr("“%1” added to the board.").arg(pattern.title));
    Q_EMIT activityAdded(id);
    return id;
}

} // namespace bw::ui
