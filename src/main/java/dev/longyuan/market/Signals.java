package dev.longyuan.market;

/**
 * What a match's score is made of, each from 0 to 1: text similarity (relative to the best text
 * match of the demand), category closeness, place (same county, same city, then distance within the
 * province; nothing outside it), capacity fit, and the supplier's record of delivered deals.
 */
public record Signals(
    double text, double category, double location, double capacity, double record) {}
