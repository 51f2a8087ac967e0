package io.concord.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotations and speakers read from text alone (no person mentions given: names come from capitals). */
class QuoteReaderTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    /** What {@code reader} finds in {@code text}, segmented as the pipeline does. */
    private static List<QuoteMatch> read(QuoteReader reader, String text, List<PersonMention> persons) {
        return reader.read(SEGMENTER.tokensAndSentences(text), persons);
    }

    private static final QuoteReader READER = new QuoteReader(QuoteSettings.DEFAULTS);

    private static Optional<QuoteMatch> quote(String text, String content) {
        return read(READER, text, List.of()).stream()
                .filter(m -> text.substring(m.begin(), m.end()).equals(content)).findFirst();
    }

    /** {@code speaker} "-" stands for none. */
    private static void assertSpeaker(String text, String content, String speaker, String cue) {
        QuoteMatch m = quote(text, content).orElseThrow(() -> new AssertionError("no quotation " + content));
        assertEquals("-".equals(speaker) ? null : speaker, m.speaker(), "speaker of " + content);
        if (cue != null) {
            assertEquals(cue, m.cue(), "cue of " + content);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            Prime Minister Anna Lindqvist said: “We will not back down.”                                        => We will not back down.              => Anna Lindqvist  => said
            “We will not back down,” Lindqvist told reporters in Oslo.                                          => We will not back down,              => Lindqvist       => told
            “We will not back down,” said Finance Minister Omar Haddad.                                         => We will not back down,              => Omar Haddad     => said
            “This budget is a betrayal,” said opposition leader Maria Costa.                                    => This budget is a betrayal,          => Maria Costa     => said
            Union chief Peter Wall described the offer as “an insult to every nurse”.                           => an insult to every nurse            => Peter Wall      => described
            Peter Wall, the union’s general secretary, accused ministers of “playing games with lives”.         => playing games with lives            => Peter Wall      => accused
            The chancellor, Rachel Moore, warned that the finances were “in a far worse state than expected”.   => in a far worse state than expected  => Rachel Moore    => warned
            “The ceasefire must hold,” the UN envoy, Carlos Ruiz, said on Tuesday.                              => The ceasefire must hold,            => Carlos Ruiz     => said
            Senator Jim Blake said on Monday that the bill was “dead on arrival”.                               => dead on arrival                     => Jim Blake       => said
            The Kremlin dismissed the report as “absolute nonsense”.                                            => absolute nonsense                   => Kremlin         => dismissed
            The UK government called the sentence “deeply troubling”.                                           => deeply troubling                    => UK government   => called
            UK government representatives described the vote as “a step backwards”.                             => a step backwards                    => UK government   => described
            A Treasury spokesperson said: “We do not comment on speculation.”                                   => We do not comment on speculation.   => Treasury        => said
            A spokesman for the Home Office said the claims were “entirely false”.                              => entirely false                      => Home Office     => said
            Kremlin spokesman Ivan Petrov told journalists that Moscow had “no plans” to attend.                => no plans                            => Ivan Petrov     => told
            Officials in the capital described the strike as “a deliberate attack on civilians”.                => a deliberate attack on civilians    => Officials       => described
            The defence ministry said the drills were “purely defensive”.                                        => purely defensive                    => defence ministry => said
            Police said the suspect had been “known to the authorities for years”.                              => known to the authorities for years  => Police          => said
            Tensions rose after the vote, with France calling the result “unacceptable”.                        => unacceptable                        => France government => calling
            The talks were a “turning point”, according to the White House.                                     => turning point                       => White House     => according to
            Analysts called the decision “a significant escalation”.                                            => a significant escalation            => -               => called
            “We have done everything we can,” a senior official told the newspaper.                            => We have done everything we can,     => -               => told
            “The economy is weakening,” the report said, adding that growth would stall.                        => The economy is weakening,           => -               => said
            President Ana Ruiz spoke first. Ruiz’s spokesman said the claims were “pure fabrication”.           => pure fabrication                    => Ana Ruiz        => said
            ‘We will win’: Ruiz vows to fight on                                                                 => We will win                         => Ruiz            => vows
            “We are not going to fly,” the administrator, Colette Brennan-Achebe, said.                          => We are not going to fly,            => Colette Brennan-Achebe => said
            “He went quietly,” his daughter, Vesna, told the newspaper.                                           => He went quietly,                    => Vesna           => told
            “Why now?” Smith asked.                                                                             => Why now?                            => Smith           => asked
            President Putin at a forum in Moscow said the West was “waging war on Russia”.                      => waging war on Russia                => Putin           => said
            In a witness statement, the former chief constable of Kent Police said the footage was “intrusive”. => intrusive                           => -               => said
            Minister Omar Haddad met the victims. The family said they wanted “justice, not sympathy”.           => justice, not sympathy               => -               => said
            Omar Haddad flatly denied that the deal was “a surrender to the banks”.                             => a surrender to the banks            => Omar Haddad     => denied
            """)
    void attributesQuotationToTheNamedSpeakerOrBody(String text, String content, String speaker, String cue) {
        assertSpeaker(text, content, speaker, cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            Senator Ruth Adler opposed the bill. She said it was “a giveaway to the banks”.                                        => a giveaway to the banks   => Ruth Adler
            Governor Tom Reyes met the families. “We failed them,” he said.                                                        => We failed them,           => Tom Reyes
            Ahmed Karimi, an aide to the president, said the talks went well. In a post on X, he wrote that progress was “real”.   => real                      => Ahmed Karimi
            Lena Fischer told reporters that Bauer and Klein had not been invited. “That was a mistake,” she said.                 => That was a mistake,       => Lena Fischer
            Mayor Dan Ortiz criticised the plan on Monday. Speaking to reporters, he said it would “hurt small businesses”.        => hurt small businesses     => Dan Ortiz
            Jonas Berg thanked Maria Lopez for her help. He added that the deal was “a good day for workers”.                     => a good day for workers    => Jonas Berg
            The chancellor, Rachel Moore, warned of cuts. She added: “There are no easy choices left.”                             => There are no easy choices left. => Rachel Moore
            “We made mistakes,” the minister said. “But we fixed them,” he added.                                                  => But we fixed them,        => -
            Defence Minister Ali Hassan has disclosed that the unit was disbanded. “It was the right decision,” he said.          => It was the right decision, => Ali Hassan
            The health ministry reported 40 new cases. “Hospitals are coping,” it said.                                            => Hospitals are coping,     => health ministry
            """)
    void resolvesPronounsToTheRecentSubject(String text, String content, String speaker) {
        // "-" stands for a person the text does not name
        assertSpeaker(text, content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            “I don’t think anybody expected this,” Coach Mark Dunn said. “It was a shock to everyone.”                 => It was a shock to everyone.         => Mark Dunn
            Mayor Karen Holt told the council: “We are not going anywhere.\\n\\n“The city will rebuild, street by street.”  => The city will rebuild, street by street. => Karen Holt
            Judge Alan Price criticised the police. “The investigation was a shambles from start to finish.”          => The investigation was a shambles from start to finish. => Alan Price
            The minister was asked about the strike. Nadia Haddad said:\\n\\n“Our door remains open to the unions.”        => Our door remains open to the unions. => Nadia Haddad
            """)
    void continuesTheSpeakerOfAStandaloneQuotation(String text, String content, String speaker) {
        String t = text.replace("\\n", "\n");
        assertSpeaker(t, content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            The UK estimates that 6,000 children were placed in “re-education” camps.
            The proposal would require the bank to agree to a “reparations loan” backed by frozen assets.
            Critics have dubbed the scheme “Project Fear” and campaigners staged a “die-in”.
            The film “The Quiet Hour” won three awards on Sunday.
            The minister’s so-called “growth plan” was criticised by economists.
            The minister said the “reforms” would go ahead in spring.
            Member states agreed to a “reparations loan” on Friday.
            Dwayne “The Rock” Johnson said he would not run.
            She said her favourite song was “Bohemian Rhapsody”.
            """)
    void skipsScareQuotesLabelsAndTitles(String text) {
        assertEquals(List.of(), read(READER, text, List.of()));
    }

    @Test
    void keepsShortPhrasesThatAReportingVerbGoverns() {
        String text = "The Kremlin said the talks produced “no compromise” on the key issues.";
        assertSpeaker(text, "no compromise", "Kremlin", "said");
    }

    @Test
    void prefersGivenPersonCanonicalNamesAndReportsTheMention() {
        String text = "Foreign Minister Olena Marchuk met her counterpart. “We expect results,” Marchuk said.";
        int b = text.indexOf("Olena Marchuk");
        int s = text.lastIndexOf("Marchuk");
        List<PersonMention> persons = List.of(
                new PersonMention(b, b + "Olena Marchuk".length(), "Olena Marchuk", "Foreign Minister"),
                new PersonMention(s, s + "Marchuk".length(), "Olena Marchuk", null));
        QuoteMatch m = read(READER, text, persons).get(0);
        assertEquals("Olena Marchuk", m.speaker());
        assertEquals(1, m.speakerMention());
    }

    @Test
    void fallsBackToCapitalisedNamesWhereNoGivenPersonCoversTheSpeaker() {
        String text = "Olena Marchuk met her counterpart. “We expect results,” Marchuk said.";
        List<PersonMention> persons = List.of(new PersonMention(0, 13, "Olena Marchuk", null));
        QuoteMatch m = read(READER, text, persons).get(0);
        assertEquals("Olena Marchuk", m.speaker());
        assertEquals(0, m.speakerMention());
    }

    @Test
    void resolvesSurnameToTheFullestNameWithoutGivenPersons() {
        String text = "President Elena Varga arrived in Rome. Later, Varga said the summit was “a success for Europe”.";
        assertSpeaker(text, "a success for Europe", "Elena Varga", "said");
    }

    @Test
    void givesPronounAndContextAttributionsLowerConfidence() {
        String text = "Governor Tom Reyes met the families. “We failed them,” Reyes said. “We failed them,” he said. "
                + "“We must do better.”";
        List<QuoteMatch> quotes = read(READER, text, List.of());
        assertEquals(3, quotes.size());
        assertTrue(quotes.get(0).confidence() > quotes.get(1).confidence(), "pronoun below name");
        assertTrue(quotes.get(1).confidence() > quotes.get(2).confidence(), "context below pronoun");
    }

    @Test
    void leavesTheSpeakerNullWhenTheTextDoesNotSayWho() {
        String text = "The storm hit the coast overnight.\n\n“Everything is gone, absolutely everything.”";
        QuoteMatch m = read(READER, text, List.of()).get(0);
        assertEquals(null, m.speaker());
    }

    @Test
    void survivesUnbalancedAndDegenerateInput() {
        for (String text : List.of("", "“", "”", "\"\"\"", "“a", "he said “", "‘", "'", "“”", "\n\n“\n”",
                "He said. “", "“x,” said", "“x,” he", ", said “y z w”", "“A b c,” according to")) {
            for (QuoteMatch m : read(READER, text, List.of())) {
                assertTrue(0 <= m.begin() && m.begin() <= m.end() && m.end() <= text.length(), text + ": " + m);
                assertTrue(m.confidence() > 0 && m.confidence() <= 1, text + ": " + m);
            }
        }
    }
}
