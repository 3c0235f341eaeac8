/**
 * Analytics: indicators computed from the data values, progress towards the plan's targets by the
 * Open SDG progress method, and seasonal adjustment with short-term forecasts of monthly series.
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting"})
@NullMarked
package dev.longyuan.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
