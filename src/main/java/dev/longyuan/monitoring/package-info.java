/**
 * Monitoring: the pages province analysts, city bureaus and the public read every day — the
 * overview of the plan's key indicators and of the industrial economy this month.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "plan",
      "analytics",
      "reporting",
      "projects",
      "implementation",
      "smeservices",
      "credit"
    })
@NullMarked
package dev.longyuan.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
