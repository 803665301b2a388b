// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectpropertiesdialog.h"

#include "model/agenda.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "i18n/translations.h"
#include "inlinemessage.h"
#include "model/projectvalidation.h"
#include "theme.h"

#include <QBuffer>
#include <QColorDialog>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace bw::ui {

namespace {
constexpr qint64 MaxLogoBytes = 2 * 1024 * 1024;

enum MomentColumn { MomentName, MomentStart, MomentMinutes, MomentModeColumn, MomentPlace };
enum RoleColumn { RoleKindColumn, RoleCustomKind, RoleName, RoleDuties };
enum SubGroupColumn { GroupName, GroupMission, GroupObjective, GroupMembers };

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *valueItem(const QVariant &value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    return item;
}

QTableWidgetItem *choiceItem(const QString &label, const QVariant &value)
{
    auto *item = new QTableWidgetItem(label);
    item->setData(Qt::UserRole, value);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QVariant cellData(const QTableWidget *table, int row, int column, int role)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(role) : QVariant();
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &accessibleName)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    return table;
}

void moveRow(QTableWidget *table, int from, int to)
{
    if (from < 0 || to < 0 || from >= table->rowCount() || to >= table->rowCount() || from == to)
        return;
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem *a = table->takeItem(from, c);
        QTableWidgetItem *b = table->takeItem(to, c);
        table->setItem(from, c, b);
        table->setItem(to, c, a);
    }
    table->setCurrentCell(to, table->currentColumn() < 0 ? 0 : table->currentColumn());
}

// A table with Add / Remove / Move up / Move down beside it.
QWidget *tableEditor(QWidget *parent, QTableWidget *table, const std::function<void()> &add, const QString &noun)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    table->setParent(box);
    layout->addWidget(table, 1);
    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &iconName, const QString &tip) {
        auto *b = new QToolButton(box);
        b->setIcon(icon(iconName));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        buttons->addWidget(b);
        return b;
    };
    auto *addButton = button(QStringLiteral("list-add"), ProjectPropertiesDialog::tr("Add %1").arg(noun));
    auto *remove = button(QStringLiteral("list-remove"), ProjectPropertiesDialog::tr("Remove the selected %1").arg(noun));
    auto *up = button(QStringLiteral("go-up"), ProjectPropertiesDialog::tr("Move the selected %1 up").arg(noun));
    auto *down = button(QStringLiteral("go-down"), ProjectPropertiesDialog::tr("Move the selected %1 down").arg(noun));
    buttons->addStretch();
    layout->addLayout(buttons);

    QObject::connect(addButton, &QToolButton::clicked, table, [table, add] {
        add();
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QToolButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    QObject::connect(up, &QToolButton::clicked, table, [table] { moveRow(table, table->currentRow(), table->currentRow() - 1); });
    QObject::connect(down, &QToolButton::clicked, table, [table] { moveRow(table, table->currentRow(), table->currentRow() + 1); });
    const auto update = [=] {
        const int row = table->currentRow();
        remove->setEnabled(row >= 0);
        up->setEnabled(row > 0);
        down->setEnabled(row >= 0 && row < table->rowCount() - 1);
    };
    QObject::connect(table, &QTableWidget::currentCellChanged, box, update);
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, box, update);
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, box, update);
    update();
    return box;
}

// Shows and edits a moment's start in the plan's language, to the minute.
class MomentStartDelegate : public QStyledItemDelegate {
public:
    MomentStartDelegate(const ProjectPropertiesDialog *dialog, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_dialog(dialog)
    {
    }

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        const QDateTime start = value.toDateTime();
        return start.isValid() ? m_dialog->planLocale().toString(start, QLocale::ShortFormat) : QString();
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QDateTimeEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(minuteFormat(m_dialog->planLocale()));
        return edit;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDateTimeEdit *>(editor)->setDateTime(index.data(Qt::EditRole).toDateTime());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        QDateTime start = static_cast<QDateTimeEdit *>(editor)->dateTime();
        start.setTime(QTime(start.time().hour(), start.time().minute()));
        model->setData(index, start, Qt::EditRole);
    }

