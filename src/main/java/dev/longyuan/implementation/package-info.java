/**
 * Implementation: running the plan's tasks (督查督办) — who leads each task and who co-operates in it,
 * as the plan proposes and as the province assigns them.
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "analytics", "accounts"})
@NullMarked
package dev.longyuan.implementation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
