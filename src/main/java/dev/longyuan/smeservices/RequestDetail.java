package dev.longyuan.smeservices;

import java.util.List;

/** A request with every hop in order and its service-level clock as of today. */
public record RequestDetail(ServiceRequest request, List<Hop> hops, SlaClock clock) {}
