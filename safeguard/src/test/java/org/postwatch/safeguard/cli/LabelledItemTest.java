package org.postwatch.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.engine.Category;

class LabelledItemTest {

    @Test
    void parseReportsEveryBadLineAndKeepsTheGoodOnes() throws IOException {
        String jsonl = """
                {"id":"a","text":"Road closed on the A38.","label":"clean"}
                not json
                {"id":"c","label":"clean"}

                {"id":"d","text":"Call Jo on 07700 900123","label":"personal_data","notes":"kind=phone","spans":[{"start":11,"end":99,"type":"PHONE_UK"}]}
                {"id":"e","text":"Guilty as sin","label":"sub_judice","notes":"x; kind=guilt"}
                """;

        LabelledItem.Parsed parsed = LabelledItem.parse("suite.jsonl", new StringReader(jsonl));

        assertThat(parsed.errors())
                .containsExactly(
                        "suite.jsonl line 2: not valid JSON",
                        "suite.jsonl line 3: needs \"text\" and \"label\"",
                        "suite.jsonl line 5: span 11-99 is outside the text");
        assertThat(parsed.items()).extracting(LabelledItem::id).containsExactly("a", "e");
        assertThat(parsed.items().get(1).category()).isEqualTo(Category.CONTEMPT);
        assertThat(parsed.items().get(1).kind()).isEqualTo("guilt");
    }

    // The file's spans count code points (Python's characters); the item keeps Java string indices, so an emoji before
    // the number (two UTF-16 units) shifts it by one more. A span that fits in UTF-16 units but not in code points is
    // outside the text.
    @Test
    void spansCountCodePointsAndAreKeptAsStringIndices() throws IOException {
        String jsonl = """
                {"id":"a","text":"\uD83D\uDCDE Call Jo on 07700 900123","label":"personal_data","spans":[{"start":13,"end":25,"type":"PHONE_UK"}]}
                {"id":"b","text":"\uD83D\uDCDE Jo","label":"personal_data","spans":[{"start":2,"end":5,"type":"PERSON"}]}
                """;

        LabelledItem.Parsed parsed = LabelledItem.parse("suite.jsonl", new StringReader(jsonl));

        assertThat(parsed.errors()).containsExactly("suite.jsonl line 2: span 2-5 is outside the text");
        LabelledItem item = parsed.items().getFirst();
        LabelledItem.GoldSpan span = item.spans().getFirst();
        assertThat(item.text().substring(span.start(), span.end())).isEqualTo("07700 900123");
    }
}
