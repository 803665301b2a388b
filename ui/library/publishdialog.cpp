// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishdialog.h"

#include "document/document.h"
#include "librarysession.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

const ProjectOrigin *originOf(const Project &project, const QString &kind, Id localId)
{
    for (const ProjectOrigin &o : project.origins)
        if (o.kind == kind && o.localId == localId)
            return &o;
    return nullptr;
}

// The free functions translate in the dialog's context.
QString translated(const char *text)
{
    return QCoreApplication::translate("bw::ui::PublishDialog", text);
}

void compareRow(QList<std::array<QString, 3>> &rows, const char *label, const QString &theirs, const QString &ours)
{
    rows.append({ translated(label), theirs, ours });
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("bw::ui::PublishDialog", "yes")
                 : QCoreApplication::translate("bw::ui::PublishDialog", "no");
}

} // namespace

QString conflictSentence(const LibraryError &error)
{
    // Today's change shows its time only ("at 14:02"); an older one its date too.
    const QDateTime at = error.changedAt.toLocalTime();
    const QString when = !at.isValid()      ? QCoreApplication::translate("bw::ui::PublishDialog", "an unknown time")
        : at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                            : QLocale().toString(at, QLocale::ShortFormat);
    const QString who
        = error.changedBy.isEmpty() ? QCoreApplication::translate("bw::ui::PublishDialog", "someone") : error.changedBy;
    return QCoreApplication::translate("bw::ui::PublishDialog", "Changed by %1 at %2 since you read it.")
        .arg(who, when);
}

PublishOutcome publishToLibrary(TeamLibrary &library, const Project &project, const PublishRequest &request)
{
    PublishOutcome out;
    // A Conflict keeps what the library has now beside ours, for Compare.
    auto failed = [&out](const PublishResult &result, const QString &item) {
        if (!result.error)
            return false;
        out.error = result.error;
        out.conflictItem = item;
        return true;
    };
    if (request.asTemplate) {
        LibraryTemplate t;
        t.name = request.templateName.trimmed();
        t.description = request.templateDescription;
        t.project = project;
        if (const ProjectOrigin *o = originOf(project, u"template"_s, 0))
            t.meta = { o->libraryId, o->rowVersion, {}, {} };
        else if (const auto existing = library.templateByName(t.name))
            t.meta = existing->meta;
        const PublishResult r = library.publishTemplate(t);
        if (failed(r, t.name)) {
            if (r.error.status == LibraryStatus::Conflict)
                if (const auto theirs = library.templateByName(t.name)) {
                    compareRow(
                        out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Name"), theirs->name, t.name);
                    compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Description"),
                        theirs->description, t.description);
                    if (theirs->project) {
                        compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Activities"),
                            QString::number(theirs->project->activityCount()),
                            QString::number(project.activityCount()));
                        compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Tools"),
                            QString::number(theirs->project->tools.size()), QString::number(project.tools.size()));
                    }
                }
            return out;
        }
        out.published.append({ u"template"_s, r.meta.id, r.meta.rowVersion, 0 });
    }
    if (request.tools) {
        for (const Tool &tool : project.tools) {
            LibraryTool t;
            t.tool = tool;
            t.tool.id = 0;
            if (const ProjectOrigin *o = originOf(project, u"tool"_s, tool.id))
                t.meta = { o->libraryId, o->rowVersion, {}, {} };
            else if (const auto existing = library.toolByName(tool.name))
                t.meta = existing->meta; // the team has it already: this is its next version
            const PublishResult r = library.publishTool(t);
            if (failed(r, tool.name)) {
                if (r.error.status == LibraryStatus::Conflict)
                    if (const auto theirs = library.toolByName(tool.name)) {
                        const Tool &a = theirs->tool;
                        compareRow(
                            out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Name"), a.name, tool.name);
                        compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Description"),
                            a.description, tool.description);
                        compareRow(
                            out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Web address"), a.url, tool.url);
                        compareRow(
                            out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Cost"), a.cost, tool.cost);
                        compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Often blocked"),
                            yesNo(a.oftenBlocked), yesNo(tool.oftenBlocked));
                        compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Retired"),
                            yesNo(a.status == ToolStatus::Retired), yesNo(tool.status == ToolStatus::Retired));
                        compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Replacement"),
                            a.replacement, tool.replacement);
                    }
                return out;
            }
            out.published.append({ u"tool"_s, r.meta.id, r.meta.rowVersion, tool.id });
        }
    }
    for (Id id : request.activities) {
        const Activity *activity = project.activity(id);
        if (!activity)
            continue;
        ActivityPattern p = ActivityPattern::fromActivity(*activity, project);
        if (const ProjectOrigin *o = originOf(project, u"pattern"_s, id))
            p.meta = { o->libraryId, o->rowVersion, {}, {} };
        const PublishResult r = library.publishPattern(p);
        if (failed(r, p.title)) {
            if (r.error.status == LibraryStatus::Conflict)
                if (const auto theirs = library.pattern(p.meta.id)) {
                    compareRow(
                        out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Title"), theirs->title, p.title);
                    compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Instructions"),
                        theirs->instructions, p.instructions);
                    compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Tool"), theirs->toolName,
                        p.toolName);
                    compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Deliverable"),
                        theirs->deliverable, p.deliverable);
                    compareRow(out.comparison, QT_TRANSLATE_NOOP("bw::ui::PublishDialog", "Benefit"), theirs->benefit,
                        p.benefit);
                }
            return out;
        }
        out.published.append({ u"pattern"_s, r.meta.id, r.meta.rowVersion, id });
    }
    return out;
}

