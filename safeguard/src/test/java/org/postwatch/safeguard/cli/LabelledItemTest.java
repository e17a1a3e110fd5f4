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
}
