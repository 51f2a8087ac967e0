package io.concord.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
            The Dock Workers’ Union said in a statement that the deal was “a step back”.                        => a step back                         => Dock Workers’ Union => said
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
            Finance Minister Lars Eide said Oslo would announce the cuts “before the summer”.                   => before the summer                   => Lars Eide       => said
            A Dutch embassy official said the aid was “ready to go” by Friday.                                   => ready to go                         => -               => said
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
            “We sell to everyone,” Pierre Lanvin said. Across the road, Nourbek shrugs at that. “At noon I am asleep,” he says.      => At noon I am asleep,      => Nourbek
            Mary Ellen Rooke opened the meeting. For Tavita Salave’a, who runs a bakery on Harbour Street, it is the third flood. “We had just fixed the floors,” he said. => We had just fixed the floors, => Tavita Salave’a
            Maria Lopez praised the nurses. Staff member Okonjo-Vance said the wards were full. “We are tired,” she said.           => We are tired,             => Okonjo-Vance
            Anna Berg met the traders. Councillor Dzifa Mensah-Quaye criticised the plan online. “It is too late,” she posted on X. => It is too late,           => Dzifa Mensah-Quaye
            Halifax Town won 2-0. Town boss Dominic Alvey was less happy. “We were poor in the first half,” he said. => We were poor in the first half, => Dominic Alvey
            Councillor Brendan Okafu of the Green group said the ferry could stay. “The port pays for it,” he said. => The port pays for it, => Brendan Okafu
            Councillor Brendan Okafu of the opposition said the ferry could stay. “The port pays for it,” he said. => The port pays for it, => Brendan Okafu
            Ilse Marwitz, head of nursing at the clinic in Ulm, said staff were leaving. “We cannot hold them,” she said. => We cannot hold them, => Ilse Marwitz
            The Water Board said rain had doubled in a week. It said the reservoir would “stay full until spring.” => stay full until spring. => Water Board
            The Bureau of Hydrology said up to 200 mm had fallen at Tamworth. It said the river would peak on Friday and “stay high for days.” => stay high for days. => Bureau of Hydrology
            The Water Board said up to 200 mm had fallen at Tamworth. It said the river would peak on Friday and “stay high for days.” => stay high for days. => Water Board
            The Bureau of Hydrology said rain had doubled in a week. It said the reservoir would “stay full until spring.” => stay full until spring. => Bureau of Hydrology
            Irini Papadakis, 41, the daughter of a fisherman who came to Leeds from Patras in 1968, told supporters at a club in Headingley on Saturday night that she had heard the message. “People here are tired,” she said. => People here are tired, => Irini Papadakis
            """)
    void resolvesPronounsToTheRecentSubject(String text, String content, String speaker) {
        // "-" stands for a person the text does not name
        assertSpeaker(text, content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            The union was not consulted. “We will hear it from the board first,” its president, Hannelore Fink, told the Weser Kurier.  => We will hear it from the board first,  => Hannelore Fink  => told
            Patient group Lungs Together welcomed the news. “This is the day we hoped for,” its founder, Ewan Dalgliesh, said in a statement. => This is the day we hoped for, => Ewan Dalgliesh => said
            Councillor Priya Anand, from the opposition Green Left, voted against, arguing the plan was “a gift to landlords”.          => a gift to landlords        => Priya Anand      => arguing
            Board member Priya Anand, from the opposition Green Left, voted against, arguing the plan was “a gift to landlords”.        => a gift to landlords        => Priya Anand      => arguing
            Senator Oh Min-jae of the main opposition Unity Party on Monday declared his bid, pledging to “fix the housing market first”.      => fix the housing market first => Oh Min-jae  => pledging
            The head of Greenfield Academy, Thomas Whitcombe, said he welcomed the money. “We have asked for years,” he said.          => We have asked for years,   => Thomas Whitcombe => said
            Northside coach Grace Whitlow was blunter. Asked about the squad, she said: “Nobody is certain of a place.”               => Nobody is certain of a place. => Grace Whitlow => said
            Netball Charlotte named its squad. Charlotte coach Dana Whitlow was blunter. Asked about it, she said: “Nobody is certain of a place.” => Nobody is certain of a place. => Dana Whitlow => said
            “The results are early,” said Dr. Lena Okafor, a cardiologist at St Brendan Hospital. She added that data were missing. “I would wait for the full trial.” => I would wait for the full trial. => Lena Okafor => -
            “The results are early,” said Dr. Okafor, who treated Tal Mehta last year. She added that more was needed. “I would wait for the full trial.” => I would wait for the full trial. => Okafor => -
            “We will keep every job we can,” said Brightwater's head of operations, Nadia Koval. => We will keep every job we can, => Nadia Koval => said
            “The line reopens in May,” said Transnet's regional manager for freight, Sipho Dlamini. => The line reopens in May, => Sipho Dlamini => said
            “The runway is too short,” said Engr. Rosalinda Macaraeg-Tolentino, who heads the office. => The runway is too short, => Rosalinda Macaraeg-Tolentino => said
            “We want a hearing,” said Atty. Ramoncito Dizon-Lacson, who acts for the families. => We want a hearing, => Ramoncito Dizon-Lacson => said
            “The curve bends but never turns,” said the lead author, Dr Mirela Kastrati-Holm of the University of Tartu. => The curve bends but never turns, => Mirela Kastrati-Holm => said
            Oberbürgermeister Henrike Abendroth-Lenz said she accepted the vote. “We will respect it,” she told the Kurier. => We will respect it, => Henrike Abendroth-Lenz => told
            Rovers boss Callum Drysdale-Ness was less happy. “We had the better chances,” he said. => We had the better chances, => Callum Drysdale-Ness => said
            “We were poor in the first half,” Leeds director of cricket Dominic Alvey said. => We were poor in the first half, => Dominic Alvey => said
            “The dam held through the night,” Water and Sanitation Services Commissioner Ilse Marwood told reporters. => The dam held through the night, => Ilse Marwood => told
            “We will reopen the port by Friday,” Harbour and Coastal Works Director Paavo Rintanen said. => We will reopen the port by Friday, => Paavo Rintanen => said
            Analyst Tomas Lind of the research firm Northgate Metrics said the device was “genuinely new” but faced rivals. => genuinely new => Tomas Lind => said
            Marta Oyelese, a soil scientist at the University of Lagos in Ikeja, who did not take part in the trial, said: “The yields are remarkable.” => The yields are remarkable. => Marta Oyelese => said
            Tamsin Odell of Brightwater Capital, which owns 2% of the shares, said the board had “failed the investors”. => failed the investors => Tamsin Odell => said
            The Farmers Union chairwoman, Greta Holmqvist, a dairy farmer from the Jämtland region at the edge of the northern forests, told a rally in Östersund that her members would not “pay for the cities”. => pay for the cities => Greta Holmqvist => told
            """)
    void prefersThePersonToTheOrganisationInOrBesideTheSpeakersPhrase(String text, String content, String speaker,
            String cue) {
        assertSpeaker(text, content, speaker, "-".equals(cue) ? null : cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            The Norwegian federation of cod exporters, NSEF, said the quota would “empty the harbours within a year.”  => empty the harbours within a year.  => NSEF
            The state power company, ZESCO, said in a statement that the cuts reflected “low water in the dam”.        => low water in the dam               => ZESCO
            Brandt Logistics, the Danish haulier, cut its forecast on Monday. The company said fuel costs were “simply too high.” => simply too high.     => Brandt Logistics
            Norrland Paper said on Friday that its mill would close. In a statement, the company said the market was “gone for good”. => gone for good     => Norrland Paper
            The company said the market was “gone for good”.                                                                  => gone for good             => company
            Ferry operator Skagen Line Services said it would cut sailings. About 900 people use the route each week, according to the company. “We cannot sail empty boats,” a spokesperson for the operator said. => We cannot sail empty boats, => Skagen Line Services
            The Nordic Investment Bank held its rate. “Inflation is still too high,” the NIB said.                            => Inflation is still too high, => Nordic Investment Bank
            The fisheries ministry announced new quotas on Monday. Boat owners protested. The ministry said catches would fall “by a fifth at most”. => by a fifth at most => fisheries ministry
            The fisheries ministry said catches would fall “by a fifth at most”. => by a fifth at most => fisheries ministry
            The Ministry of Public Works said it would shut the pass. Drivers protested. The ministry said trucks would be “turned back at the tunnel”. => turned back at the tunnel => Ministry of Public Works
            The Ministry of Health said it had 40 new cases. Clinics stayed open. The health ministry said wards were “coping for now”. => coping for now => Ministry of Health
            The Ministry of Health said it had 40 new cases. Clinics stayed open. The transport ministry said buses were “running late”. => running late => transport ministry
            The Prosecutor's Office for the Western Region charged six men. Their lawyers objected. The office said the case was “far from over”. => far from over => Prosecutor's Office
            """)
    void namesTheBodyThatACommonNounStandsFor(String text, String content, String speaker) {
        assertSpeaker(text, content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            `KRAKOW, Poland — At dawn the market is empty.\n\n“Nobody comes before seven, nobody at all.”`                  => Nobody comes before seven, nobody at all.  => -
            `TROMSO (NTB) -- Fishing boats stayed in port on Monday, calling the new quota “a slow death for the north”.`    => a slow death for the north                 => -
            `Market stalls stand empty at dawn\n\nKRAKOW, Poland — At dawn the market is empty.\n\n“Nobody comes before seven, nobody at all.”` => Nobody comes before seven, nobody at all. => -
            `Stalls stand empty\n\nBy Ola Wren\n\nKRAKOW, Poland (PAP) — At dawn the market is empty.\n\n“Nobody comes before seven.”` => Nobody comes before seven. => -
            """)
    void neverTakesTheDatelineAsTheSpeaker(String text, String content, String speaker) {
        assertSpeaker(text.replace("\\n", "\n"), content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            Councillor Maarten Visser wrote the rule. Visser dismissed the warning. “We heard this before,” the councillor said.         => We heard this before,      => Maarten Visser
            Presiding Judge Mirela Costache sustained the objection. “The witness may answer,” the magistrate said.                       => The witness may answer,    => -
            Harbour coach Tomas Ferreira said the season was long. “We have won one game,” the Brazilian added.                          => We have won one game,      => Tomas Ferreira
            “We made mistakes,” the Brazilian said.                                                                                       => We made mistakes,          => -
            Peru’s energy minister on Monday defended the delay, saying the dam was “late but safe.” Minister Rosa Quispe told reporters the pipes were old. => late but safe. => Rosa Quispe
            The ESA administrator told staff the launch was “painful but right.” Later, the administrator, Hanne Lund, said more.       => painful but right.         => Hanne Lund
            Judge Ana Petrescu overruled it. “Sit down,” the judge said. Later, Maria Ilie told reporters she was sure. “We will win,” she said. => We will win,  => Maria Ilie
            """)
    void resolvesADescriptionOfTheSpeakerToThePersonItWasGivenTo(String text, String content, String speaker) {
        assertSpeaker(text, content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            “I don’t think anybody expected this,” Coach Mark Dunn said. “It was a shock to everyone.”                 => It was a shock to everyone.         => Mark Dunn
            Mayor Karen Holt told the council: “We are not going anywhere.\\n\\n“The city will rebuild, street by street.”  => The city will rebuild, street by street. => Karen Holt
            Judge Alan Price criticised the police. “The investigation was a shambles from start to finish.”          => The investigation was a shambles from start to finish. => Alan Price
            The minister was asked about the strike. Nadia Haddad said:\\n\\n“Our door remains open to the unions.”        => Our door remains open to the unions. => Nadia Haddad
            09:15 - Our correspondent Lea Marchetti is in Genoa, where the port has been shut since Friday:\\n\\n“The rain has not stopped for a day.” => The rain has not stopped for a day. => Lea Marchetti
            Anna Berg arrived first. She met Paul Fenn at the door:\\n\\n“We have nothing to hide.”                          => We have nothing to hide. => Anna Berg
            """)
    void continuesTheSpeakerOfAStandaloneQuotation(String text, String content, String speaker) {
        String t = text.replace("\\n", "\n");
        assertSpeaker(t, content, speaker, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            The storm reached the coast at dawn.\\n\\n“It came like a wall of water.” That is how Ines Varga, a teacher in Split, described it.  => It came like a wall of water.  => Ines Varga
            Prices fell again.\\n\\n“The fall has further to run, perhaps a year.” That was the view of Tomas Berg, an analyst at Fjord Bank.      => The fall has further to run, perhaps a year. => Tomas Berg
            The storm reached the coast at dawn.\\n\\n“It came like a wall of water.” The town has no sea wall.                                => It came like a wall of water.  => -
            """)
    void takesTheSpeakerThatTheNextSentenceNamesWhenItPointsBackAtTheQuotation(String text, String content,
            String speaker) {
        assertSpeaker(text.replace("\\n", "\n"), content, speaker, null);
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
    void resolvesADescriptionToTheWordWrittenBeforeAGivenPersonsName() {
        String text = "Alderman Maarten Visser wrote the rule. Visser dismissed it. “We heard this before,” the alderman said.";
        int b = text.indexOf("Maarten Visser");
        int s = text.indexOf("Visser dismissed");
        List<PersonMention> persons = List.of(new PersonMention(b, b + 14, "Maarten Visser", null),
                new PersonMention(s, s + 6, "Maarten Visser", null));
        assertEquals("Maarten Visser", read(READER, text, persons).get(0).speaker());
    }

    @Test
    void alternatesTheSpeakersOfAQuestionAndAnswerExchange() {
        String text = "Minister Ruth Obi faced questions from host Karl Jensen.\n\n"
                + "“Why did the repairs take so long?” Jensen asked.\n\n"
                + "“They did not. The money came in May,” Obi said.\n\n"
                + "“Then why was the roof still open in June?”\n\n"
                + "“Because a builder let us down.”\n\n"
                + "“Will you tell the parents yourself?”\n\n"
                + "“Yes, on Friday.”";
        assertEquals(List.of("Karl Jensen", "Ruth Obi", "Karl Jensen", "Ruth Obi", "Karl Jensen", "Ruth Obi"),
                read(READER, text, List.of()).stream().map(QuoteMatch::speaker).toList());
    }

    @Test
    void keepsOneSpeakerForAStatementOverSeveralParagraphs() {
        String text = "“The plan is ready,” Jensen said.\n\n“It will cost less,” Obi said.\n\n"
                + "“And it will be finished by June.”";
        assertEquals("Obi", read(READER, text, List.of()).get(2).speaker());
    }

    @Test
    void takesANameThatAGivenPersonExplainsAsThatPersonsMention() {
        String text = "Nina Duarte spoke first. Priyamvada Kesh, whose firm in Pune hires 300 people, closed a round.\n\n"
                + "“We did forty meetings,” she said. Kesh says investors want profits.";
        int s = text.lastIndexOf("Kesh");
        int n = text.indexOf("Nina Duarte");
        List<PersonMention> persons = List.of(new PersonMention(n, n + 11, "Nina Duarte", null),
                new PersonMention(s, s + 4, "Kesh", null));
        QuoteMatch m = read(READER, text, persons).get(0);
        assertEquals("Kesh", m.speaker());
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

    /** Given person mentions written {@code surface>canonical>role} (role {@code -} for none), found in text order. */
    private static List<PersonMention> given(String text, String persons) {
        List<PersonMention> out = new ArrayList<>();
        int from = 0;
        for (String p : persons.split("\\|")) {
            String[] f = p.split(">");
            int b = text.indexOf(f[0], from);
            out.add(new PersonMention(b, b + f[0].length(), f[1], "-".equals(f[2]) ? null : f[2]));
            from = b + f[0].length();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            Foreign Minister Ana Ruiz met Trade Minister Omar Haddad on Monday. Ruiz rejected the offer. “It is not enough,” the minister said. => Ana Ruiz>Ana Ruiz>Foreign Minister|Omar Haddad>Omar Haddad>Trade Minister|Ruiz>Ana Ruiz>- => It is not enough, => Ana Ruiz
            Ghana's Minister of Lands and Forests, Ama Darko-Boateng, said the reserve had “lost its birds”. => Ama Darko-Boateng>Ama Darko-Boateng>Ghana's Minister of Lands and Forests => lost its birds => Ama Darko-Boateng
            `Among the first to leave was Marisa Okonkwo-Hale, 52, who drove her goats out of Pine Hollow with the smoke “already over the ridge.” She slept in a church hall.` => Marisa Okonkwo-Hale>Marisa Okonkwo-Hale>- => already over the ridge. => Marisa Okonkwo-Hale
            `Among the first to leave was Marisa Okonkwo-Hale, 52, who drove her goats out of Pine Hollow. She slept in a church hall. “You pack what you can carry,” she said.` => Marisa Okonkwo-Hale>Marisa Okonkwo-Hale>- => You pack what you can carry, => Marisa Okonkwo-Hale
            `Kovács Ferenc died on Monday. Born in Pécs in 1940, the son of a baker, Kovács liked to say that he had become an engineer to annoy his father. He studied in Budapest, graduating in 1963, and spent a decade drawing culverts, which he called “the best school there is.”` => Kovács Ferenc>Kovács Ferenc>-|Kovács>Kovács Ferenc>- => the best school there is. => Kovács Ferenc
            `Vinoth Ravindran made 80. Asked whether he had thought about the national side, Ravindran laughed. “I have been thinking of my father,” he said.` => Vinoth Ravindran>Vinoth Ravindran>-|Ravindran>Vinoth Ravindran>- => I have been thinking of my father, => Vinoth Ravindran
            """)
    void attributesQuotationsWithTheGivenPersonMentions(String text, String persons, String content, String speaker) {
        QuoteMatch m = read(READER, text, given(text, persons)).stream()
                .filter(q -> text.substring(q.begin(), q.end()).equals(content)).findFirst().orElseThrow();
        assertEquals(speaker, m.speaker());
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            “The wards are full,” nurse Carla Mendes said. A sign taped to the lift, photographed by a patient, reads: “Please do not die in the corridor.”  => Please do not die in the corridor. => -
            “The wards are full,” Carla Mendes said. Health minister Tomas Varga was blunt: “There is no more money this year.”                              => There is no more money this year. => Tomas Varga
            """)
    void givesAQuotationIntroducedByAColonToItsOwnSentence(String text, String content, String speaker) {
        assertSpeaker(text, content, speaker, null);
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
