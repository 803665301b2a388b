// SPDX-License-Identifier: GPL-3.0-or-later
// Settings a designer can read: the tool catalogue's yes/no columns look read-only (they are
// changed in the tool's editor), and the options of the dialogs read as plain sentences with a
// mnemonic, not as variable names.
#include <catch2/catch.hpp>

#include "workspacefixture.h"

#include "catalogue/catalogue.h"
#include "document/document.h"
#include "exportdialog.h"
#include "projectpropertiesdialog.h"
#include "readonlycheckdelegate.h"
#include "theme.h"
#include "toolcataloguedialog.h"
#include "tooleditdialog.h"
#include "tooltablemodel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

// How far the cell's most contrasting pixel is from its background (the top-left pixel).
int strongestContrast(const QImage &image)
{
    const QColor background = image.pixelColor(1, 1);
    int best = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            best = std::max(best,
                std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                    + std::abs(c.blue() - background.blue()));
        }
    return best;
}

int wordCount(const QString &text)
{
    return int(QString(text).remove(u'&').split(u' ', Qt::SkipEmptyParts).size());
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&[A-Za-z]"_s);
    return re.match(text).hasMatch();
}

// "clientVersion", "csv_bom", "maxTools": a variable name, not words.
bool readsLikeCode(const QString &text)
{
    static const QRegularExpression code(u"\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b\\w+_\\w+\\b"_s);
    return code.match(QString(text).remove(u'&')).hasMatch();
}

// Every visible word on a dialog's labels, check boxes, buttons and group boxes, and the rule
// that a label naming a field has a mnemonic.
void checkPlainTexts(QWidget *dialog)
{
    QStringList texts;
    for (auto *label : dialog->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::RichText || label->text().contains(u'<'))
            continue;
        texts.append(label->text());
        if (label->buddy()) {
            INFO("label of a field: " << label->text().toStdString());
            CHECK(hasMnemonic(label->text()));
        }
    }
    for (auto *button : dialog->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (auto *group : dialog->findChildren<QGroupBox *>())
        texts.append(group->title());
    for (const QString &text : std::as_const(texts)) {
        INFO(text.toStdString());
        CHECK_FALSE(readsLikeCode(text));
    }
}

// Every mnemonic on one page of a dialog (labels of fields and buttons) is used once, so that
// Alt and the letter reach one control. Hidden controls (the CSV-only option) count too: they
// show for other choices.
void checkMnemonicsUnique(QWidget *page)
{
    static const QRegularExpression re(u"(?<!&)&([A-Za-z])"_s);
    QMap<QChar, QString> seen;
    QStringList texts;
    for (auto *label : page->findChildren<QLabel *>())
        if (label->buddy())
            texts.append(label->text());
    for (auto *button : page->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QString &text : std::as_const(texts)) {
        const QRegularExpressionMatch m = re.match(text);
        if (!m.hasMatch())
            continue;
        const QChar key = m.captured(1).at(0).toLower();
        INFO(text.toStdString() << " and " << seen.value(key).toStdString());
        CHECK_FALSE(seen.contains(key));
        seen.insert(key, text);
    }
}

} // namespace

TEST_CASE(
    "The tool catalogue's yes/no columns look read-only and ignore clicks, light and dark", "[ui][tools][settings]")
{
    Document doc(newProject());
    const int columns[] = { ToolTableModel::Synchronous, ToolTableModel::Account, ToolTableModel::Blocked,
        ToolTableModel::ClientProvided };
    for (const auto mode : { Theme::Mode::Light, Theme::Mode::Dark }) {
        INFO("dark: " << (mode == Theme::Mode::Dark));
        Theme::instance()->setMode(mode);
        ToolCatalogueDialog dialog(&doc);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableView *>();
        REQUIRE(table);
        QAbstractItemModel *model = table->model();

        // A synchronous tool, in a row that is not selected.
        int row = -1;
        for (int r = model->rowCount() - 1; r >= 0 && row < 0; --r)
            if (model->index(r, ToolTableModel::Synchronous).data(Qt::CheckStateRole).toInt() == Qt::Checked)
                row = r;
        REQUIRE(row >= 0);
        table->clearSelection();
        table->setCurrentIndex({});
        const QModelIndex cell = model->index(row, ToolTableModel::Synchronous);
        table->scrollTo(cell);

        for (int column : columns) {
            auto *delegate = qobject_cast<ReadOnlyCheckDelegate *>(table->itemDelegateForColumn(column));
            REQUIRE(delegate);
            const QModelIndex index = model->index(row, column);
            CHECK_FALSE(index.flags() & Qt::ItemIsUserCheckable);
            QStyleOptionViewItem option;
            option.initFrom(table);
            option.rect = table->visualRect(index);
            option.widget = table;
            const QStyleOptionViewItem indicator = delegate->indicatorOption(option, index);
            CHECK_FALSE(indicator.state & QStyle::State_Enabled);
            CHECK(indicator.palette.currentColorGroup() == QPalette::Disabled);
            CHECK(option.rect.contains(indicator.rect));
            // It says where to change it.
            CHECK(index.data(Qt::ToolTipRole).toString().contains(u"Edit…"_s));
        }

        // Drawn quieter than an active check box in the same place.
        const QRect rect = table->visualRect(cell);
        const QImage readOnly = table->viewport()->grab(rect).toImage();
        QAbstractItemDelegate *readOnlyDelegate = table->itemDelegateForColumn(ToolTableModel::Synchronous);
        table->setItemDelegateForColumn(ToolTableModel::Synchronous, nullptr);
        const QImage active = table->viewport()->grab(rect).toImage();
        table->setItemDelegateForColumn(ToolTableModel::Synchronous, readOnlyDelegate);
        CHECK(readOnly != active);
        CHECK(strongestContrast(readOnly) < strongestContrast(active));

        // A click on the box changes nothing (a double-click opens the tool's editor).
        const Project before = doc.project();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::keyClick(table, Qt::Key_Space);
        CHECK(doc.project() == before);
        CHECK(doc.undoStack()->count() == 0);
        dialog.reject();
        QCoreApplication::processEvents();
    }
    Theme::instance()->setMode(Theme::Mode::Light);
}