    static QString minuteFormat(const QLocale &locale)
    {
        // The locale's short format, with any seconds taken out.
        QString format = locale.dateTimeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        return format;
    }

private:
    const ProjectPropertiesDialog *m_dialog;
};

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(32, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 90));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, 31, 15), 3, 3);
    return QIcon(pixmap);
}
} // namespace

ProjectPropertiesDialog::ProjectPropertiesDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_doc(document)
    , m_original(document->project().info)
    , m_tabs(new QTabWidget(this))
    , m_problem(new InlineMessage(this))
{
    setWindowTitle(tr("Project Properties"));
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildBrand(), tr("&Brand"));
    m_tabs->addTab(buildMoments(), tr("In-class &moments"));
    m_tabs->addTab(buildCommunity(), tr("&Community"));
    m_tabs->addTab(buildEvaluation(), tr("&Evaluation"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A read-only project's properties can be read, not changed (the document refuses anyway).
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto followReadOnly = [ok](bool readOnly) {
        ok->setEnabled(!readOnly);
        ok->setToolTip(readOnly ? tr("The project is read-only: use Save As to keep changes") : QString());
    };
    connect(m_doc, &Document::readOnlyChanged, ok, followReadOnly);
    followReadOnly(m_doc->isReadOnly());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QTableWidget *t : {m_moments, m_roles, m_subGroups})
        connect(t, &QTableWidget::itemChanged, this, &ProjectPropertiesDialog::updateProblem);
    for (QTableWidget *t : {m_moments, m_roles, m_subGroups})
        connect(t->model(), &QAbstractItemModel::rowsRemoved, this, &ProjectPropertiesDialog::updateProblem);
    connect(m_title, &QLineEdit::textChanged, this, &ProjectPropertiesDialog::updateProblem);
    updateProblem();
    // Long texts show their beginning, not their end.
    const auto edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->setCursorPosition(0);
    resize(760, 560);
}

