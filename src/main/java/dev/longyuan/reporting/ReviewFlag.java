package dev.longyuan.reporting;

/**
 * A value a soft check found unusual: it is not refused, but a reviewer should look at it before
 * approving. {@code check} is {@code yoy} (本期 far from 上年同期), {@code zscore} (a jump against the
 * unit's own history, modified z-score) or {@code rule.CODE} (a soft validation rule).
 */
public record ReviewFlag(
    String dataElement, String measure, String check, String detailZh, String detailEn) {}
