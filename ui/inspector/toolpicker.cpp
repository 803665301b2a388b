// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolpicker.h"

#include "advisor/toolranking.h"
#include "document/document.h"
#include "elidedlabel.h"
#include "theme.h"
#include "tooleditdialog.h"
#include "toolsuggestiondelegate.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace bw::ui {

using Delegate = ToolSuggestionDelegate;

namespace {
constexpr int VisibleRows = 8;

QVariantList badgesFor(const Tool &tool)
{
    QVariantList out;
    if (tool.clientProvided)
        out.append(QVariant(QVariantList{ToolPicker::tr("Client-provided"), Delegate::Positive}));
    if (tool.status == ToolStatus::Retired)
        out.append(QVariant(QVariantList{tool.replacement.isEmpty()
                                             ? ToolPicker::tr("Retired")
                                             : ToolPicker::tr("Retired → %1").arg(tool.replacement),
                                         Delegate::Danger}));
    if (tool.needsAccount)
        out.append(QVariant(QVariantList{ToolPicker::tr("Account"), Delegate::Caution}));
    if (tool.oftenBlocked)
        out.append(QVariant(QVariantList{ToolPicker::tr("Often blocked"), Delegate::Caution}));
    return out;
}

QString htmlList(const QStringList &items)
{
    QString out;
    for (const QString &i : items)
        out += QStringLiteral("<li>") + i.toHtmlEscaped() + QStringLiteral("</li>");
    return QStringLiteral("<ul style=\"margin:0\">") + out + QStringLiteral("</ul>");
}
} // namespace

ToolPicker::ToolPicker(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_edit(new QLineEdit(this))
    , m_warningIcon(new QLabel(this))
    , m_warnings(new ElidedLabel(this))
    , m_popup(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    m_edit->setPlaceholderText(tr("Type to search tools…"));
    m_edit->setAccessibleName(tr("Tool"));
    m_edit->setToolTip(tr("Type to search the project's tools; Down opens the ranked list, Enter picks, Esc cancels."));
    auto *open = m_edit->addAction(icon(QStringLiteral("go-down")), QLineEdit::TrailingPosition);
    Theme::setActionIcon(open, QStringLiteral("go-down")); // the main window swaps it for the dark theme
    open->setToolTip(tr("Show the tools that fit this activity"));
    connect(open, &QAction::triggered, this, [this] {
        m_edit->setFocus(Qt::OtherFocusReason);
        showPopup();
    });
    setFocusProxy(m_edit);
    // A label's mnemonic (the inspector's "T&ool:") only focuses a buddy that accepts focus
    // itself; the proxy then hands it to the line edit. Tab skips widgets that have a proxy.
    setFocusPolicy(Qt::StrongFocus);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    m_warningIcon->setAlignment(Qt::AlignVCenter);
    // One line, always there (empty when the tool needs no warning): the rows below the picker
    // never move when another tool or activity is chosen. All warnings are in the tooltip.
    m_warnings->setMinimumHeight(std::max(iconSize, m_warnings->fontMetrics().height()));
    QSizePolicy iconPolicy = m_warningIcon->sizePolicy();
    iconPolicy.setRetainSizeWhenHidden(true);
    m_warningIcon->setSizePolicy(iconPolicy);
    auto *warnRow = new QHBoxLayout;
    warnRow->setSpacing(4);
    warnRow->addWidget(m_warningIcon);
    warnRow->addWidget(m_warnings, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addLayout(warnRow);

    // The list is a popup like a completer's: it grabs the mouse, and every key that reaches it
    // is handed to the line edit, which keeps the focus and the text cursor.
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusProxy(m_edit);
    m_popup->setModel(m_model);
    m_popup->setItemDelegate(new Delegate(m_popup));
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->setUniformItemSizes(false);
    m_popup->setMouseTracking(true);
    m_popup->setAccessibleName(tr("Suggested tools"));
    m_popup->installEventFilter(this);
    m_edit->installEventFilter(this);
    connect(m_popup, &QListView::clicked, this, &ToolPicker::pick);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_searching = true;
        showPopup();
    });

    connect(m_doc, &Document::activityChanged, this, [this](Id id) {
        if (id == m_id)
            refresh();
    });
    connect(m_doc, &Document::activityRemoved, this, [this](Id, int, Id id) {
        if (id == m_id)
            setActivity(0);
    });
    connect(m_doc, &Document::toolInserted, this, &ToolPicker::refresh);
    connect(m_doc, &Document::toolRemoved, this, &ToolPicker::refresh);
    connect(m_doc, &Document::toolChanged, this, &ToolPicker::refresh);
    connect(m_doc, &Document::projectReset, this, [this] {
        setActivity(m_doc->project().activity(m_id) ? m_id : 0);
    });

    refresh();
}

