/**
 * Shared equipment and capacity (共享设备设施与富余产能): a directory of defence-industry key equipment open
 * to civilian use, large scientific instruments, test capability and spare capacity by process,
 * with availability calendars, confidentiality enforced by accounts' clearance, bookings,
 * utilisation, and capacity requests matched through the market.
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting", "market", "accounts"})
@NullMarked
package dev.longyuan.sharing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
