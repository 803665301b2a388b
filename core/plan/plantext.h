// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/plantranslator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bw::plan {

// The fixed words of the plan document — headings, labels, captions — translated in one place
// (context "bw::plan::PlanText"), so every format uses the same wording.
class PlanText
{
    BW_PLAN_TR_FUNCTIONS(bw::plan::PlanText)
public:
    static QString sectionTitle(const QString &key);
    static QString documentKind();               // "Blended-learning plan"
    static QString contents();                   // "Contents"
    static QString pageOf(int page, int pages);  // "Page 3 of 12"
    static QString pageOfPattern();              // "Page %1 of %2", for formats that count pages
    static QString preparedFor();
    static QString preparedBy();
    static QString audience();
    static QString date();
    static QString version();
    static QString minutes();                    // chart value axis
    static QString phase();                      // chart category axis
    static QString direction();
    static QString tool();
    static QString instructions();
    static QString place();
    static QString total();
    static QString generatedBy();                // "Made with Blendwise"
    static QString noTool();                     // an activity deliberately without a tool
    static QString changesSince(const QString &version); // "Changes since 1.0"

    // Column titles of the one-row-per-activity listing (CSV), in column order.
    static QStringList activityColumns();
    // The CSV's last column: the activity's id, the key "Update from CSV" matches rows by (the
    // JSON interchange's "id"; it survives save and load).
    static QString keyColumn();

    // Dates and times as people read them in the plan's language.
    static QString formatDate(const QDate &date, const QString &language);
    static QString formatTime(const QTime &time, const QString &language);
    static QString formatDateTime(const QDateTime &dateTime, const QString &language);
};

} // namespace bw::plan
