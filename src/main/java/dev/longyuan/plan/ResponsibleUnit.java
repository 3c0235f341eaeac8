package dev.longyuan.plan;

import org.jspecify.annotations.Nullable;

/**
 * A body that can lead a task of the plan (牵头单位) or co-operate in it (配合单位): a provincial
 * department (with a region where it governs one, as 兰州新区管委会 does), or a city or prefecture
 * government with its region.
 */
public record ResponsibleUnit(
    String code, String nameZh, String nameEn, UnitKind kind, @Nullable String regionCode) {}
