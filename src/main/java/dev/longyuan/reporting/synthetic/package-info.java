/**
 * Deterministic synthetic enterprise panel (模拟数据) for demonstration: a registry of Gansu
 * enterprises, the yearly 规上 panel with entries and exits, and their ENT-M and ENT-Y values,
 * calibrated to the published 2015 baselines of the 13th five-year industrial plan.
 */
@NullMarked
package dev.longyuan.reporting.synthetic;

import org.jspecify.annotations.NullMarked;
