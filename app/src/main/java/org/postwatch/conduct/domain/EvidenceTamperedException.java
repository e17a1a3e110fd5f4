package org.postwatch.conduct.domain;

/** A stored evidence file no longer matches the SHA-256 taken when it was uploaded. */
public class EvidenceTamperedException extends RuntimeException {

    private final String reference;
    private final String fileName;

    public EvidenceTamperedException(String reference, String fileName) {
        super("Evidence file " + fileName + " on case " + reference + " does not match the hash taken on upload");
        this.reference = reference;
        this.fileName = fileName;
    }

    public String reference() {
        return reference;
    }

    public String fileName() {
        return fileName;
    }
}
