package dev.longyuan.monitoring;

/** An alert was opened: a rule's condition began (or returned) in a region. */
public record AlertRaised(Alert alert) {}
