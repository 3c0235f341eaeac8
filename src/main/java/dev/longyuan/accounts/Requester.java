package dev.longyuan.accounts;

/** Who asks for a change to accounts, and from where (the client's address, or "local"). */
public record Requester(String username, String origin) {}
