package dev.longyuan.credit;

/** An inspection result with the name and county of the enterprise inspected. */
public record PlacedInspection(Inspection inspection, String enterpriseName, String regionCode) {}
