/**
 * Key projects (重点项目): each project's owner, place in the plan's layout, investment planned and
 * completed by year, milestones and monthly progress reports with attachments; and what the warning
 * rules watch of them (overdue milestones, investment behind plan).
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting", "accounts"})
@NullMarked
package dev.longyuan.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
