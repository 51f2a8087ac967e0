package io.concord.wordnet;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.concord.api.text.WordSenses;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link WordSenses} service on WordNet. The dictionary is read on the first question, not at start-up
 * (a batch without quotes never pays for it), and answers are kept: the words of news repeat, and
 * syndicated copies repeat whole quotes.
 */
@Component(service = WordSenses.class)
public final class WordNetSenses implements WordSenses {
    /** Expressions remembered; past this the memory is dropped and refilled (a bound, not a policy). */
    private static final int REMEMBERED = 200_000;

    private volatile Lexicon lexicon;
    private final Map<String, List<int[]>> remembered = new ConcurrentHashMap<>();
    private final Map<Long, int[]> broaderSenses = new ConcurrentHashMap<>();

    @Override
    public int[] senses(String expression, int limit) {
        if (expression == null || expression.isBlank() || limit <= 0) {
            return new int[0];
        }
        List<int[]> perPos = remembered.get(expression);
        if (perPos == null) {
            perPos = lexicon().senses(expression);
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(expression, perPos);
        }
        int n = 0;
        for (int[] ids : perPos) {
            n += Math.min(limit, ids.length);
        }
        int[] out = new int[n];
        int k = 0;
        for (int[] ids : perPos) {
            for (int i = 0; i < ids.length && i < limit; i++) {
                out[k++] = ids[i];
            }
        }
        return out;
    }

    @Override
    public int[] broader(int sense, int levels) {
        if (levels <= 0) {
            return new int[0];
        }
        long key = (long) sense << 8 | Math.min(levels, 255);
        int[] up = broaderSenses.get(key);
        if (up == null) {
            up = lexicon().broader(sense, levels);
            if (broaderSenses.size() >= REMEMBERED) {
                broaderSenses.clear();
            }
            broaderSenses.put(key, up);
        }
        return up;
    }

    @Override
    public boolean isVerb(int sense) {
        return Lexicon.isVerb(sense);
    }

    @Override
    public boolean mayBeginExpression(String first, String second) {
        return first != null && second != null && lexicon().mayBeginExpression(first, second);
    }

    @Override
    public int longestExpression() {
        return lexicon().longestExpression();
    }

    private Lexicon lexicon() {
        Lexicon l = lexicon;
        if (l == null) {
            synchronized (this) {
                l = lexicon;
                if (l == null) {
                    l = Lexicon.load();
                    lexicon = l;
                }
            }
        }
        return l;
    }
}
