package dev.longyuan.reporting;

/**
 * Why one row of an import file was refused: its row number as a person sees it, the column, a
 * stable code, and the reason in Chinese and English.
 */
public record ImportError(
    int row, String column, String code, String messageZh, String messageEn) {}
