package dev.longyuan.credit;

/**
 * One factor's contribution to a score: how many facts it counted and the points it added
 * (positive) or deducted (negative), with a sentence that says why in Chinese and English.
 */
public record Factor(
    String code,
    String nameZh,
    String nameEn,
    int count,
    int points,
    String textZh,
    String textEn) {}
