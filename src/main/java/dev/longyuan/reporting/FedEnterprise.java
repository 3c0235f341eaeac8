package dev.longyuan.reporting;

/** An enterprise of the registry as it stands after its latest change, numbered in commit order. */
public record FedEnterprise(
    long changeSeq, String creditCode, String regionCode, String industryCode, String sizeClass) {}
