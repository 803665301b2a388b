// SPDX-License-Identifier: GPL-3.0-or-later
#include "planglyphs.h"

#include "model/textshortening.h"
#include "planfonts.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::PlanGlyphs", text);
}

void appendBlockText(const plan::Block &block, QStringList &out)
{
    std::visit(
        [&out](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading> || std::is_same_v<T, plan::Paragraph>) {
                out.append(b.text);
            } else if constexpr (std::is_same_v<T, plan::Fields>) {
                for (const auto &f : b.items)
                    out << f.label << f.value;
            } else if constexpr (std::is_same_v<T, plan::List>) {
                out << b.items;
            } else if constexpr (std::is_same_v<T, plan::Table>) {
                out << b.header;
                for (const auto &row : b.rows)
                    out << row;
            } else if constexpr (std::is_same_v<T, plan::Chart>) {
                out << b.title << b.valueAxis << b.categoryAxis;
            }
        },
        block);
}

QString quoted(const QString &text)
{
    return u"“"_s + shortenAtWord(text, 40) + u"”"_s;
}

} // namespace

QString blockText(const plan::Block &block)
{
    QStringList out;
    appendBlockText(block, out);
    return out.join(u'\n');
}

QString planText(const plan::Plan &plan)
{
    const plan::Cover &c = plan.cover;
    QStringList out { c.title, c.subtitle, c.client, c.audience, c.author, c.dateText, c.version, c.footer };
    for (const auto &section : plan.sections) {
        out.append(section.title);
        for (const auto &block : section.blocks)
            appendBlockText(block, out);
    }
    return out.join(u'\n');
}

QStringList glyphWarnings(const plan::Plan &plan)
{
    QStringList warnings;
    QSet<char32_t> reported;
    const auto check = [&](const QString &item, const QString &text) {
        QList<char32_t> fresh;
        for (const char32_t c : missingGlyphs(text))
            if (!reported.contains(c)) {
                reported.insert(c);
                fresh.append(c);
            }
        if (!fresh.isEmpty())
            warnings.append(tr("%1: no font has a glyph for %2").arg(item, codePointList(fresh)));
    };

    const plan::Cover &c = plan.cover;
    check(tr("Title"), c.title);
    check(tr("Client"), c.client);
    check(tr("Audience"), c.audience);
    check(tr("Author"), c.author);
    check(tr("Version"), c.version);
    check(tr("Footer"), c.footer);
    int objective = 0;
    for (const plan::ActivityRow &row : plan.activities) {
        if (row.objectiveNumber != objective) {
            objective = row.objectiveNumber;
            check(tr("Objective %1 %2").arg(objective).arg(quoted(row.objectiveStatement)), row.objectiveStatement);
        }
        check(tr("Activity %1 %2").arg(row.number, quoted(row.title)),
            QStringList {
                row.title, row.instructions, row.toolName, row.ledByText, row.deliverable, row.benefit, row.momentName }
                .join(u'\n'));
    }
    for (const auto &section : plan.sections) {
        QStringList text { section.title };
        for (const auto &block : section.blocks)
            appendBlockText(block, text);
        check(tr("Section %1").arg(quoted(section.title)), text.join(u'\n'));
    }
    return warnings;
}

} // namespace bw
