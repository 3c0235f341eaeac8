package dev.longyuan.reporting.exchange;

/** One data element on a form: its code, Chinese name and unit, as the form lists it. */
public record FormLine(String code, String nameZh, String unit) {}