QWidget *ProjectPropertiesDialog::buildGeneral()
{
    const ProjectInfo &info = m_original;
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    const auto line = [&](const QString &label, const QString &value, const QString &tip) {
        auto *e = new QLineEdit(value, page);
        e->setToolTip(tip);
        e->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, e);
        return e;
    };
    m_title = line(tr("&Title:"), info.title, tr("The programme's title, on the cover of the plan."));
    m_client = line(tr("C&lient:"), info.client, tr("The client or organisation the plan is for."));
    m_audience = line(tr("A&udience:"), info.audience, tr("Who the learners are."));
    m_author = line(tr("Aut&hor:"), info.author, tr("Who designed the plan."));
    m_summary = new QPlainTextEdit(info.summary, page);
    m_summary->setTabChangesFocus(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setToolTip(tr("A few sentences that open the plan document."));
    form->addRow(tr("&Summary:"), m_summary);

    m_language = new QComboBox(page);
    // Only languages the plan is written in (English, English (UK), and every translation that
    // holds the plan's texts), under their native names: a Dutch consultant looks for
    // "Nederlands". A project keeps a language it already has.
    for (const QString &code : planLanguages())
        m_language->addItem(planLanguageName(code), code);
    if (!info.language.isEmpty() && m_language->findData(info.language) < 0)
        m_language->addItem(isPlanLanguage(info.language) ? planLanguageName(info.language)
                                                          : tr("%1 (not translated)").arg(info.language),
            info.language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(info.language)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language the plan document is written in."));
    form->addRow(tr("La&nguage:"), m_language);

    m_version = line(tr("Plan &version:"), info.version, tr("The version of the plan, shown on the cover (e.g. 1.0, 2.1 draft)."));
    return page;
}

QWidget *ProjectPropertiesDialog::buildBrand()
{
    auto *page = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch();

    m_logoPreview = new QLabel(page);
    m_logoPreview->setFixedSize(220, 90);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAutoFillBackground(true);
    m_logoPreview->setBackgroundRole(QPalette::Base);
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    auto *choose = new QPushButton(tr("C&hoose…"), page);
    choose->setToolTip(tr("Choose a PNG or SVG logo for the cover and the header of the plan"));
    m_removeLogo = new QToolButton(page);
    m_removeLogo->setText(tr("&Remove"));
    m_removeLogo->setToolTip(tr("Print the plan without a logo"));
    connect(choose, &QPushButton::clicked, this, &ProjectPropertiesDialog::chooseLogo);
    connect(m_removeLogo, &QToolButton::clicked, this, [this] { setLogo({}); });
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(m_removeLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->setAlignment(logoButtons, Qt::AlignTop);
    logoRow->addStretch();
    auto *logoLabel = new QLabel(tr("Logo:"), page);
    form->addRow(logoLabel, logoRow);

    m_accentButton = new QToolButton(page);
    m_accentButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accentButton->setIconSize(QSize(32, 16));
    m_accentButton->setToolTip(tr("The colour of headings and rules in the plan document"));
    connect(m_accentButton, &QToolButton::clicked, this, &ProjectPropertiesDialog::chooseAccent);
    auto *accentLabel = new QLabel(tr("&Accent colour:"), page);
    accentLabel->setBuddy(m_accentButton);
    form->addRow(accentLabel, m_accentButton);

    m_footer = new QLineEdit(m_original.brand.footer, page);
    m_footer->setPlaceholderText(tr("e.g. Confidential — prepared for the client"));
    m_footer->setAccessibleName(tr("Footer text"));
    m_footer->setToolTip(tr("Printed at the foot of every page of the plan."));
    form->addRow(tr("&Footer text:"), m_footer);

    setLogo(m_original.brand.logo);
    setAccent(m_original.brand.accent);
    return page;
}

QWidget *ProjectPropertiesDialog::buildMoments()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The times learners are together, face-to-face or online. Activities before and "
                                "after class are due relative to these."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_moments = makeTable(page, {tr("Name"), tr("Start"), tr("Minutes"), tr("Mode"), tr("Place or link")},
                          tr("In-class moments"));
    QList<ChoiceDelegate::Choice> modes;
    for (MomentMode m : enumValues<MomentMode>())
        modes.append({enumLabel(m), int(m)});
    m_moments->setItemDelegateForColumn(MomentModeColumn, new ChoiceDelegate(modes, m_moments));
    m_moments->horizontalHeader()->setSectionResizeMode(MomentName, QHeaderView::Stretch);
    m_moments->setColumnWidth(MomentStart, 150);
    // Start times in the plan's language, without seconds (24-hour where that is the custom).
    m_moments->setItemDelegateForColumn(MomentStart, new MomentStartDelegate(this, m_moments));
    connect(m_language, &QComboBox::currentIndexChanged, m_moments->viewport(), qOverload<>(&QWidget::update));
    layout->addWidget(tableEditor(page, m_moments, [this] {
        Moment m;
        m.name = tr("Class session %1").arg(m_moments->rowCount() + 1);
        const QList<Moment> previous = moments();
        defaultSchedule(previous.isEmpty() ? nullptr : &previous.last(), QDate::currentDate(), &m);
        addMoment(m);
    }, tr("moment")), 1);
    for (const Moment &m : m_doc->project().moments)
        addMoment(m);
    return page;
}

QWidget *ProjectPropertiesDialog::buildCommunity()
{
    const Project &project = m_doc->project();
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);

    auto *rolesBox = new QGroupBox(tr("Roles"), page);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    m_roles = makeTable(
        rolesBox, { tr("Role"), tr("Other kind"), tr("Person or function"), tr("Duties") }, tr("Community roles"));
    QList<ChoiceDelegate::Choice> kinds;
    for (RoleKind k : enumValues<RoleKind>())
        kinds.append({enumLabel(k), int(k)});
    m_roles->setItemDelegateForColumn(RoleKindColumn, new ChoiceDelegate(kinds, m_roles));
    m_roles->setColumnWidth(RoleKindColumn, 130);
    m_roles->setColumnWidth(RoleCustomKind, 130);
    m_roles->setColumnWidth(RoleName, 170);
    m_roles->horizontalHeaderItem(RoleCustomKind)
        ->setToolTip(tr("The name of the kind when the role is of another kind, e.g. Sponsor"));
    // The free kind name is editable only for a role of "Other kind".
    connect(m_roles, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == RoleKindColumn)
            updateCustomKindCell(item->row());
    });
    rolesLayout->addWidget(tableEditor(rolesBox, m_roles, [this] { addRole(Role{}); }, tr("role")));
    layout->addWidget(rolesBox, 1);

    auto *rulesBox = new QGroupBox(tr("Rules of use (one per line)"), page);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rules = new QPlainTextEdit(m_original.rules.join(QLatin1Char('\n')), rulesBox);
    m_rules->setTabChangesFocus(true);
    m_rules->setAccessibleName(tr("Rules of use, one per line"));
    m_rules->setPlaceholderText(tr("e.g. Post in the group, not by private message"));
    rulesLayout->addWidget(m_rules);
    layout->addWidget(rulesBox, 1);

    auto *groupsBox = new QGroupBox(tr("Sub-groups"), page);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    m_subGroups = makeTable(groupsBox, {tr("Name"), tr("Mission"), tr("Objective"), tr("Members")}, tr("Sub-groups"));
    QList<ChoiceDelegate::Choice> objectives{{tr("(none)"), Id(0)}};
    for (const Objective &o : project.objectives)
        objectives.append({o.statement, o.id});
    m_subGroups->setItemDelegateForColumn(GroupObjective, new ChoiceDelegate(objectives, m_subGroups));
    m_subGroups->horizontalHeader()->setSectionResizeMode(GroupMission, QHeaderView::Stretch);
    m_subGroups->horizontalHeader()->setStretchLastSection(false);
    m_subGroups->setColumnWidth(GroupObjective, 220);
    groupsLayout->addWidget(tableEditor(groupsBox, m_subGroups, [this] {
        SubGroup g;
        g.name = tr("Group %1").arg(m_subGroups->rowCount() + 1);
        addSubGroup(g);
    }, tr("sub-group")));
    layout->addWidget(groupsBox, 1);

    for (const Role &r : project.roles)
        addRole(r);
    for (const SubGroup &g : project.subgroups)
        addSubGroup(g);
    return page;
}