TEST_CASE("Export options read as plain sentences with mnemonics", "[ui][settings]")
{
    Document doc(*templateProject(u"it-risk"_s));
    ExportDialog dialog(&doc);
    checkPlainTexts(&dialog);
    for (const char *name : { "clientVersion", "csvBom" }) {
        auto *box = dialog.findChild<QCheckBox *>(QString::fromLatin1(name));
        REQUIRE(box);
        INFO(box->text().toStdString());
        CHECK(hasMnemonic(box->text()));
        CHECK(wordCount(box->text()) >= 4);
        CHECK(box->text().at(0).isUpper());
    }
    CHECK(dialog.findChild<QCheckBox *>(u"clientVersion"_s)->text().contains(u"Leave out the design review"_s));
    checkMnemonicsUnique(&dialog);
}

TEST_CASE("The tool editor's and the project's advisor options read as plain sentences", "[ui][settings]")
{
    const Project project = newProject();
    ToolEditDialog tool(project, project.tools.first());
    checkPlainTexts(&tool);
    int flags = 0;
    for (auto *box : tool.findChildren<QCheckBox *>()) {
        if (box->accessibleName().startsWith(u"Supports "_s))
            continue; // the directions, named by their labels
        INFO(box->text().toStdString());
        CHECK(hasMnemonic(box->text()));
        CHECK(wordCount(box->text()) >= 4);
        ++flags;
    }
    CHECK(flags >= 4);
    auto *toolTabs = tool.findChild<QTabWidget *>();
    REQUIRE(toolTabs);
    for (int i = 0; i < toolTabs->count(); ++i)
        checkMnemonicsUnique(toolTabs->widget(i));

    Document doc(project);
    ProjectPropertiesDialog properties(&doc);
    checkPlainTexts(&properties);
    const QLabel *maxToolsLabel = nullptr;
    for (auto *label : properties.findChildren<QLabel *>())
        if (qobject_cast<QSpinBox *>(label->buddy()))
            maxToolsLabel = label;
    REQUIRE(maxToolsLabel);
    INFO(maxToolsLabel->text().toStdString());
    CHECK(hasMnemonic(maxToolsLabel->text()));
    CHECK(wordCount(maxToolsLabel->text()) >= 5);
    CHECK_FALSE(maxToolsLabel->text().contains(u"Advisor:"_s));
    auto *propertyTabs = properties.findChild<QTabWidget *>();
    REQUIRE(propertyTabs);
    checkMnemonicsUnique(propertyTabs->widget(0)); // General
    checkMnemonicsUnique(propertyTabs->widget(propertyTabs->count() - 1)); // Evaluation, with the advisor's limit
}

TEST_CASE("The theme choices in the View menu read as plain sentences", "[ui][settings]")
{
    WorkspaceFixture f;
    QStringList texts;
    for (int mode = 0; mode <= int(Theme::Mode::Dark); ++mode) {
        QAction *action = f.window->action(u"theme%1"_s.arg(mode));
        REQUIRE(action);
        INFO(action->text().toStdString());
        CHECK(hasMnemonic(action->text()));
        CHECK(wordCount(action->text()) >= 2);
        CHECK_FALSE(action->toolTip().isEmpty());
        CHECK(action->toolTip() != QString(action->text()).remove(u'&'));
        texts.append(action->text());
    }
    CHECK(texts.removeDuplicates() == 0);
}
