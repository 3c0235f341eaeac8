/**
 * Accounts and what keeps the platform accountable: the hash-chained audit log of who did what, and
 * backup and restore of everything. (Users, roles and sign-in arrive with the rest of this module.)
 */
@ApplicationModule(allowedDependencies = {"shared", "system", "plan", "reporting"})
@NullMarked
package dev.longyuan.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
