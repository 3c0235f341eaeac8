package dev.longyuan.sharing;

/**
 * A spare capacity the market matched to a capacity request: its rank and score there, the nearness
 * of its place (1 the same county), and the resource as the viewer may see it.
 */
public record CapacityMatch(int rank, double score, double location, ResourceView resource) {}
