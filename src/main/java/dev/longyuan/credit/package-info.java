/**
 * Quality credit (企业质量信用): each enterprise's record of inspections, penalties, complaints, recalls
 * of the lots it made, the accuracy and timeliness of its statistical reporting and its
 * recognitions, scored and graded A–D under versioned rules stored as data, and the quality
 * blacklist (质量黑名单) with its appeal and removal, which keeps a listed enterprise out of the
 * market's matches and of programme nominations.
 */
@ApplicationModule(
    allowedDependencies = {"shared", "reporting", "programs", "market", "accounts", "trace"})
@NullMarked
package dev.longyuan.credit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
