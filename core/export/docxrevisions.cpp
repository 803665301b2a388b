// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxrevisions.h"

#include <QHash>

#include <algorithm>

namespace bw::docx {

namespace {

// "key", then "key\x1e2" for its second occurrence, and so on.
QStringList uniqueKeys(const QStringList &keys)
{
    QHash<QString, int> seen;
    QStringList out;
    out.reserve(keys.size());
    for (const QString &key : keys) {
        const int n = ++seen[key];
        out.append(n == 1 ? key : key + QChar(0x1e) + QString::number(n));
    }
    return out;
}

} // namespace

QList<AlignStep> align(
    const QStringList &beforeKeys, const QStringList &afterKeys, const std::function<bool(int, int)> &pairInGap)
{
    const QStringList before = uniqueKeys(beforeKeys);
    const QStringList after = uniqueKeys(afterKeys);
    QHash<QString, int> posAfter;
    posAfter.reserve(after.size());
    for (int j = 0; j < after.size(); ++j)
        posAfter.insert(after[j], j);

    // The common items in `before` order, with their place in `after`; the longest run that
    // increases in `after` is what stayed in order (patience sorting with back links).
    QList<std::pair<int, int>> common;
    for (int i = 0; i < before.size(); ++i)
        if (const auto it = posAfter.constFind(before[i]); it != posAfter.cend())
            common.append({ i, *it });
    QList<int> tails; // index into `common` of the smallest tail of each run length
    QList<int> back(common.size(), -1);
    for (int k = 0; k < common.size(); ++k) {
        const int value = common[k].second;
        const auto at = std::lower_bound(
            tails.begin(), tails.end(), value, [&common](int index, int v) { return common[index].second < v; });
        const qsizetype length = at - tails.begin();
        if (length > 0)
            back[k] = tails[length - 1];
        if (at == tails.end())
            tails.append(k);
        else
            *at = k;
    }
    QList<std::pair<int, int>> kept;
    for (int k = tails.isEmpty() ? -1 : tails.back(); k >= 0; k = back[k])
        kept.append(common[k]);
    std::reverse(kept.begin(), kept.end());
    kept.append({ int(before.size()), int(after.size()) }); // the end, as a sentinel

    QList<AlignStep> steps;
    steps.reserve(std::max(before.size(), after.size()));
    int i = 0;
    int j = 0;
    for (const auto &[bi, aj] : std::as_const(kept)) {
        const int deleted = bi - i;
        const int inserted = aj - j;
        const int both = std::min(deleted, inserted);
        for (int k = 0; k < both; ++k) {
            if (pairInGap && pairInGap(i + k, j + k)) {
                steps.append({ i + k, j + k });
            } else {
                steps.append({ i + k, -1 });
                steps.append({ -1, j + k });
            }
        }
        for (int k = both; k < deleted; ++k)
            steps.append({ i + k, -1 });
        for (int k = both; k < inserted; ++k)
            steps.append({ -1, j + k });
        if (bi < before.size())
            steps.append({ bi, aj });
        i = bi + 1;
        j = aj + 1;
    }
    return steps;
}

} // namespace bw::docx
