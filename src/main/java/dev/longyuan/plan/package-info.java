/**
 * The plan as data: its text, indicators, targets with their source sentences, sectors, regions,
 * zones, bases and chains; loaded from YAML, stored in PostgreSQL, browsed on the web and the API.
 */
@ApplicationModule(allowedDependencies = {"shared", "system"})
@NullMarked
package dev.longyuan.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