QWidget *ProjectPropertiesDialog::buildEvaluation()
{
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    m_evaluation = new QPlainTextEdit(m_original.evaluation, page);
    m_evaluation->setTabChangesFocus(true);
    m_evaluation->setAccessibleName(tr("Evaluation plan"));
    m_evaluation->setPlaceholderText(tr("How the programme's effect is measured: reaction, learning, behaviour, results"));
    form->addRow(tr("Evaluation &plan:"), m_evaluation);
    m_maxTools = new QSpinBox(page);
    m_maxTools->setRange(1, 50);
    m_maxTools->setValue(m_original.maxTools);
    m_maxTools->setSuffix(tr(" tools"));
    m_maxTools->setAccessibleName(tr("Most different tools before the advisor warns"));
    m_maxTools->setToolTip(tr("The design advisor warns when the plan uses more different tools than this."));
    form->addRow(tr("Warn when the plan uses &more than:"), m_maxTools);
    return page;
}

void ProjectPropertiesDialog::addMoment(const Moment &m)
{
    const QSignalBlocker block(m_moments);
    const int row = m_moments->rowCount();
    m_moments->insertRow(row);
    auto *name = textItem(m.name);
    name->setData(Qt::UserRole, m.id);
    m_moments->setItem(row, MomentName, name);
    m_moments->setItem(row, MomentStart, valueItem(m.start));
    m_moments->setItem(row, MomentMinutes, valueItem(m.minutes));
    m_moments->setItem(row, MomentModeColumn, choiceItem(enumLabel(m.mode), int(m.mode)));
    m_moments->setItem(row, MomentPlace, textItem(m.place));
    updateProblem();
}

