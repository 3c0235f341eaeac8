package dev.longyuan.smeservices;

/** A national service category (信息、技术 … 设备共享); {@code newer} for the eight added lately. */
public record ServiceCategory(String code, String nameZh, String nameEn, boolean newer) {}
