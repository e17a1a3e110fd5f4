package org.postwatch.archive;

/**
 * An evidential export: a ZIP of the records as JSON and HTML, the audit entries about them, a signed checkpoint,
 * the public key and a signed SHA-256 manifest. {@code java -jar postwatch.jar archive verify-export <file>} checks
 * it.
 */
public record EvidenceExport(String fileName, byte[] zip, String sha256, int records) {}
