package io.concord.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Floods Cut Roads Across The North\\n\\nRain fell for three days.                        | Floods Cut Roads Across The North
            • en\\nON NOW\\nd\\n\\nMinisters Meet In Geneva After Talks\\n\\nThe ministers met.      | Ministers Meet In Geneva After Talks
            Date:\\n\\nShare:\\n\\nThe Toll Rises In The Valley\\n\\nRelated Articles                | The Toll Rises In The Valley
            The minister said on Monday that talks would go on.\\nConnect with us\\nWorld       | The minister said on Monday that talks would go on.
            """)
    void takesTheHeadlineAsTitleNotTheBoilerplateAboveIt(String text, String title) {
        assertEquals(title, DocumentTitle.of(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # Budget Day\\nThe minister spoke.   | Budget Day
            Short.\\nAlso short.                 | ''
            """)
    void takesAMarkdownHeadingAndGivesNoneWithoutALineOfFourWords(String text, String title) {
        assertEquals(title.isEmpty() ? null : title, DocumentTitle.of(text.replace("\\n", "\n")));
    }
}
