package dev.longyuan.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of a profile's table: a sector, sub-direction, region or place with its industry figure
 * and its value added as a share (%) of the whole the table divides.
 */
public record IndustryRow(
    String code, String nameZh, String nameEn, IndustryFigure figure, @Nullable BigDecimal share) {}
