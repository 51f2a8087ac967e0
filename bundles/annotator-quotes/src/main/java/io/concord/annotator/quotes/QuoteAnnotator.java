package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.text.Segmentation;
import io.concord.types.Person;
import io.concord.types.Quote;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Adds a {@link Quote} for every direct quotation, with speaker, cue and the {@link Person} the speaker was
 * resolved from. Needs the people annotator's {@link Person} mentions (their canonical names); the rules
 * live in {@link QuoteReader}.
 */
@TypeCapability(inputs = {"io.concord.types.Token", "io.concord.types.Sentence", "io.concord.types.Person"},
        outputs = "io.concord.types.Quote")
public final class QuoteAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_MIN_QUOTE_WORDS = "minQuoteWords";
    public static final String PARAM_PRONOUN_LOOKBACK = "pronounLookbackSentences";
    public static final String PARAM_SINGLE_MARKS = "singleMarks";

    @ConfigurationParameter(name = PARAM_MIN_QUOTE_WORDS, defaultValue = "3",
            description = "Quoted phrases with fewer words need a reporting verb, else they are scare quotes.")
    private int minQuoteWords;

    @ConfigurationParameter(name = PARAM_PRONOUN_LOOKBACK, defaultValue = "3",
            description = "Sentences a pronoun speaker looks back for its person.")
    private int pronounLookbackSentences;

    @ConfigurationParameter(name = PARAM_SINGLE_MARKS, defaultValue = "true",
            description = "Whether curly single marks delimit quotations.")
    private boolean singleMarks;

    private QuoteReader reader;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            reader = new QuoteReader(new QuoteSettings(minQuoteWords, pronounLookbackSentences, singleMarks));
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Person> people = new ArrayList<>(jcas.select(Person.class).asList());
        List<PersonMention> mentions = new ArrayList<>(people.size());
        for (Person p : people) {
            mentions.add(new PersonMention(p.getBegin(), p.getEnd(), p.getCanonical(), p.getRole()));
        }
        for (QuoteMatch m : reader.read(Segmentation.of(jcas), mentions)) {
            Quote q = new Quote(jcas, m.begin(), m.end());
            q.setSpeaker(m.speaker());
            q.setCue(m.cue());
            if (m.speakerMention() >= 0) {
                q.setSpeakerMention(people.get(m.speakerMention()));
            }
            q.setConfidence(m.confidence());
            q.addToIndexes();
        }
    }
}
