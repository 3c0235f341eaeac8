/**
 * Quality credit (企业质量信用): each enterprise's record of inspections, penalties, complaints,
 * reporting conduct and recognitions, scored and graded A–D under versioned rules stored as data,
 * and the quality blacklist (质量黑名单) with its appeal and removal, which keeps a listed supplier out
 * of the market's matches.
 */
@ApplicationModule(allowedDependencies = {"shared", "reporting", "programs", "market", "accounts"})
@NullMarked
package dev.longyuan.credit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
