package dev.longyuan.market;

/** A ranked match with its supply and the step it has reached, for the demand's page. */
public record MatchDetail(int rank, Match match, Supply supply, MatchState state) {}
