package dev.longyuan.reporting;

/**
 * The shipped data are loaded, on every start that loads or finds them loaded: the published
 * figures, and the synthetic enterprise panel (模拟数据) when {@code synthetic}. Modules with
 * demonstration data of their own built on the panel load them after this.
 */
public record ShippedDataLoaded(boolean synthetic) {}
