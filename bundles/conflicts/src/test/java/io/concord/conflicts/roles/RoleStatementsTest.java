package io.concord.conflicts.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleStatementsTest {
    /**
     * Text | the name, annotated at each of its whole-name and surname mentions | the roles stated away from the
     * name, as {@code role @ statement}, joined by {@code ;}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Lena Marsh arrived in Quito on Monday. The deputy trade minister met farmers there.  | Lena Marsh | deputy trade minister @ The deputy trade minister
            Lena Marsh, who was sacked as trade minister in May, met farmers.                   | Lena Marsh | former trade minister @ Lena Marsh, who was sacked as trade minister
            Lena Marsh, who resigned as mayor of Quito last year, met farmers.                  | Lena Marsh | former mayor of Quito @ Lena Marsh, who resigned as mayor of Quito
            Lena Marsh, who was appointed trade minister in May, met farmers.                   | Lena Marsh | trade minister @ Lena Marsh, who was appointed trade minister
            Lena Marsh met farmers. Marsh, the water minister, said prices would rise.          | Lena Marsh | water minister @ Marsh, the water minister
            Lena Marsh met farmers. Marsh is the country's agriculture minister.                | Lena Marsh | country's agriculture minister @ Marsh is the country's agriculture minister
            Lena Marsh met farmers in Quito. She was Ecuador's ambassador to Peru until 2020.   | Lena Marsh | former Ecuador's ambassador to Peru @ She was Ecuador's ambassador to Peru
            Lena Marsh met farmers. The former central bank governor, now an adviser, spoke.    | Lena Marsh | former central bank governor @ The former central bank governor
            Lena Marsh met farmers. Marsh, the first woman to lead the union, spoke.            | Lena Marsh | none
            Lena Marsh met Tom Reyes in Quito. The trade minister said prices would rise.      | Lena Marsh; Tom Reyes | none
            Lena Marsh met the president in Quito. The president said prices would rise.       | Lena Marsh | none
            Lena Marsh met farmers. Deputy minister Tom Reyes said prices would rise.           | Lena Marsh; Tom Reyes | none
            Lena Marsh met farmers. The minister's office said prices would rise.               | Lena Marsh | none
            Lena Marsh met farmers. Marsh said the minister was wrong.                          | Lena Marsh | none
            Lena Marsh met farmers. Marsh is expected to meet the trade minister.               | Lena Marsh | none
            Lena Marsh met farmers. Marsh, now the country's trade minister, said so.           | Lena Marsh | country's trade minister @ Marsh, now the country's trade minister
            Lena Marsh met farmers. Marsh, formerly the trade minister, said so.                | Lena Marsh | former trade minister @ Marsh, formerly the trade minister
            Lena Marsh, who led the trade mission, met farmers.                                | Lena Marsh | head of the trade mission @ Lena Marsh, who led the trade mission
            Lena Marsh, who owns a farm in Loja, met buyers.                                    | Lena Marsh | owner of the farm in Loja @ Lena Marsh, who owns a farm in Loja
            Lena Marsh manages the farm for its owners.                                         | Lena Marsh | manager of the farm @ Lena Marsh manages the farm
            Lena Marsh, who led the way, met farmers.                                           | Lena Marsh | none
            """)
    void findsRolesStatedAwayFromTheName(String text, String names, String expected) {
        List<AnnotationRecord> people = new ArrayList<>();
        for (String name : names.split(";")) {
            String full = name.strip();
            String surname = full.substring(full.lastIndexOf(' ') + 1);
            for (int sur = text.indexOf(surname); sur >= 0; sur = text.indexOf(surname, sur + 1)) {
                int begin = sur >= full.length() - surname.length()
                        && text.startsWith(full, sur - (full.length() - surname.length())) ? sur - (full.length() - surname.length()) : sur;
                people.add(new AnnotationRecord("person", begin, sur + surname.length(),
                        text.substring(begin, sur + surname.length()), Map.of("canonical", full)));
            }
        }
        people.sort(Comparator.comparingInt(AnnotationRecord::begin));
        DocumentRecord doc = new DocumentRecord("d", text, people, List.of());
        List<String> found = RoleStatements.find(TestViews.views().of(doc)).stream()
                .map(s -> s.role() + " @ " + text.substring(s.begin(), s.end())).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ; ")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Lena Marsh met farmers. "Prices will rise," the deputy trade minister said.     | Prices will rise, | deputy trade minister @ the deputy trade minister
            Lena Marsh met farmers. "Prices will rise," said the former trade minister.    | Prices will rise, | former trade minister @ the former trade minister
            Lena Marsh met farmers. "Prices will rise," Marsh said.                          | Prices will rise, | none
            Lena Marsh met farmers. "Prices will rise," the minister's office said.          | Prices will rise, | none
            Lena Marsh met farmers. "Prices will rise," said the trade minister's spokesman. | Prices will rise, | none
            Lena Marsh met farmers. "Prices will rise," the acting trade minister said.      | Prices will rise, | acting trade minister @ the acting trade minister
            Lena Marsh met the minister. "Prices will rise," the trade minister said.        | Prices will rise, | none
            """)
    void readsTheTitleInAQuotesAttribution(String text, String quote, String expected) {
        boolean named = text.contains("deputy") || text.contains("former") || text.contains("Marsh said");
        List<AnnotationRecord> annotations = new ArrayList<>();
        annotations.add(new AnnotationRecord("person", 0, 10, "Lena Marsh", Map.of("canonical", "Lena Marsh")));
        int q = text.indexOf(quote);
        annotations.add(new AnnotationRecord("quote", q, q + quote.length(), quote, named ? Map.of("speaker", "Lena Marsh") : Map.of()));
        int m = text.indexOf("Marsh said");
        if (m >= 0) {
            annotations.add(new AnnotationRecord("person", m, m + 5, "Marsh", Map.of("canonical", "Lena Marsh")));
        }
        annotations.sort(Comparator.comparingInt(AnnotationRecord::begin));
        List<String> found = RoleStatements.find(TestViews.views().of(new DocumentRecord("d", text, annotations, List.of())))
                .stream().map(s -> s.role() + " @ " + text.substring(s.begin(), s.end())).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }
}
