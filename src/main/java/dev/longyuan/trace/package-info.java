/**
 * Trace: 中药材 traceability as a GS1 EPCIS 2.0 repository — events captured in JSON-LD or XML,
 * identified by their CBV 2.0 event hash, and found again by the standard queries.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "reporting"})
@NullMarked
package dev.longyuan.trace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
