/**
 * What every module runs on: the platform's home directory, the embedded PostgreSQL, the guard
 * against a second instance, and the web shell (language, layout).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.longyuan.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
