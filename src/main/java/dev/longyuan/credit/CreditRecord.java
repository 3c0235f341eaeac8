package dev.longyuan.credit;

import java.util.List;

/** An enterprise's credit record: its evaluation, grade history and the facts behind them. */
public record CreditRecord(
    String enterpriseCode,
    String enterpriseName,
    String regionCode,
    CreditEvaluation evaluation,
    List<GradeChange> history,
    List<Inspection> inspections,
    List<Penalty> penalties,
    List<Complaint> complaints,
    List<Listing> listings) {}
