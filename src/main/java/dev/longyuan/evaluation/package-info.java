/**
 * Evaluation: the plan's monitoring and evaluation reports (年度监测、中期评估、终期评估), written from the
 * assessment's figures in Chinese or English as HTML, PDF and XLSX.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "plan",
      "analytics",
      "monitoring",
      "reporting",
      "implementation"
    })
@NullMarked
package dev.longyuan.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
