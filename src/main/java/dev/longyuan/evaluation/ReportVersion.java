package dev.longyuan.evaluation;

import java.time.Instant;

/**
 * One stored version of a report, without its documents: the data version its figures were computed
 * at, and who made it when ({@code schedule} for a brief made when its month closed).
 */
public record ReportVersion(
    ReportKey key, int version, String dataVersion, Instant createdAt, String createdBy) {}
