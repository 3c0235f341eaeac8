package dev.longyuan.sharing;

import java.util.List;

/**
 * An owner's utilisation: the used hours of all its resources over their available hours (a ratio
 * of sums), in a year and in each month.
 */
public record OwnerUtilisation(
    String ownerCode, String ownerName, Utilisation year, List<Utilisation> months) {}
