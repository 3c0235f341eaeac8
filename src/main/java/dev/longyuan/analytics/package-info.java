/**
 * Analytics: indicators computed from the data values, and progress towards the plan's targets by
 * the Open SDG progress method.
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting"})
@NullMarked
package dev.longyuan.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
