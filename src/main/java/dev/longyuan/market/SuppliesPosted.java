package dev.longyuan.market;

import java.util.List;

/**
 * Supplies stored in one transaction, with the market revision that transaction reached: the search
 * index adds them once it commits.
 */
public record SuppliesPosted(List<Supply> supplies, long revision) {}