void ToolPicker::setActivity(Id id)
{
    hidePopup();
    m_id = id;
    m_searching = false;
    refresh();
}

const Activity *ToolPicker::current() const
{
    return m_id ? m_doc->project().activity(m_id) : nullptr;
}

bool ToolPicker::isPopupVisible() const
{
    return m_popup->isVisible();
}

QString ToolPicker::query() const
{
    return m_searching ? m_edit->text().trimmed() : QString();
}

void ToolPicker::refresh()
{
    const Activity *a = current();
    setEnabled(a != nullptr);
    const Tool *tool = a ? m_doc->project().tool(a->toolId) : nullptr;
    // Never replace what the user is typing; the name comes back when the search ends.
    if (!m_searching) {
        const QString name = tool ? tool->name : a && a->noTool ? inRoomText() : QString();
        if (m_edit->text() != name) {
            m_edit->setText(name);
            m_edit->setCursorPosition(0);
        }
    }
    const QStringList warnings = tool ? toolWarnings(*tool) : QStringList();
    m_warnings->setFullText(warnings.join(QStringLiteral(" · ")));
    m_warnings->setToolTip(warnings.join(QLatin1Char('\n')));
    m_warningIcon->setVisible(!warnings.isEmpty());
    if (m_popup->isVisible())
        updateSuggestions();
}

void ToolPicker::updateSuggestions()
{
    m_model->clear();
    const Activity *a = current();
    if (!a)
        return;
    const Project &project = m_doc->project();
    const QString q = query();
    const QIcon toolIcon = icon(QStringLiteral("tool"));
    for (const ToolSuggestion &s : rankTools(project, *a, q)) {
        const Tool *t = project.tool(s.toolId);
        if (!t)
            continue;
        auto *item = new QStandardItem(toolIcon, t->name);
        item->setData(Delegate::ToolRow, Delegate::KindRole);
        item->setData(s.toolId, Delegate::ToolIdRole);
        item->setData(enumLabel(t->type), Delegate::SubtitleRole);
        item->setData(badgesFor(*t), Delegate::BadgesRole);
        item->setData(a->direction != Direction::Unset && !t->supports(a->direction), Delegate::DimmedRole);
        QString tip = QStringLiteral("<b>") + t->name.toHtmlEscaped() + QStringLiteral("</b>");
        if (!s.reasons.isEmpty())
            tip += htmlList(s.reasons);
        if (!s.warnings.isEmpty())
            tip += QStringLiteral("<p style=\"margin:0\">") + tr("Watch out:").toHtmlEscaped()
                + QStringLiteral("</p>") + htmlList(s.warnings);
        item->setToolTip(tip);
        item->setData(t->name, Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    // Offered with the full list, and to a search for it ("no tool", "room").
    const bool inRoomWanted = q.isEmpty() || inRoomText().contains(q, Qt::CaseInsensitive);
    if (!a->noTool && inRoomWanted) {
        auto *room = new QStandardItem(icon(QStringLiteral("phase-in")), inRoomText());
        room->setData(Delegate::InRoomRow, Delegate::KindRole);
        room->setData(tr("Face to face, e.g. a role-play: no tool is needed"), Delegate::SubtitleRole);
        room->setToolTip(tr("The activity deliberately needs no tool: the advisor will not ask for one"));
        m_model->appendRow(room);
    }
    if (q.isEmpty() && (a->toolId || a->noTool)) {
        auto *none = new QStandardItem(icon(QStringLiteral("list-remove")), tr("No tool chosen yet"));
        none->setData(Delegate::NoToolRow, Delegate::KindRole);
        none->setToolTip(tr("Leave the activity without a tool for now"));
        m_model->appendRow(none);
    }
    auto *create = new QStandardItem(icon(QStringLiteral("list-add")),
                                     q.isEmpty() ? tr("New tool…") : tr("New tool “%1”…").arg(q));
    create->setData(Delegate::NewToolRow, Delegate::KindRole);
    create->setToolTip(tr("Add a tool to the project's catalogue and use it for this activity"));
    m_model->appendRow(create);
    m_popup->setCurrentIndex(m_model->index(0, 0));
}

void ToolPicker::showPopup()
{
    if (!current())
        return;
    updateSuggestions();
    placePopup();
    if (!m_popup->isVisible())
        m_popup->show();
}

void ToolPicker::hidePopup()
{
    m_popup->hide();
}

void ToolPicker::placePopup()
{
    const int rows = std::min(m_model->rowCount(), VisibleRows);
    int height = 0;
    for (int r = 0; r < rows; ++r)
        height += m_popup->sizeHintForRow(r);
    height += 2 * m_popup->frameWidth();
    const int width = std::max(m_edit->width(), 360);
    QPoint pos = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen *screen = m_edit->screen()) {
        const QRect avail = screen->availableGeometry();
        if (pos.y() + height > avail.bottom())
            pos.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - height); // no room below: open upwards
        pos.setX(std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() - width)));
    }
    m_popup->setGeometry(QRect(pos, QSize(width, height)));
}