void ProjectPropertiesDialog::addRole(const Role &r)
{
    const QSignalBlocker block(m_roles);
    const int row = m_roles->rowCount();
    m_roles->insertRow(row);
    m_roles->setItem(row, RoleKindColumn, choiceItem(enumLabel(r.kind), int(r.kind)));
    m_roles->setItem(row, RoleCustomKind, textItem(r.customKind));
    auto *name = textItem(r.name);
    name->setData(Qt::UserRole, r.id);
    m_roles->setItem(row, RoleName, name);
    m_roles->setItem(row, RoleDuties, textItem(r.duties));
    updateCustomKindCell(row);
    updateProblem();
}

void ProjectPropertiesDialog::updateCustomKindCell(int row)
{
    QTableWidgetItem *item = m_roles->item(row, RoleCustomKind);
    if (!item)
        return;
    const QSignalBlocker block(m_roles);
    const bool custom = RoleKind(cellData(m_roles, row, RoleKindColumn, Qt::UserRole).toInt()) == RoleKind::Custom;
    item->setFlags(custom ? item->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled
                          : (item->flags() & ~Qt::ItemIsEditable) & ~Qt::ItemIsEnabled);
    item->setToolTip(custom
            ? tr("The designer's name for this kind of role, e.g. Sponsor")
            : tr("Choose “%1” as the role to name a kind of your own").arg(enumLabel(RoleKind::Custom)));
}

void ProjectPropertiesDialog::defaultSchedule(const Moment *previous, const QDate &today, Moment *moment)
{
    // After the previous one (the next working day, same time of day, as long), or the next
    // working day from nine for a full day: core's proposal, shared with the day view.
    QList<Moment> before;
    if (previous)
        before.append(*previous);
    const Moment proposed = proposeNextMoment(before, today);
    moment->start = proposed.start;
    moment->minutes = proposed.minutes;
}

QLocale ProjectPropertiesDialog::planLocale() const
{
    return QLocale(m_language ? m_language->currentData().toString() : m_original.language);
}

void ProjectPropertiesDialog::addSubGroup(const SubGroup &g)
{
    const QSignalBlocker block(m_subGroups);
    const int row = m_subGroups->rowCount();
    m_subGroups->insertRow(row);
    auto *name = textItem(g.name);
    name->setData(Qt::UserRole, g.id);
    m_subGroups->setItem(row, GroupName, name);
    m_subGroups->setItem(row, GroupMission, textItem(g.mission));
    const Objective *o = m_doc->project().objective(g.objectiveId);
    m_subGroups->setItem(row, GroupObjective, choiceItem(o ? o->statement : tr("(none)"), o ? g.objectiveId : Id(0)));
    m_subGroups->setItem(row, GroupMembers, valueItem(g.members));
    updateProblem();
}

