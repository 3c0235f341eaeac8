/**
 * Statistical reporting: data elements, reporting units (enterprises and regions), data values with
 * 本期 and 上年同期, their validation, approval and audit, and their exchange in CSV, XLSX, SDMX-CSV and
 * JSON.
 */
@ApplicationModule(allowedDependencies = {"shared", "system", "plan"})
@NullMarked
package dev.longyuan.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
