package dev.longyuan.accounts;

import java.time.Instant;

/** One entry of the audit log, with its place in the hash chain. */
public record AuditEntry(
    long position,
    Instant at,
    String actor,
    String origin,
    String action,
    String subject,
    String detail,
    String prevHash,
    String hash) {}
