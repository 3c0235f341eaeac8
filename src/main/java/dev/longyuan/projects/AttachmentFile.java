package dev.longyuan.projects;

/** An attached file with its content, as stored. */
public record AttachmentFile(
    long id, String fileName, String contentType, int sizeBytes, String sha256, byte[] content) {}
