"""How far a negator reaches in a description's words: the word it negates, that word's object, the rest of a list.

`words` is a passage's layout: per word (sentence, clause, word), in reading order (passage.py)."""

from __future__ import annotations

from .language import Language, Words

LIST_CLOSERS = frozenset({"atau", "ataupun", "maupun"})  # the last item of a list under a negation
LIST_ITEMS = 5  # at most this many items after the negated clause
CONDITIONS = frozenset({"kalau", "jika", "jikalau", "bila", "apabila", "kalo"})
CONSEQUENCES = frozenset({"nanti", "maka", "bakal", "akan"})
CONDITION_REACH = 6  # words: a condition's negator stands this close after "kalau"; its consequence follows
CONJUNCTIONS = frozenset({"lalu", "kemudian", "dan", "terus", "sambil", "serta", "lantas", "setelah", "sesudah",
                          "sebelum", "tetapi", "tapi", "namun", "sedangkan"})
PURPOSE = frozenset({"untuk", "agar", "supaya"})  # "menolak diajak tim untuk ikut kampanye": the purpose is denied
REASONS = frozenset({"karena", "sebab", "lantaran", "soalnya"})  # "tidak ada karena sudah diunggah ulang": the reason
# given for what is denied is not denied (round 15)
WITHOUT = frozenset({"tanpa"})
ACT_JOINERS = frozenset({"dan", "serta", "lalu", "kemudian", "sambil"})
VERB_PREFIXES = ("me", "ber", "di")  # "mengenakan", "berjoget", "dipasang": a verb opens the next act
TIME_OPENERS = frozenset({"saat", "ketika", "waktu", "sewaktu", "tatkala"})
TIME_PREDICATES = frozenset({"dilakukan", "dilaksanakan", "digelar", "diadakan"})
TIME_REACH = 3  # words: "belum turun saat pelantikan dilakukan": a clause of time whose act is done (passive) is
# asserted (the approval had not come when the inauguration was held: UU 10/2016 Pasal 71(2); round 32); "tidak
# bersorak saat yel-yel berlangsung" still denies his part in the chant (round 16)


def _in_threat(words: Words, i: int) -> bool:
    """Whether the negator at word `i` sits in the condition of a threat or promise: "kalau (tanggal 27) tidak
    coblos paslon 2 nanti namanya dicoret" states what the listener must not fail to do, and the consequence
    ("nanti", "maka", "akan") follows in the same sentence; it denies nothing the party did (round 23; a threat
    to aid recipients for a pair is an act under UU 10/2016 Pasal 71(1))."""
    s = words[i][0]
    before = [k for k in range(max(i - CONDITION_REACH, 0), i) if words[k][0] == s]
    conditions = [k for k in before if words[k][2] in CONDITIONS]
    if not conditions:
        return False
    after = [k for k in range(i + 1, min(i + CONDITION_REACH + 6, len(words))) if words[k][0] == s]
    # the consequence may come first: "bantuan ini tidak akan ada lagi kalau bukan nomor 2 yang menang" (round 33)
    first = [k for k in range(max(conditions[0] - CONDITION_REACH - 2, 0), conditions[0]) if words[k][0] == s]
    return any(words[k][2] in CONSEQUENCES for k in after + first)


def negated_words(words: Words, language: Language, contrasts: set[tuple[int, int]]) -> set[int]:
    """Word indexes a negator reaches: the fillers after it, the word it negates and, unless the negation sits
    in a relative clause ("warga yang tidak memilih calon"), that word's object (`object_scope` words), and the
    rest of a list the negated clause opens ("belum pernah melihatnya kampanye, pasang atribut, atau mengajak
    warga memilih": every item, up to the one after "atau")."""
    negated: set[int] = set()
    clauses: dict[tuple[int, int], list[int]] = {}
    for k, (s, c, _) in enumerate(words):
        clauses.setdefault((s, c), []).append(k)
    for i, (s, c, word) in enumerate(words):
        if word not in language.negators:
            continue
        if _in_threat(words, i):  # "kalau ... tidak coblos paslon 2, nanti namanya dicoret": a threat's condition
            continue
        relative = i > 0 and words[i - 1][2] in language.relatives and words[i - 1][:2] == (s, c)
        j, fillers = i + 1, 0
        while (j < len(words) and words[j][:2] == (s, c) and words[j][2] in language.fillers
               and fillers < language.window):
            j, fillers = j + 1, fillers + 1
        if j >= len(words) or words[j][:2] != (s, c) or words[j][2] in language.not_only:
            continue
        last = j if relative else j + language.object_scope
        if not relative:  # "tidak ada nama atau foto paslon bupati sama sekali": the emphatic closer ends the span
            closer = [k for k in clauses[(s, c)] if k > j and words[k][2] == "sekali" and words[k - 1][2] == "sama"]
            last = max(last, closer[0]) if closer else last
        if not relative:
            purpose = [k for k in range(j + 1, min(last + 2, len(words))) if words[k][:2] == (s, c)
                       and words[k][2] in PURPOSE]
            if purpose:
                last = max(last, purpose[0] + 1 + language.object_scope)
            last = _list_item_object(words, language, j, last, s, c)
        # "bukan karena mendukung paslon" denies the reason itself; "tidak ada karena ..." denies what "ada" says
        reason = [k for k in range(j + (fillers == 0), min(last, len(words) - 1) + 1) if words[k][:2] == (s, c)
                  and words[k][2] in REASONS]
        if reason:
            last = reason[0] - 1
        if time := _time_clause(words, j, last, s, c):
            last = time - 1
        if word in WITHOUT and (act := _next_act(words, j, last, s, c)):
            last = act - 1
        # "tidak akan ada lagi kalau bukan nomor 2 yang menang": a negated consequence ("tidak akan", "tak bakal")
        # denies the consequence, not the condition that follows it (round 33); "tidak pernah bilang ... kalau ..."
        # still denies what he is said to have said
        if words[i + 1][2] in CONSEQUENCES and (condition := next(
                (k for k in range(j, min(last, len(words) - 1) + 1)
                 if words[k][:2] == (s, c) and words[k][2] in CONDITIONS), None)):
            last = condition - 1
        negated.update(k for k in range(i + 1, min(last, len(words) - 1) + 1) if words[k][:2] == (s, c))
        if not relative and last >= clauses[(s, c)][-1]:
            negated.update(_negated_list(words, language, contrasts, s, c, clauses))
    return negated


