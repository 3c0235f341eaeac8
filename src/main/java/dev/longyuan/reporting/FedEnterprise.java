package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise of the registry as it stands after its latest change, numbered in commit order; a
 * removed one ({@code removed}) carries only its code.
 */
public record FedEnterprise(
    long changeSeq,
    String creditCode,
    @Nullable String regionCode,
    @Nullable String industryCode,
    @Nullable String sizeClass,
    boolean removed) {}