PublishDialog::PublishDialog(Document *document, Id currentActivity, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_template(new QCheckBox(
          QCoreApplication::translate("bw::ui::PublishDialog", "Publish the project as a &template"), this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tools(new QCheckBox(this))
    , m_activities(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Publish to Team Library"));
    setObjectName(u"publishDialog"_s);
    const Project &project = document->project();
    m_template->setObjectName(u"publishTemplate"_s);
    m_name->setObjectName(u"templateName"_s);
    m_name->setText(project.info.title);
    m_description->setObjectName(u"templateDescription"_s);
    m_description->setMaximumHeight(70);
    m_tools->setObjectName(u"publishTools"_s);
    // Spelled out rather than "%n tool(s)" so that the untranslated English reads right too.
    m_tools->setText(project.tools.size() == 1 ? tr("Publish the project's one &tool")
                                               : tr("Publish the project's %1 &tools").arg(project.tools.size()));
    m_activities->setObjectName(u"publishActivities"_s);
    for (const Objective &o : project.objectives)
        for (const Activity &a : o.activities) {
            auto *item = new QListWidgetItem(a.title.isEmpty() ? tr("(untitled activity)") : a.title, m_activities);
            item->setData(Qt::UserRole, QVariant::fromValue<qint64>(a.id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(a.id == currentActivity ? Qt::Checked : Qt::Unchecked);
        }
    m_status->setObjectName(u"publishStatus"_s);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_template);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_tools);
    auto *patternsLabel = new QLabel(tr("Activities to publish as &patterns:"), this);
    patternsLabel->setBuddy(m_activities);
    form->addRow(patternsLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_compare = buttons->addButton(tr("&Compare…"), QDialogButtonBox::ActionRole);
    m_compare->setVisible(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        QDialog view(this);
        view.setWindowTitle(tr("Library's version and yours"));
        auto *text = new QPlainTextEdit(comparisonText(), &view);
        text->setReadOnly(true);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &view);
        connect(close, &QDialogButtonBox::rejected, &view, &QDialog::reject);
        auto *l = new QVBoxLayout(&view);
        l->addWidget(text);
        l->addWidget(close);
        view.resize(520, 320);
        view.exec();
    });
    auto update = [this] {
        m_name->setEnabled(m_template->isChecked());
        m_description->setEnabled(m_template->isChecked());
    };
    connect(m_template, &QCheckBox::toggled, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_activities, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, 460);
}

PublishRequest PublishDialog::request() const
{
    PublishRequest r;
    r.asTemplate = m_template->isChecked();
    r.templateName = m_name->text();
    r.templateDescription = m_description->toPlainText();
    r.tools = m_tools->isChecked();
    for (int i = 0; i < m_activities->count(); ++i)
        if (m_activities->item(i)->checkState() == Qt::Checked)
            r.activities.append(m_activities->item(i)->data(Qt::UserRole).value<qint64>());
    return r;
}

void PublishDialog::setRequest(const PublishRequest &r)
{
    m_template->setChecked(r.asTemplate);
    m_name->setText(r.templateName);
    m_description->setPlainText(r.templateDescription);
    m_tools->setChecked(r.tools);
    for (int i = 0; i < m_activities->count(); ++i) {
        const Id id = m_activities->item(i)->data(Qt::UserRole).value<qint64>();
        m_activities->item(i)->setCheckState(r.activities.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QString PublishDialog::statusText() const
{
    return m_status->text();
}

QString PublishDialog::comparisonText() const
{
    QStringList lines;
    for (const auto &row : m_outcome.comparison) {
        const QString mark = row[1] == row[2] ? u"  "_s : u"≠ "_s;
        lines << tr("%1%2 — library: %3 — yours: %4").arg(mark, row[0], row[1], row[2]);
    }
    return lines.join(u'\n');
}

void PublishDialog::publish()
{
    const PublishRequest r = request();
    if (r.asTemplate && r.templateName.trimmed().isEmpty()) {
        m_status->setText(tr("Give the template a name."));
        return;
    }
    if (!r.asTemplate && !r.tools && r.activities.isEmpty()) {
        m_status->setText(tr("Choose what to publish."));
        return;
    }
    if (!LibrarySession::isConfigured()) {
        m_status->setText(tr("No team library is set up (Edit ▸ Team Library Settings…)."));
        return;
    }
    m_publish->setEnabled(false);
    m_compare->setVisible(false);
    m_status->setText(tr("Publishing…"));
    const Project project = m_document->project();
    LibrarySession::run<PublishOutcome>(
        this, [project, r](TeamLibrary &library, LibraryError &) { return publishToLibrary(library, project, r); },
        [this](PublishOutcome outcome, const LibraryError &error) {
            if (error)
                outcome.error = error;
            done(std::move(outcome));
        });
}

void PublishDialog::done(PublishOutcome outcome)
{
    m_outcome = std::move(outcome);
    m_publish->setEnabled(true);
    // What did get published is recorded even when a later item was refused.
    record(m_outcome.published);
    const LibraryError &e = m_outcome.error;
    switch (e.status) {
    case LibraryStatus::Ok:
        m_status->setText(m_outcome.published.size() == 1
                ? tr("Published 1 item to the team library.")
                : tr("Published %1 items to the team library.").arg(m_outcome.published.size()));
        break;
    case LibraryStatus::Conflict:
        m_status->setText(tr("“%1” was not published: %2 Compare the two versions, or Close to keep yours here.")
                              .arg(m_outcome.conflictItem, conflictSentence(e)));
        m_compare->setVisible(!m_outcome.comparison.isEmpty());
        break;
    case LibraryStatus::PermissionDenied:
        m_status->setText(
            tr("Your library role may not publish: that needs the editor role (blendwise_editor). %1").arg(e.message));
        break;
    case LibraryStatus::Offline:
        m_status->setText(tr("The team library is offline: nothing was published. %1").arg(e.message));
        break;
    default:
        m_status->setText(tr("Not published: %1").arg(e.message));
        break;
    }
    Q_EMIT finished(!e);
}

void PublishDialog::record(const QList<ProjectOrigin> &published)
{
    if (published.isEmpty())
        return;
    QList<ProjectOrigin> origins = m_document->project().origins;
    for (const ProjectOrigin &p : published) {
        auto same = [&p](const ProjectOrigin &o) { return o.kind == p.kind && o.localId == p.localId; };
        auto it = std::find_if(origins.begin(), origins.end(), same);
        if (it != origins.end())
            *it = p;
        else
            origins.append(p);
    }
    m_document->setOrigins(origins);
}

} // namespace bw::ui
