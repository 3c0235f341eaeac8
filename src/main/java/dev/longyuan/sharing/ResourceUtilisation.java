package dev.longyuan.sharing;

import java.util.List;

/** A resource's utilisation in a year and in each of its months. */
public record ResourceUtilisation(
    ResourceView resource, Utilisation year, List<Utilisation> months) {}
