package dev.longyuan.market;

import java.time.OffsetDateTime;

/** A step of a match as told to one of its two sides. */
public record Notification(
    long id,
    long demandId,
    long supplyId,
    String status,
    String messageZh,
    String messageEn,
    OffsetDateTime createdAt) {}
