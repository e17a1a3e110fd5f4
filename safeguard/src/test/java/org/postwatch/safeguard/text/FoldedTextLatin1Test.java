package org.postwatch.safeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The folds of Latin-1 are looked up in a table made at load: each is what folding the character afresh gives. */
class FoldedTextLatin1Test {

    @Test
    void theTableFoldsEachCharacterAsFoldingItAfreshDoes() {
        for (int cp = 0; cp < 0x300; cp++) {
            assertThat(FoldedText.foldCodePoint(cp)).as("U+%04X", cp).isEqualTo(FoldedText.foldUncached(cp));
        }
        assertThat(FoldedText.foldCodePoint('£')).isEqualTo(FoldedText.foldUncached('£'));
        assertThat(FoldedText.foldCodePoint('É')).isEqualTo("e");
    }
}
