package dev.longyuan.programs;

import org.jspecify.annotations.Nullable;

/** A product whose capacity the ledger keeps, its unit and the target of its withdrawal, if any. */
public record CapacityProduct(
    String code, String nameZh, String nameEn, String unit, @Nullable String targetCode) {}
