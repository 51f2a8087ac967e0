package io.concord.conflicts.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteSplitsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The committee voted 7-2 to hold rates.                              | 7-2 7-2",
            "The board voted seven to two in favour.                             | seven to two 7-2",
            "In a 6–3 ruling, the court struck the law down.                     | 6–3 6-3",
            "The vote in the nine-member panel was 4-5.                          | 4-5 5-4",
            "The motion passed by a majority of 12 to 3.                         | 12 to 3 12-3",
            "The team won 3-1 on Saturday.                                       | ",
            "The side beat them 4-2 a day after the council voted to sell it.    | ",
            "Voters aged 18-24 backed the party by 12 points.                    | ",
            "Prices rose 2-3% in the year, the vote's outcome aside.             | ",
            "From 2019-2020 the council met twice.                               | ",
            "The one-to-one talks went well before the vote.                     | ",
            "The bill cleared the lower house 75-61 after a long night.          | 75-61 75-61",
            "The senate passed the measure 51 to 49 on Friday.                   | 51 to 49 51-49",
            "Parliament approved the budget 210-185.                             | 210-185 210-185",
            "The regulator approved 10-15 new licences this year.                | ",
            "The board approved a 9-12 month timeline for the works.             | ",
            "The winger passed the ball twice in a 2-1 win.                      | ",
            "The chamber backed the motion by 88 votes to 71 on Monday.          | 88 votes to 71 88-71",
            "The motion carried 52 to 47, and the mayor resigned.                | 52 to 47 52-47",
            "The ferry carried 52 to 47 passengers a day last winter.            | ",
    })
    void findsSplitVotesAndOnlyThem(String sentence, String expected) {
        String text = sentence.strip();
        List<VoteSplits.Split> splits = VoteSplits.find(text, offset -> new int[] {0, text.length()});
        assertEquals(expected == null ? "" : expected.strip(),
                String.join(" ; ", splits.stream().map(s -> s.text() + " " + s.key()).toList()));
    }
}
