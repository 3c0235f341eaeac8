package dev.longyuan.smeservices;

import org.jspecify.annotations.Nullable;

/**
 * What an enterprise asks for. An enterprise user asks for itself ({@code enterpriseCode} is then
 * theirs, given or not); staff of a node file one on behalf of an enterprise of their region.
 */
public record NewRequest(
    @Nullable String enterpriseCode,
    @Nullable String categoryCode,
    @Nullable String title,
    @Nullable String description) {}
