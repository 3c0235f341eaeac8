package dev.longyuan.credit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result of a 国家/省级监督抽查 as entered or imported, unchecked: the enterprise's credit code,
 * product, batch, {@code pass} or {@code fail}, the items failed (none when passed), the date
 * (YYYY-MM-DD) and the authority that inspected.
 */
public record InspectionDraft(
    @Nullable String enterpriseCode,
    @Nullable String product,
    @Nullable String batch,
    @Nullable String result,
    @Nullable List<String> itemsFailed,
    @Nullable String date,
    @Nullable String authority) {}
