package io.concord.conflicts.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTitleTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            President                                   | former US President                         | status
            US President                                | President                                   | none
            Secretary General                           | Secretary-General                           | none
            Putin’s adviser                             | foreign policy aide to Putin                | none
            senior advisor on foreign policy to Putin   | Putin’s foreign policy aide                 | none
            Foreign Minister                            | Ukrainian Foreign Minister                  | none
            Foreign Minister                            | Defence Minister                            | portfolio
            Vice President                              | President                                   | status
            President-elect                             | President                                   | status
            Deputy Prime Minister                       | Prime Minister                              | status
            President                                   | Prime Minister                              | office
            Commission President                        | European Commission President               | none
            Commission President                        | former defence minister                     | none
            special envoy of Russian President Vladimir Putin | US envoy                              | none
            head of the national security council       | secretary of the National Security Council  | none
            Energy Commissioner                         | EU Energy Commissioner                      | none
            Energy Commissioner                         | Trade Commissioner                          | portfolio
            the late King                               | King                                        | status
            Brazilian Foreign Minister                  | Argentina's foreign minister                | country
            Brazil's foreign minister                   | Brazilian Foreign Minister                  | none
            the country's foreign minister              | Brazilian Foreign Minister                  | none
            US ambassador                               | US ambassador to Brazil                     | none
            Finance Minister                            | mining minister                             | portfolio
            Minister of Mines                           | Finance Minister                            | portfolio
            senior minister                             | Finance Minister                            | none
            cabinet minister                            | junior minister                             | none
            Minister of Water                           | water minister                              | none
            acting President                            | President                                   | status
            interim Prime Minister                      | Prime Minister                              | status
            ex-President                                | President                                   | status
            outgoing President                          | President                                   | none
            Justice                                     | Chief Justice                               | status
            Justice                                     | Judge                                       | none
            High Court Justice                          | judge                                       | none
            Justice Minister                            | Minister of Justice                         | none
            Justice Minister                            | Chief Justice                               | none
            Chief Justice                               | chief justice of the Supreme Court          | none
            prosecutor                                  | deputy prosecutor                           | status
            Marseille prosecutor                        | prosecutor                                  | none
            state prosecutor                            | former prosecutor                           | status
            wife                                        | daughter                                    | none
            company spokesman                           | Company spokesman                           | none
            coach                                       | assistant coach                             | status
            Railways Minister                           | minister of state for railways              | status
            Railways Minister                           | State Minister of Railways                  | status
            State Minister for Railways                 | minister of state for railways              | none
            Minister of State for Ports                 | minister of state for ports                 | none
            Secretary of State                          | minister of state                           | none
            First Deputy Governor                       | second deputy governor                      | rank
            First Deputy Governor                       | deputy governor                             | none
            second vice president                       | Second Vice President                       | none
            third deputy minister                       | Deputy Minister                             | none
            first deputy mayor                          | mayor                                       | status
            Water Minister                              | Associate Water Minister                    | status
            associate of the minister                   | minister                                    | none
            Tarvos Regional Commissioner                | district commissioner for Pell              | level
            regional commissioner                       | Tarvos Regional Commissioner                | none
            district commissioner                       | commissioner                                | none
            federal prosecutor                          | state prosecutor                            | level
            Secretary of State                          | state secretary                             | none
            national champion                           | former national champion                    | status
            general secretary of the Dockers' Union     | president of the Dockers' Union             | post
            chairman of the Glass Makers' Guild         | secretary-general of the Glass Makers' Guild | post
            general secretary                           | Secretary-General                           | none
            President                                   | General Secretary                           | none
            President of the Republic                   | general secretary of the party              | none
            """)
    void comparesRolesOfOnePerson(String a, String b, String conflict) {
        assertEquals(conflict, RoleTitle.parse(a).conflictWith(RoleTitle.parse(b)));
        assertEquals(conflict, RoleTitle.parse(b).conflictWith(RoleTitle.parse(a)));
    }
}