void ProjectPropertiesDialog::setLogo(const QByteArray &bytes)
{
    m_logo = bytes;
    QPixmap pixmap;
    if (!bytes.isEmpty() && pixmap.loadFromData(bytes)) {
        const QSize box = m_logoPreview->size() - QSize(12, 12);
        m_logoPreview->setPixmap(pixmap.scaled(box * devicePixelRatio(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!bytes.isEmpty());
}

void ProjectPropertiesDialog::setAccent(const QColor &colour)
{
    m_accent = colour;
    m_accentButton->setIcon(swatch(colour));
    m_accentButton->setText(colour.name().toUpper());
    m_accentButton->setAccessibleName(tr("Accent colour %1").arg(colour.name()));
}

void ProjectPropertiesDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Logo"), QString(),
                                                      tr("Images (*.png *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > MaxLogoBytes) {
        QMessageBox::warning(this, tr("Choose Logo"),
                             tr("“%1” is larger than 2 MB. Use a smaller PNG or an SVG.").arg(name));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Choose Logo"), tr("Cannot read “%1”: %2").arg(name, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    QImage image;
    if (!image.loadFromData(bytes)) {
        QMessageBox::warning(this, tr("Choose Logo"), tr("“%1” is not a PNG or SVG image that Blendwise can read.").arg(name));
        return;
    }
    setLogo(bytes);
}

void ProjectPropertiesDialog::chooseAccent()
{
    const QColor colour = QColorDialog::getColor(m_accent, this, tr("Accent Colour"));
    if (colour.isValid())
        setAccent(colour);
}

ProjectInfo ProjectPropertiesDialog::info() const
{
    ProjectInfo info = m_original; // keeps what this dialog does not show (muted advisor rules)
    info.title = m_title->text().trimmed();
    info.client = m_client->text().trimmed();
    info.audience = m_audience->text().trimmed();
    info.author = m_author->text().trimmed();
    info.summary = m_summary->toPlainText().trimmed();
    info.language = m_language->currentData().toString();
    info.version = m_version->text().trimmed();
    info.brand.logo = m_logo;
    info.brand.accent = m_accent;
    info.brand.footer = m_footer->text().trimmed();
    info.rules.clear();
    for (const QString &line : m_rules->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            info.rules.append(line.trimmed());
    info.evaluation = m_evaluation->toPlainText().trimmed();
    info.maxTools = m_maxTools->value();
    return info;
}

QList<Moment> ProjectPropertiesDialog::moments() const
{
    QList<Moment> out;
    for (int r = 0; r < m_moments->rowCount(); ++r) {
        Moment m;
        m.id = cellData(m_moments, r, MomentName, Qt::UserRole).value<Id>();
        // What the table does not show (the running order) stays as it was.
        if (const Moment *old = m.id ? m_doc->project().moment(m.id) : nullptr)
            m.agenda = old->agenda;
        m.name = cellText(m_moments, r, MomentName);
        m.start = cellData(m_moments, r, MomentStart, Qt::EditRole).toDateTime();
        m.minutes = cellData(m_moments, r, MomentMinutes, Qt::EditRole).toInt();
        m.mode = MomentMode(cellData(m_moments, r, MomentModeColumn, Qt::UserRole).toInt());
        m.place = cellText(m_moments, r, MomentPlace);
        out.append(m);
    }
    return out;
}

QList<Role> ProjectPropertiesDialog::roles() const
{
    QList<Role> out;
    for (int r = 0; r < m_roles->rowCount(); ++r) {
        Role role;
        role.id = cellData(m_roles, r, RoleName, Qt::UserRole).value<Id>();
        role.kind = RoleKind(cellData(m_roles, r, RoleKindColumn, Qt::UserRole).toInt());
        if (role.kind == RoleKind::Custom)
            role.customKind = cellText(m_roles, r, RoleCustomKind);
        role.name = cellText(m_roles, r, RoleName);
        role.duties = cellText(m_roles, r, RoleDuties);
        out.append(role);
    }
    return out;
}

QList<SubGroup> ProjectPropertiesDialog::subGroups() const
{
    QList<SubGroup> out;
    for (int r = 0; r < m_subGroups->rowCount(); ++r) {
        SubGroup g;
        g.id = cellData(m_subGroups, r, GroupName, Qt::UserRole).value<Id>();
        g.name = cellText(m_subGroups, r, GroupName);
        g.mission = cellText(m_subGroups, r, GroupMission);
        g.objectiveId = cellData(m_subGroups, r, GroupObjective, Qt::UserRole).value<Id>();
        g.members = cellData(m_subGroups, r, GroupMembers, Qt::EditRole).toInt();
        out.append(g);
    }
    return out;
}

QString ProjectPropertiesDialog::findProblem(int *tab, QTableWidget **table, int *row) const
{
    *table = nullptr;
    *row = -1;
    if (m_title->text().trimmed().isEmpty()) {
        *tab = 0;
        return tr("Give the project a title; it heads the plan's cover.");
    }
    const auto momentList = moments();
    for (int r = 0; r < momentList.size(); ++r) {
        const Moment &m = momentList.at(r);
        *tab = 2;
        *table = m_moments;
        *row = r;
        if (m.name.isEmpty())
            return tr("In-class moment %1 needs a name.").arg(r + 1);
        if (!m.start.isValid())
            return tr("In-class moment “%1” needs a start date and time.").arg(m.name);
        if (m.minutes <= 0)
            return tr("In-class moment “%1” must last at least one minute.").arg(m.name);
        // The limits the project file and the interchange enforce (validate()), asked here so
        // that the dialog never accepts what the save would refuse.
        if (m.minutes > Limits::MaxMinutes)
            return tr("In-class moment “%1” cannot last more than %2 minutes.").arg(m.name).arg(Limits::MaxMinutes);
        if (m.start.date().year() < Limits::FirstYear || m.start.date().year() > Limits::LastYear)
            return tr("In-class moment “%1” must start between the years %2 and %3.")
                .arg(m.name)
                .arg(Limits::FirstYear)
                .arg(Limits::LastYear);
    }
    const auto roleList = roles();
    for (int r = 0; r < roleList.size(); ++r) {
        *tab = 3;
        *table = m_roles;
        *row = r;
        if (roleList.at(r).name.isEmpty() && roleList.at(r).duties.isEmpty())
            return tr("Role %1 is empty: say who takes it or what they do, or remove it.").arg(r + 1);
        if (roleList.at(r).kind == RoleKind::Custom && roleList.at(r).customKind.isEmpty())
            return tr("Role %1 is of another kind: name the kind, e.g. Sponsor.").arg(r + 1);
    }
    const auto groupList = subGroups();
    for (int r = 0; r < groupList.size(); ++r) {
        *tab = 3;
        *table = m_subGroups;
        *row = r;
        if (groupList.at(r).name.isEmpty())
            return tr("Sub-group %1 needs a name.").arg(r + 1);
        if (groupList.at(r).members < 0)
            return tr("Sub-group “%1” cannot have fewer than zero members.").arg(groupList.at(r).name);
        if (groupList.at(r).members > Limits::MaxMembers)
            return tr("Sub-group “%1” cannot have more than %2 members.")
                .arg(groupList.at(r).name)
                .arg(Limits::MaxMembers);
    }
    *table = nullptr;
    *row = -1;
    return {};
}

QString ProjectPropertiesDialog::problem() const
{
    int tab = 0;
    QTableWidget *table = nullptr;
    int row = -1;
    return findProblem(&tab, &table, &row);
}

void ProjectPropertiesDialog::updateProblem()
{
    // Called while the tables are being built; wait until every page exists.
    if (!m_moments || !m_roles || !m_subGroups || !m_title)
        return;
    m_problem->setText(problem());
}

void ProjectPropertiesDialog::accept()
{
    if (m_doc->isReadOnly())
        return;
    int tab = 0;
    QTableWidget *table = nullptr;
    int row = -1;
    const QString problem = findProblem(&tab, &table, &row);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_tabs->setCurrentIndex(tab);
        if (table && row >= 0) {
            table->setCurrentCell(row, 0);
            table->setFocus();
        } else {
            m_title->setFocus();
        }
        return;
    }

    const Project &project = m_doc->project();
    const ProjectInfo newInfo = info();
    QList<Moment> newMoments = moments();
    QList<Role> newRoles = roles();
    QList<SubGroup> newGroups = subGroups();
    // Items added in the dialog get their ids now, so nothing is numbered when Cancel is pressed.
    for (Moment &m : newMoments)
        if (!m.id)
            m.id = m_doc->newId();
    for (Role &r : newRoles)
        if (!r.id)
            r.id = m_doc->newId();
    for (SubGroup &g : newGroups)
        if (!g.id)
            g.id = m_doc->newId();

    const bool infoChanged = !(newInfo == project.info);
    const bool momentsChanged = newMoments != project.moments;
    const bool rolesChanged = newRoles != project.roles;
    const bool groupsChanged = newGroups != project.subgroups;
    if (infoChanged || momentsChanged || rolesChanged || groupsChanged) {
        m_doc->beginMacro(tr("Edit project properties"));
        if (infoChanged)
            m_doc->changeInfo(newInfo);
        if (momentsChanged)
            m_doc->setMoments(newMoments);
        if (rolesChanged)
            m_doc->setRoles(newRoles);
        if (groupsChanged)
            m_doc->setSubGroups(newGroups);
        m_doc->endMacro();
    }
    QDialog::accept();
}

} // namespace bw::ui