void ToolPicker::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_popup->currentIndex().row() + delta, 0, rows - 1);
    m_popup->setCurrentIndex(m_model->index(row, 0));
}

bool ToolPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup) {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease
            || event->type() == QEvent::ShortcutOverride || event->type() == QEvent::InputMethod) {
            QCoreApplication::sendEvent(m_edit, event);
            return true;
        }
        if (event->type() == QEvent::Hide && m_searching && !m_edit->hasFocus())
            cancel();
        return false;
    }
    if (watched != m_edit)
        return false;

    if (event->type() == QEvent::FocusOut) {
        // A popup opening takes the focus for a moment; anything else ends the search.
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason && !m_popup->isVisible())
            cancel();
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Esc and Enter belong to the picker while it is searching, not to a dialog's buttons.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter)
            && (m_searching || m_popup->isVisible())) {
            event->accept();
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;

    const auto *key = static_cast<QKeyEvent *>(event);
    const bool open = m_popup->isVisible();
    switch (key->key()) {
    case Qt::Key_Down:
        if (!open)
            showPopup();
        else
            moveSelection(1);
        return true;
    case Qt::Key_Up:
        if (!open)
            return false;
        moveSelection(-1);
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (!open)
            return false;
        moveSelection(key->key() == Qt::Key_PageDown ? VisibleRows - 1 : 1 - VisibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (open) {
            pick(m_popup->currentIndex());
            return true;
        }
        if (m_searching) {
            if (m_edit->text().trimmed().isEmpty()) {
                assignTool(0);
            } else {
                updateSuggestions();
                pick(m_model->index(0, 0));
            }
            return true;
        }
        return false;
    case Qt::Key_Escape:
        if (open || m_searching) {
            hidePopup();
            cancel();
            return true;
        }
        return false;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        hidePopup();
        return false;
    default:
        return false;
    }
}

void ToolPicker::pick(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    switch (index.data(Delegate::KindRole).toInt()) {
    case Delegate::ToolRow:
        assignTool(index.data(Delegate::ToolIdRole).value<Id>());
        break;
    case Delegate::NoToolRow:
        assignTool(0);
        break;
    case Delegate::InRoomRow:
        assignTool(0, true);
        break;
    case Delegate::NewToolRow:
        createTool(query());
        break;
    }
}

void ToolPicker::assignTool(Id toolId, bool inRoom)
{
    hidePopup();
    m_searching = false;
    // Picking a tool (or clearing the choice) ends "no tool — in the room", and the other way round.
    const bool noTool = inRoom && toolId == 0;
    if (const Activity *a = current(); a && (a->toolId != toolId || a->noTool != noTool)) {
        Activity changed = *a;
        changed.toolId = toolId;
        changed.noTool = noTool;
        m_doc->changeActivity(changed);
    }
    refresh();
}

QString ToolPicker::inRoomText()
{
    return tr("No tool — in the room");
}

void ToolPicker::createTool(const QString &name)
{
    hidePopup();
    const Activity *a = current();
    if (!a)
        return;
    Tool tool;
    tool.name = name;
    if (a->direction != Direction::Unset)
        tool.directions = {a->direction};
    if (const auto types = expectedToolTypes(m_doc->project(), *a); !types.isEmpty())
        tool.type = types.first();

    ToolEditDialog dialog(m_doc->project(), tool, this);
    if (dialog.exec() != QDialog::Accepted) {
        cancel();
        return;
    }
    const Tool created = dialog.tool();
    const Id activityId = m_id;
    // The dialog's event loop may have let the activity go (an undo in another window).
    if (!m_doc->project().activity(activityId)) {
        cancel();
        return;
    }
    m_doc->beginMacro(tr("Add tool “%1” and use it").arg(created.name));
    const Id toolId = m_doc->addTool(created);
    Activity changed = *m_doc->project().activity(activityId);
    changed.toolId = toolId;
    changed.noTool = false;
    m_doc->changeActivity(changed);
    m_doc->endMacro();
    m_searching = false;
    refresh();
}

void ToolPicker::cancel()
{
    m_searching = false;
    refresh();
}

} // namespace bw::ui
