package org.postwatch.archive;

/** What a legal hold covers. Every hold also covers any records attached to it by hand. */
public enum HoldScope {
    PERSON("A person", "Everything this member of staff wrote or decided"),
    ACCOUNT("An account", "Everything on this social media account"),
    CASE("A case", "Records tagged with this case reference, and the records attached to the hold"),
    SEARCH("A saved search", "Every record matching this search, now and in future");

    private final String label;
    private final String explanation;

    HoldScope(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
