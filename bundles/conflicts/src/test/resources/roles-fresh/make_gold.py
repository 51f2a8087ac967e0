# Writes conflicts.gold.json (concord.conflicts/1) for the texts in docs/: spans are found by their text.
# Eight two-report stories in which the second report changes one person's role (r*), often in another
# sentence than the name's first mention, and three whose roles only look different (c*).
# Usage: python3 make_gold.py conflicts.gold.json
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_claims import claims  # noqa: E402 (beside this set's folder)
texts, c, g, ab, same = claims(__file__)
def role(summary, a, sa, b, sb): return g("role", summary, c(a, sa, "A"), c(b, sb, "B"))
conflicts = [
 role("Wanjiru: Foreign Minister vs deputy foreign minister (next sentence)",
      "r1a_border", "Kenyan Foreign Minister Grace Wanjiru", "r1b_border", "The deputy foreign minister"),
 role("Zielinski: Defence Minister vs sacked as defence minister (relative clause)",
      "r2a_helicopters", "Polish Defence Minister Tomasz Zielinski", "r2b_helicopters", "Tomasz Zielinski, who was sacked as defence minister"),
 role("Fuentes: Chile's foreign minister vs Peruvian Foreign Minister (another country)",
      "r3a_fishing", "Chile's foreign minister, Rodrigo Fuentes", "r3b_fishing", "Peruvian Foreign Minister Rodrigo Fuentes"),
 role("Siddiqui: Finance Minister vs planning minister (later appositive)",
      "r4a_budget", "Finance Minister Ayesha Siddiqui", "r4b_budget", "Siddiqui, the planning minister"),
 role("Dahl: Former Prime Minister vs the country's prime minister (predicate)",
      "r5a_bridge", "Former Prime Minister Henrik Dahl", "r5b_bridge", "Dahl is the country's prime minister"),
 role("Conteh: President vs Vice-President",
      "r6a_election", "President Amara Conteh", "r6b_election", "Vice-President Amara Conteh"),
 role("Salcedo: central bank governor vs former central bank governor (next sentence)",
      "r7a_rates", "its governor Marta Salcedo", "r7b_rates", "The former central bank governor"),
 role("Ndlovu: Health Minister vs former health minister (later appositive)",
      "r8a_hospitals", "Health Minister Sipho Ndlovu", "r8b_hospitals", "Ndlovu, a former health minister"),
]
consistent = [
 g("role", "Demir: Turkish Foreign Minister = Turkey's foreign minister = the foreign minister",
   c("c1a_gas", "Turkish Foreign Minister Yusuf Demir"), c("c1a_gas", "Demir", None, 2), c("c1a_gas", "Demir", None, 3),
   c("c1b_gas", "Yusuf Demir, Turkey's foreign minister"), c("c1b_gas", "The foreign minister"), c("c1b_gas", "Demir", None, 2)),
 g("role", "Alexiou: Prime Minister = the premier",
   c("c2a_strike", "Prime Minister Nikos Alexiou"), c("c2a_strike", "Alexiou", None, 2), c("c2a_strike", "Alexiou", None, 3),
   c("c2b_strike", "the premier, Nikos Alexiou"), c("c2b_strike", "Alexiou", None, 2), c("c2b_strike", "the premier said")),
 g("role", "Ferraro: Interior Minister = Italy's interior minister (her deputy is another person)",
   c("c3a_police", "Interior Minister Lucia Ferraro"), c("c3a_police", "Ferraro", None, 2), c("c3a_police", "Her deputy"),
   c("c3a_police", "Ferraro", None, 3), c("c3b_police", "Lucia Ferraro"), c("c3b_police", "Ferraro, Italy's interior minister"),
   c("c3b_police", "Ferraro", None, 3), c("c3b_police", "Deputy minister")),
 g("role", "Rinaldi: her deputy = deputy minister",
   c("c3a_police", "Her deputy, Marco Rinaldi"), c("c3b_police", "Deputy minister Marco Rinaldi")),
]
out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": []}
with open(sys.argv[1] if len(sys.argv) > 1 else 'conflicts.gold.json', 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
