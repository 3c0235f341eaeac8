package dev.longyuan.reporting;

/**
 * How accurately a reporting unit has filed since a given time: the periods a reviewer returned to
 * it (退回, figures found wrong or unexplained) and the periods reopened after approval (重新打开, so
 * that approved figures could be corrected). Each period counts once however many values it held.
 */
public record ReportingConduct(int returnedPeriods, int reopenedPeriods) {}
