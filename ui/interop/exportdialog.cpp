// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentversions.h"
#include "exportdialog.h"

#include "document/document.h"
#include "exportrunner.h"
#include "plan/planmodel.h"
#include "plan/plantext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
const QString kGroup = u"export"_s;
}

ExportDialog::ExportDialog(bw::Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_format(new QComboBox(this))
    , m_client(new QCheckBox(tr("Leave out the design review (&client version)"), this))
    , m_paper(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Help Excel show accented letters correctly (adds a byte-order &mark)"), this))
    , m_changesSince(new QComboBox(this))
    , m_tracked(new QCheckBox(tr("Show the changes as &tracked changes in Word"), this))
    , m_destination(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Plan"));
    m_format->setObjectName(u"format"_s);
    m_paper->setObjectName(u"paper"_s);
    m_destination->setObjectName(u"destination"_s);
    m_client->setObjectName(u"clientVersion"_s);
    m_bom->setObjectName(u"csvBom"_s);
    m_changesSince->setObjectName(u"changesSince"_s);
    m_tracked->setObjectName(u"trackedChanges"_s);
    m_changesSince->setToolTip(tr("Adds a section listing what changed since the chosen version"));
    m_changesSince->setAccessibleName(tr("Include what changed since"));
    m_tracked->setToolTip(tr("The Word document marks every difference from the chosen version as a revision "
                             "the client can accept or reject"));
    m_changesSince->addItem(tr("Nothing (no comparison)"), QVariant::fromValue<qulonglong>(0));
    const QList<Version> &versions = document->project().versions;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        m_changesSince->addItem(it->name, QVariant::fromValue<qulonglong>(it->id));

    for (const ExportFormatInfo &info : exportFormatInfos())
        m_format->addItem(info.label, info.key);
    m_paper->addItem(tr("A4"), int(ExportOptions::Paper::A4));
    m_paper->addItem(tr("Letter"), int(ExportOptions::Paper::Letter));

    auto *sections = new QGroupBox(tr("Sections to include"), this);
    auto *grid = new QGridLayout(sections);
    const QStringList keys = plan::sectionKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(plan::PlanText::sectionTitle(keys.at(i)), sections);
        box->setObjectName(u"section-"_s + keys.at(i));
        box->setChecked(true);
        m_sections.insert(keys.at(i), box);
        grid->addWidget(box, i / 2, i % 2);
    }

    auto *browse = new QToolButton(this);
    browse->setText(tr("&Browse…"));
    browse->setToolTip(tr("Choose where to save the exported plan"));
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper size:"), m_paper);
    form->addRow(QString(), m_client);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Include &what changed since:"), m_changesSince);
    form->addRow(QString(), m_tracked);
    // A row whose field is a layout gets no buddy from the form: the label is made by hand so
    // that its mnemonic works (and the "&" is not shown).
    auto *destinationLabel = new QLabel(tr("&Save to:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destination);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QToolButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_client, &QCheckBox::toggled, this, &ExportDialog::updateControls);
    connect(m_changesSince, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateControls);

    restoreSettings();
    updateControls();
}

ExportOptions ExportDialog::options(QString *error) const
{
    ExportOptions o = chosenOptions();
    const Id since = Id(m_changesSince->currentData().toULongLong());
    if (since == 0)
        return o;
    const Version *version = m_document->version(since);
    DocumentVersions::Content content = DocumentVersions::content(*m_document, since);
    if (!version || !content.error.isEmpty()) {
        if (error)
            *error = content.error.isEmpty() ? tr("That version is no longer in the project.") : content.error;
        return o;
    }
    const auto base = std::make_shared<const Project>(std::move(content.project));
    o.changesBase = base;
    o.changesLabel = version->name;
    if (m_tracked->isEnabled() && m_tracked->isChecked())
        o.trackedChangesSince = ExportOptions::TrackedChanges { base, version->name, m_document->project().info.author,
            QDateTime::currentDateTime() };
    return o;
}

ExportOptions ExportDialog::chosenOptions() const
{
    ExportOptions o;
    o.format = m_format->currentData().toString();
    o.paper = ExportOptions::Paper(m_paper->currentData().toInt());
    o.clientVersion = m_client->isChecked();
    o.csvBom = o.format == u"csv" && m_bom->isChecked();
    QStringList chosen;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.value()->isChecked())
            chosen.append(it.key());
    // Everything ticked means "all", so sections added in later versions are included too.
    if (chosen.size() != m_sections.size()) {
        for (const QString &key : plan::sectionKeys())
            if (chosen.contains(key))
                o.sections.append(key);
    }
    return o;
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setFormat(const QString &key)
{
    const int index = m_format->findData(key);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::currentSuffix() const
{
    const QString key = m_format->currentData().toString();
    for (const ExportFormatInfo &info : exportFormatInfos())
        if (info.key == key)
            return info.suffix;
    return key;
}

QString ExportDialog::defaultName() const
{
    // The project file's name, else the plan's title made safe for a file name.
    QString base = QFileInfo(m_document->filePath()).completeBaseName();
    if (base.isEmpty()) {
        base = m_document->project().info.title.simplified();
        base.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1F]"_s), u"-"_s);
        base = base.left(80).trimmed();
    }
    if (base.isEmpty())
        base = tr("plan");
    return base + u'.' + currentSuffix();
}

void ExportDialog::formatChanged()
{
    // Keep the chosen folder and name; only the extension follows the format.
    const QString current = destination();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        setDestination(info.dir().filePath(info.completeBaseName() + u'.' + currentSuffix()));
    }
    updateControls();
}

void ExportDialog::updateControls()
{
    const QString key = m_format->currentData().toString();
    m_bom->setVisible(key == u"csv");
    // Page-based formats only: the others have no paper.
    m_paper->setEnabled(key == u"pdf" || key == u"docx" || key == u"odt");
    m_changesSince->setEnabled(m_changesSince->count() > 1);
    m_tracked->setEnabled(key == u"docx" && m_changesSince->currentData().toULongLong() != 0);
    if (QCheckBox *review = m_sections.value(u"review"_s)) {
        review->setEnabled(!m_client->isChecked());
        review->setToolTip(m_client->isChecked() ? tr("The client version never includes the design review") : QString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!destination().isEmpty());
}

void ExportDialog::chooseDestination()
{
    const QString suffix = currentSuffix();
    const QString filter = m_format->currentText() + u" (*."_s + suffix + u')';
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plan"), destination(), filter);
    if (path.isEmpty())
        return;
    setDestination(QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path);
}

void ExportDialog::accept()
{
    QString path = QDir::fromNativeSeparators(destination());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).isRelative())
        path = QDir(QSettings().value(kGroup + u"/directory"_s, QDir::homePath()).toString()).filePath(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->filePath()).absoluteFilePath()) {
        QMessageBox::warning(this, windowTitle(), tr("That is the project file itself. Choose another name for the export."));
        return;
    }
    // Checked here, while the dialog is still open to fix it; anything else that goes wrong is
    // reported by the background export.
    if (const QString folder = QFileInfo(path).absolutePath(); !QFileInfo(folder).isDir()) {
        QMessageBox::warning(this, windowTitle(),
            tr("The folder “%1” does not exist. Choose another place for the export.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, windowTitle(), tr("“%1” already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    // The export runs in the background on a copy of the project, with its own progress and
    // result message (ExportRunner), so the dialog closes now and the studio stays usable.
    QString error;
    const ExportOptions chosen = options(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_runner = ExportRunner::exportPlan(m_document->project(), chosen, path, parentWidget());
    m_exported = path;
    saveSettings();
    QDialog::accept();
}

void ExportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    setFormat(settings.value(u"format"_s, u"pdf"_s).toString());
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.value(u"paper"_s, int(ExportOptions::Paper::A4)).toInt())));
    m_client->setChecked(settings.value(u"clientVersion"_s, false).toBool());
    m_bom->setChecked(settings.value(u"csvBom"_s, false).toBool());
    m_tracked->setChecked(settings.value(u"trackedChanges"_s, false).toBool());
    if (settings.contains(u"sections"_s)) {
        const QStringList chosen = settings.value(u"sections"_s).toStringList();
        // Sections that came after the choice was saved are included (choices saved before the
        // list was kept knew every section but the revision history and the changes).
        QStringList known = plan::sectionKeys();
        known.removeOne(u"revisions"_s);
        known.removeOne(u"changes"_s);
        known = settings.value(u"sectionsKnown"_s, known).toStringList();
        for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
            it.value()->setChecked(chosen.contains(it.key()) || !known.contains(it.key()));
    }
    QString directory = settings.value(u"directory"_s).toString();
    if (!m_document->filePath().isEmpty() && directory.isEmpty())
        directory = QFileInfo(m_document->filePath()).absolutePath();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setDestination(QDir(directory).filePath(defaultName()));
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const ExportOptions o = chosenOptions();
    settings.setValue(u"format"_s, o.format);
    settings.setValue(u"trackedChanges"_s, m_tracked->isChecked());
    settings.setValue(u"sectionsKnown"_s, plan::sectionKeys());
    settings.setValue(u"paper"_s, int(o.paper));
    settings.setValue(u"clientVersion"_s, o.clientVersion);
    settings.setValue(u"csvBom"_s, m_bom->isChecked());
    QStringList chosen;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.value()->isChecked())
            chosen.append(it.key());
    settings.setValue(u"sections"_s, chosen);
    settings.setValue(u"directory"_s, QFileInfo(m_exported).absolutePath());
}

} // namespace bw::ui
