package dev.longyuan.trace;

import java.util.List;

/**
 * Published when a recall is recorded: the recall, the lot it started from and the credit codes of
 * the enterprises that made that lot.
 */
public record LotRecalled(long recallId, String lot, List<String> producers) {}
