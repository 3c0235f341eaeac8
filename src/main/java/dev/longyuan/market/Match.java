package dev.longyuan.market;

/** A supply that passed every filter of a demand, with its score and the signals that made it. */
public record Match(long supplyId, double score, Signals signals) {}
