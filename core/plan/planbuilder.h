// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/advisor.h"
#include "i18n/plantranslator.h"
#include "model/agenda.h"
#include "planmodel.h"

#include <QCoreApplication>
#include <QHash>

namespace bw::plan {

// Builds one Plan from a Project: first the typed data (rows, blend, schedule, tools), then the
// sections of blocks people read, all from that same data. Used once per export; cheap enough
// for a live preview (linear in the number of activities).
class PlanBuilder
{
    BW_PLAN_TR_FUNCTIONS(bw::plan::PlanBuilder)
public:
    PlanBuilder(const Project &project, const PlanOptions &options);
    Plan build();

private:
    void buildCover();
    void buildRows();
    void buildBlend();
    void buildSchedule();
    void buildTools();
    void buildAttachments();

    Section revisionsSection() const;
    Section changesSection() const;
    Section summarySection() const;
    Section blendSection() const;
    Section flowSection() const;
    Section sequencesSection() const;
    Section scheduleSection() const;
    Section toolsSection() const;
    Section communitySection() const;
    Section evaluationSection() const;
    Section attachmentsSection() const;
    Section reviewSection(const QList<Finding> &findings) const;

    QString date(const QDate &d) const;
    QString time(const QTime &t) const;
    QString activityLine(const ActivityRow &row) const; // "1.2 Define risk (One-to-many)"
    QString findingSubject(const Finding &finding) const;
    QString cell(const BlendCell &c) const;
    bool anyDated() const;
    QString objectiveLabel(int row) const; // "1. Pitch the product", shortened when very long
    QString ledByText(const Activity &activity) const;
    QString instrumentText(const AssessmentInstrument &instrument) const;
    void appendAgenda(Section &s, const Moment &moment) const; // one day's timed running order
    QStringList runningOrder(const MomentAgenda &agenda) const; // "9:00 AM–10:00 AM  1.3 …"
    QString slotTime(const AgendaSlot &slot) const;
    QString slotTitle(const AgendaSlot &slot) const;

    const Project &m_project;
    PlanOptions m_options;
    Plan m_plan;
    QHash<Id, int> m_rowOfActivity; // activity id → index into m_plan.activities
    QHash<Id, MomentAgenda> m_agendas; // moment id → its resolved running order
};

} // namespace bw::plan