def _next_act(words: Words, j: int, last: int, s: int, c: int) -> int | None:
    """Where a conjunction opens the party's next act after "tanpa" ("hadir tanpa seragam dan mengenakan kaos
    bergambar paslon": only the uniform is denied; the shirt is worn); round 46."""
    for k in range(j + 1, min(last, len(words) - 2) + 1):
        if words[k][:2] != (s, c):
            return None
        if words[k][2] in ACT_JOINERS and words[k + 1][:2] == (s, c) and words[k + 1][2].startswith(VERB_PREFIXES):
            return k
    return None


def _time_clause(words: Words, j: int, last: int, s: int, c: int) -> int | None:
    """Where a clause of time with its own predicate opens after the negated word ("jawabannya belum turun saat
    pelantikan dilakukan": the inauguration took place; only the answer is denied); round 32."""
    for k in range(j + 1, min(last, len(words) - 1) + 1):
        if words[k][:2] != (s, c):
            return None
        if words[k][2] in TIME_OPENERS and any(
                words[n][:2] == (s, c) and words[n][2] in TIME_PREDICATES
                for n in range(k + 2, min(k + 2 + TIME_REACH, len(words)))):
            return k
    return None


def _list_item_object(words: Words, language: Language, j: int, last: int, s: int, c: int) -> int:
    """Where a negation ends when the negated words are a list of acts: the last item after "atau"/"maupun" in the
    span carries its own object ("tidak ikut bertepuk atau bersorak saat yel-yel": the yel-yel too), up to a
    conjunction that opens another act ("tidak memakai kaos atau topi lalu berorasi": not the speech); round 16."""
    scope = language.object_scope
    closers = [k for k in range(j + 1, min(last + 1, len(words) - 1) + 1)  # or right after it: "tidak ada bukti ia
               if words[k][:2] == (s, c) and words[k][2] in LIST_CLOSERS]  # mengerahkan warga atau memakai ..." (round 44)
    if not closers:
        return last
    for k in range(last + 1, min(closers[-1] + 1 + scope, len(words) - 1) + 1):
        if words[k][:2] != (s, c) or words[k][2] in CONJUNCTIONS or words[k][2] in language.negators:
            return k - 1
    return max(last, closers[-1] + 1 + scope)


def _negated_list(words: Words, language: Language, contrasts: set[tuple[int, int]], s: int, c: int,
                  clauses: dict[tuple[int, int], list[int]]) -> list[int]:
    """The items of a list after a clause whose negation reaches its end: short clauses up to one that opens
    with "atau"/"maupun" ("tidak memakai kaos, topi, atau rompi paslon") or, written without the comma before
    it, holds the closer between its first items ("tidak terlihat membalas, memberi reaksi atau meneruskan pesan
    itu": round 21); none when no such closer follows, so "tidak memakai atribut, lalu berorasi" negates nothing
    after the comma, and none past a clause a contrast word opens ("tidak memakai kaos, tetapi mengacungkan jari
    atau berteriak": what follows "tetapi" is asserted)."""
    items: list[int] = []
    for n in range(c + 1, c + 1 + LIST_ITEMS):
        indexes = clauses.get((s, n))
        if not indexes or words[indexes[0]][2] in language.negators or (s, n) in contrasts:
            return []
        if words[indexes[0]][2] in LIST_CLOSERS:
            return items + indexes[:language.object_scope + 2]
        inner = [p for p, k in enumerate(indexes[1:language.object_scope + 1], 1) if words[k][2] in LIST_CLOSERS]
        if inner:
            end = inner[0] + 1 + language.object_scope
            stop = next((p for p, k in enumerate(indexes) if p > inner[0] and (words[k][2] in CONJUNCTIONS
                                                                              or words[k][2] in language.negators)),
                        len(indexes))
            return items + indexes[:min(end + 1, stop)]
        if len(indexes) > language.object_scope + 1:
            return []
        items += indexes
    return []
