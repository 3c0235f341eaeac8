package dev.longyuan.reporting;

import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;

/**
 * An enterprise that reports: identified by its unified social credit code, placed in a
 * county-level region and a GB/T 4754-2017 industry class. {@code synthetic} marks demonstration
 * data (模拟数据).
 */
public record Enterprise(
    CreditCode creditCode,
    String name,
    RegionCode regionCode,
    IndustryCode industryCode,
    SizeClass sizeClass,
    String ownership,
    boolean synthetic) {}
