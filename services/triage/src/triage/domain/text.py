"""Matching the reference data's patterns against Indonesian free text, with negation and hedges.

A description becomes a `Passage`: lowercase ASCII words, sentences kept apart (" . "), so a phrase never spans two
sentences. A match is NEGATED when a negator ("tidak", "tanpa", "bukan", "belum" ...) reaches it in the same clause:
the word right after the negator (fillers allowed: "tidak pernah ikut kampanye") and that word's object ("tanpa
atribut atau nama calon", "tidak menyebut program pemerintah"). In a relative clause only the verb is negated:
"warga yang tidak memilih calon" still speaks of a candidate. "tidak hanya memasang" negates nothing. A match is HEDGED when
its sentence carries hearsay or guesswork ("katanya", "sepertinya", "menurut warga").

Before matching, each word is read in its standard Indonesian form (`forms`: regional and colloquial words such as
Javanese "ora", Sundanese "teu", Minang "indak" -> "tidak"; "nyoblos" -> "mencoblos"), and a few expressions in which
an election word has another sense are rewritten (`senses`: "kampanye imunisasi" is health information, not an
election campaign; "calon pemilih" is no candidate). Each rewrite is kept (`Passage.rewrites`) so the reasons can
say how the text was read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .reference import Rule

LIST_CLOSERS = frozenset({"atau", "ataupun", "maupun"})  # the last item of a list under a negation
LIST_ITEMS = 5  # at most this many items after the negated clause
TEAM_WORDS = frozenset({"sukses", "pemenangan", "kampanye", "relawan"})  # "tim sukses yang ..."
RELATIVE_FILLERS = frozenset({"terus", "selalu", "sering", "masih", "sudah", "telah", "baru"})
HEARSAY_ABOUT_THE_ACT = frozenset({"itu", "ini", "dia", "ia", "beliau", "orangnya", "yang", "cuma", "hanya", "sekadar",
                                   "sekedar", "bukan", "tidak", "mereka"})
CONDITIONS = frozenset({"kalau", "jika", "jikalau", "bila", "apabila", "kalo"})
CONSEQUENCES = frozenset({"nanti", "maka", "bakal", "akan"})
CONDITION_REACH = 6  # words: a condition's negator stands this close after "kalau"; its consequence follows
WHILE_WORDS = frozenset({"waktu", "saat", "ketika", "sewaktu", "selagi", "tatkala", "semasa"})
PAIR_ACTORS = frozenset({"calon", "paslon", "cabup", "cawabup", "cagub", "cawagub", "cawalkot", "cawawalkot",
                         "cawali", "kandidat", "petahana", "jurkam"})
# "berdiri dekat tangga panggung waktu calon berpidato": a clause of time whose subject is the candidate tells the
# candidate's act, not the reported party's (SKB 2022 binds the ASN's own acts; round 23)
CONJUNCTIONS = frozenset({"lalu", "kemudian", "dan", "terus", "sambil", "serta", "lantas", "setelah", "sesudah",
                          "sebelum", "tetapi", "tapi", "namun", "sedangkan"})
PURPOSE = frozenset({"untuk", "agar", "supaya"})  # "menolak diajak tim untuk ikut kampanye": the purpose is denied
REASONS = frozenset({"karena", "sebab", "lantaran", "soalnya"})  # "tidak ada karena sudah diunggah ulang": the reason
# given for what is denied is not denied (round 15)
DETERMINERS = frozenset({"para", "seorang", "sang", "si", "beberapa", "sebagian", "semua", "seluruh", "dua", "tiga",
                         "banyak"})  # "para warga yang hadir ...": the third party still opens its clause (round 28)
REPORTERS = frozenset({"saya", "kami", "aku", "pelapor"})
REPORTER_LINKS = frozenset({"adalah", "sebagai", "selaku", "merupakan", "ini", "juga", "yang", "menjadi"})
REPORTER_ROLES = frozenset({"saksi", "tim", "timses", "relawan", "pendukung", "simpatisan", "kader", "pemantau"})
# "saya saksi paslon 2 di TPS 01", "kami tim paslon nomor 3 melaporkan ...": the reporter's own role, told to say who
# reports; it tells nothing the party did (SKB 2022 and UU 10/2016 Pasal 70-71 weigh the party's acts; round 29)
HEDGE_SENTENCE = 30  # words: a longer sentence is a run-on one, where a hedge reaches only HEDGE_REACH words
HEDGE_REACH = 12

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_ABBREVIATION = re.compile(r"\b(no|nomor|jl|jln|kec|kab|kel|ds|h|hj|dr|drs|ir|rp|st|pt|bpk|sdr|sdri|tgl|prov|dll|dsb|"
                           r"[a-z])\.(?=\s*\w)", re.IGNORECASE)
_REDUPLICATED = re.compile(r"\b([A-Za-z]{3,})2\b")  # "guru2", "rumah2": informal reduplication
_QUOTED_SPEECH = re.compile(r"\b(katanya|kata dia|kata beliau|jarene|cenah|ceunah)\s*[,:]?\s*(?=[\"“”'‘])",
                            re.IGNORECASE)  # 'katanya "..."' introduces the party's own words: no hearsay
_SPOKEN_TO_AN_AUDIENCE = re.compile(
    r"(?<!warga )(?<!tetangga )(?<!orang )(?<!teman )(?<!yang )(?<!mereka )(?<!saksi )"
    r"\b((?:ngomong|bilang|berkata|bicara|berbicara|berpidato|pidato|berpesan|menyampaikan|mengumumkan|berteriak|teriak)"
    r"(?:\s+(?:langsung|lgsg|lsg|secara langsung))?\s+(?:di\s*depan|di\s*hadapan|depan|kepada\s+(?:para|semua|seluruh)|"
    r"ke\s+(?:para|semua|seluruh)|di\s+tengah)\s(?!(?:saya|kami|aku|pelapor|kita)\b)[^.!?;\n]{0,80}?,\s*)"
    r"(katanya|jarene|cenah|ceunah)\b", re.IGNORECASE)
# "pak kades ngomong langsung di depan warga yang antri, katanya yang terima BLT wajib coblos paslon 2": 'katanya'
# after the party's own speech to an audience tells what he said there, not a rumour; not what someone told the
# reporter ("warga bilang di depan saya, katanya ...": hearsay); round 25
ANSWERS = frozenset({"katanya", "kata mereka", "kata beliau", "kata dia"})  # in a sentence that opens with the
# reporter's own inquiry ("setelah saya tanyakan ke Polsek, katanya mereka bertugas pengamanan"): the answer he was
# given, like "dari Polres kami mendapat penjelasan ...", not hearsay (round 25)
_SENTENCE_END = re.compile(r"([.!?;\n]+)(?:\s|$)")  # captured: a sentence ending in "?" asks, it does not assert
_CLAUSE_BREAK = re.compile(r"[,:()\[\]\"“”]|\s[-–—]+\s|\b(?:tetapi|tapi|namun|melainkan|sedangkan|padahal)\b",
                           re.IGNORECASE)


def normalise(text: str | None) -> str:
    """Lowercase ASCII words separated by single spaces, padded with one space at each end."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " " + _NOT_ALNUM.sub(" ", ascii_text.lower()).strip() + " "


def standard_words(normalised: str, forms: dict[str, str]) -> str:
    """Normalised text with each word in its standard form (padded like `normalise`)."""
    words = [forms.get(word, word) for word in normalised.split()]
    return " " + " ".join(word for word in words if word) + " "


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def hits(patterns: Iterable[str], text: str) -> list[str]:
    """The text each matching pattern found (first occurrence), in pattern order, without repeats."""
    found: list[str] = []
    for pattern in patterns:
        match = _compiled(pattern).search(text)
        if match and (word := match.group(0).strip()) and word not in found:
            found.append(word)
    return found


def matches(patterns: Iterable[str], text: str) -> bool:
    return any(_compiled(pattern).search(text) for pattern in patterns)


@dataclass(frozen=True)
class Language:
    """The reference data's words for negation (single words) and hedging (patterns over normalised text)."""

    negators: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()  # may stand between a negator and what it negates ("tidak pernah ikut")
    window: int = 3  # at most this many filler words between
    hedges: tuple[str, ...] = ()
    object_scope: int = 3  # words after the negated word that it also covers ("tidak menyebut program pemerintah")
    not_only: frozenset[str] = frozenset({"hanya", "sekadar", "cuma", "semata", "saja"})  # "tidak hanya ...": none
    relatives: frozenset[str] = frozenset({"yang", "yg"})
    forms: tuple[tuple[str, str], ...] = ()  # a word -> its standard form ("ora" -> "tidak")
    senses: tuple[tuple[str, str], ...] = ()  # a pattern over a normalised clause -> its replacement
    rhetorical: frozenset[str] = frozenset({"kok", "koq", "masa", "masak", "bukankah", "bukannya", "kenapa", "mengapa",
                                            "kan"})  # a question with one of these asserts
    about_the_law: frozenset[str] = frozenset({"boleh", "bolehkah", "diperbolehkan", "dibolehkan", "melanggar",
                                               "pelanggaran", "dilarang", "larangan", "diizinkan", "netral",
                                               "netralitas", "aturan", "aturannya", "ditindak", "dilaporkan"})
    # a question with one of these asks what the law says of facts it takes as given ("apakah guru boleh jadi
    # panitia acara paslon?"): it is no hedge on those facts, though the reporter still asks (calibration.py) ...
    hypothetical: frozenset[str] = frozenset({"kalau", "jika", "bila", "apabila", "seandainya", "andai", "andaikan",
                                              "misalnya", "misal", "saya", "aku", "kami", "kita"})
    # ... unless it is about a case that may not have happened ("apakah saya boleh hadir ...?", "kalau ASN ...?")

    impressions: frozenset[str] = frozenset({"kira", "kirain", "dikira", "mengira", "sangka", "disangka", "menyangka",
                                             "seolah", "seakan", "curiga", "mencurigai", "menduga", "setau",
                                             "setahu", "sepengetahuan"})
    corrections: frozenset[str] = frozenset({"ternyata", "rupanya"})
    # "saya kira buat cabup no 2. ternyata ... pemilihan ketua PGRI": a first impression a later sentence corrects is
    # not asserted (like a question that asks); "seolah ikut mendukung. setelah saya cek video lengkapnya, ..." is one
    # too: the reporter's check opens the correcting sentence (round 20). So is the reporter's suspicion ("saya curiga
    # polisi memihak") that the next sentence answers with what the reporter then asked or was told ("setelah saya
    # tanya ke BPD, ...", "namun dari Polres kami mendapat penjelasan bahwa ..."): round 22. And the reporter's belief
    # ("setau saya beliau masih ngajar") that the next sentence answers with what he asked ("waktu saya tanya kepala
    # sekolah, ..."): round 23
    correction_openers: tuple[str, ...] = (
        r"^ (setelah|sesudah|usai) (saya |kami |pelapor |pengawas |panwascam |pkd )?(cek|mengecek|dicek|periksa|"
        r"memeriksa|diperiksa|telusuri|menelusuri|ditelusuri|klarifikasi|mengklarifikasi|diklarifikasi|tonton|"
        r"menonton|lihat|melihat|tanya|bertanya|tanyakan|menanyakan|ditanyakan|konfirmasi|mengonfirmasi|"
        r"dikonfirmasi)\b",
        r"^ ((dari|menurut|kepada) (\w+ ){0,3})?(saya|kami|pelapor) (kemudian |lalu |akhirnya |sudah )?(mendapat|"
        r"memperoleh|menerima|diberi) (\w+ )?(penjelasan|keterangan|klarifikasi|konfirmasi|jawaban)\b",
        r"^ (waktu|ketika|saat|pas|begitu) (saya|kami|pelapor) (\w+ )?(tanya|bertanya|tanyakan|menanyakan|cek|mengecek|"
        r"konfirmasi|mengonfirmasi|klarifikasi|mengklarifikasi)\b",)

    opinions: tuple[str, ...] = (r"\b(kesannya|terkesan|seakan akan|seolah olah)\b",
                                 r"\b(menurut|perasaan|pendapat) (saya|kami|pelapor|aku)\b",
                                 r"\b(saya|kami|aku) (rasa|merasa|menilai|anggap|menganggap)\b",
                                 r"\b(saya|kami|aku|pelapor) (\w+ )?(takut|khawatir|kuatir|cemas)\b")
    # "tetap saja kesannya polisi mendukung paslon 2", "menurut saya polisi harusnya tidak ikut": the reporter's own
    # reading of facts the report tells otherwise; it asserts no fact, so it voids no rule's reading (round 26); nor does the
    # reporter's fear ("sy takut itu ngarahin warga"), a worry about facts the report itself then tells (round 29)

    third_parties: frozenset[str] = frozenset()  # "muridnya yang memakai kaos paslon": the act in the relative
    # clause is that person's, not the reported party's (rule_match(..., own_acts=True) does not count it)

    @cached_property
    def form_of(self) -> dict[str, str]:
        return dict(self.forms)


@dataclass(frozen=True)
class Found:
    phrase: str
    start: int
    negated: bool
    hedged: bool
    asked: bool = False  # in a question that asks ("apakah polisi berpihak?"): the reporter does not assert it
    others: bool = False  # in a relative clause about someone else ("warga yang hadir"): not the party's act
    opinion: bool = False  # in a sentence of the reporter's own opinion ("kesannya polisi mendukung paslon 2")
    other_subject: bool = False  # in a relative clause about someone else that opens its clause as its subject
    # ("orang yang memakai kaos paslon adalah sopir truk"): that person's act, not one the party did to anyone
    # (round 28)


@dataclass
class Passage:
    """A description prepared for matching: `text` is what patterns see (sentences apart, padded with spaces)."""

    raw: str
    language: Language = field(default_factory=Language)

    @cached_property
    def _read(self) -> tuple[list[list[str]], list[tuple[str, str]], set[int], set[tuple[int, int]]]:
        """Each sentence as its clauses, each clause normalised (no padding), its words in their standard forms and
        its other-sense expressions rewritten; the rewrites made (what was read, as what); the sentences that end in
        a question mark; the clauses (sentence, clause) a contrast word opens ("tetapi", "namun" ...)."""
        raw = _REDUPLICATED.sub(r"\1 \1", _ABBREVIATION.sub(r"\1 ", self.raw or ""))
        raw = _QUOTED_SPEECH.sub("ucapnya ", raw)
        raw = _SPOKEN_TO_AN_AUDIENCE.sub(r"\1ucapnya", raw)
        rewrites: list[tuple[str, str]] = []
        sentences: list[list[str]] = []
        questions: set[int] = set()
        contrasts: set[tuple[int, int]] = set()
        pieces = _SENTENCE_END.split(raw)
        for index, sentence in enumerate(pieces[::2]):
            if 2 * index + 1 < len(pieces) and "?" in pieces[2 * index + 1]:
                questions.add(index)
            clauses: list[str] = []
            start, contrast = 0, False
            for brake in [*_CLAUSE_BREAK.finditer(sentence), None]:
                part = sentence[start:brake.start()] if brake else sentence[start:]
                if part and (clause := normalise(part).strip()) and (clause := self._standard(clause, rewrites)):
                    if contrast:
                        contrasts.add((index, len(clauses)))
                    clauses.append(clause)
                    contrast = False
                if brake:
                    start, contrast = brake.end(), contrast or brake.group(0)[:1].isalpha()
            sentences.append(clauses)
        return sentences, rewrites, questions, contrasts

    def _standard(self, clause: str, rewrites: list[tuple[str, str]]) -> str:
        forms = self.language.form_of
        if forms:
            words = clause.split()
            standard = [forms.get(word, word) for word in words]
            for word, form in zip(words, standard, strict=True):
                if form != word and (word, form) not in rewrites:
                    rewrites.append((word, form))
            clause = " ".join(word for word in standard if word)
        for pattern, replacement in self.language.senses:
            compiled = _compiled(pattern)
            for match in compiled.finditer(clause):
                read = compiled.sub(replacement, match.group(0)).strip()
                if (match.group(0).strip(), read) not in rewrites:
                    rewrites.append((match.group(0).strip(), read))
            clause = " ".join(compiled.sub(replacement, clause).split())
        return clause

    @property
    def _sentences(self) -> list[list[str]]:
        return self._read[0]

    @property
    def rewrites(self) -> list[tuple[str, str]]:
        """How the text was read: (word or expression, its standard form or other sense)."""
        return self._read[1]

    @cached_property
    def _layout(self) -> tuple[str, list[int], list[tuple[int, int, str]]]:
        """The text, the start offset of each word, and per word (sentence, clause, word)."""
        text, starts, words = " ", [], []
        for s, sentence in enumerate(self._sentences):
            if not sentence:
                continue
            if words:
                text += ". "
            for c, clause in enumerate(sentence):
                for word in clause.split():
                    starts.append(len(text))
                    words.append((s, c, word))
                    text += word + " "
        return text, starts, words

    @property
    def text(self) -> str:
        return self._layout[0]

    @cached_property
    def _hedged_words(self) -> set[int]:
        """Word indexes in hearsay or guesswork, and in questions that are not rhetorical ("apakah ia ikut
        kampanye?" asks; "kok ikut kampanye?" asserts). A hedge qualifies its sentence; in a run-on sentence of more
        than HEDGE_SENTENCE words (a chat message without stops) only the HEDGE_REACH words on either side of it:
        "katanya" about the envelope's source does not make the speech heard by everyone hearsay."""
        _, _, words = self._layout
        by_sentence: dict[int, list[int]] = {}
        for k, (s, _, _) in enumerate(words):
            by_sentence.setdefault(s, []).append(k)
        hedged: set[int] = set()
        for s, indexes in by_sentence.items():
            said = {words[k][2] for k in indexes}
            if s in self._asked_sentences and (not said & self.language.about_the_law
                                               or said & self.language.hypothetical):
                hedged.update(indexes)
                continue
            text = " " + " ".join(words[k][2] for k in indexes) + " "
            answered = matches(self.language.correction_openers, text)  # "setelah saya tanyakan ..., katanya ..."
            spans = [(text.count(" ", 0, m.start() + 1) - 1, text.count(" ", 0, m.end()) - 1)
                     for pattern in self.language.hedges for m in _compiled(pattern).finditer(text)
                     if not (answered and m.group(0).strip() in ANSWERS)]
            if not spans:
                continue
            # "ia ditugaskan dengan surat tugas jaga P3K, katanya kampanye paslon lain juga dijaga begitu": a hedge
            # that opens the sentence's last clause and tells something of its own adds a rumour to what the
            # reporter asserts first: only that clause is hearsay (round 23); one in the middle ("..., katanya
            # kelelahan, ...") still qualifies the sentence, and so does one that names who the actor was ("...,
            # katanya itu pak camat") or plays the act down ("..., katanya cuma mampir"): it is about the act told
            opening = [first for first, last in spans if first > 0 and last + 1 < len(indexes)
                       and words[indexes[first]][1] != words[indexes[first - 1]][1]
                       and words[indexes[first]][1] == words[indexes[-1]][1]
                       and words[indexes[last + 1]][2] not in HEARSAY_ABOUT_THE_ACT]
            if len(opening) == len(spans):
                hedged.update(indexes[min(opening):])
                continue
            if len(indexes) <= HEDGE_SENTENCE:
                hedged.update(indexes)
                continue
            for first, last in spans:
                hedged.update(indexes[max(first - HEDGE_REACH, 0):last + HEDGE_REACH + 1])
        return hedged

    @cached_property
    def _asked_sentences(self) -> set[int]:
        """Questions that ask rather than assert ("apakah ia ikut kampanye?"; not "kok ikut kampanye?"), and first
        impressions a later sentence corrects ("saya kira ... . ternyata ...")."""
        questions, language = self._read[2], self.language
        words = [set(" ".join(sentence).split()) for sentence in self._sentences]
        asked = {s for s, said in enumerate(words) if s in questions and not said & language.rhetorical}
        return asked | self._impressions_corrected | self._corrected_hearsay

    @cached_property
    def _impressions_corrected(self) -> set[int]:
        """The sentences that give the reporter's first impression or belief ("saya kira ...", "setau saya beliau
        masih ngajar") which one of the next two sentences corrects ("ternyata ...", "waktu saya tanya ...")."""
        words = [set(" ".join(sentence).split()) for sentence in self._sentences]
        return {s for s, said in enumerate(words) if said & self.language.impressions
                and any(self._corrects(later) for later in range(s + 1, min(s + 3, len(words))))}

    @cached_property
    def _opinion_sentences(self) -> set[int]:
        """The sentences that give the reporter's own opinion of the facts ("tetap saja kesannya polisi mendukung
        paslon 2", "menurut saya ..."): they assert no fact of their own (round 26)."""
        return {s for s, sentence in enumerate(self._sentences)
                if matches(self.language.opinions, " " + " ".join(sentence) + " ")}

    @property
    def corrected_impressions(self) -> list[str]:
        """Those sentences as the text reads them: not asserted, so they show nothing of the party's status (round
        23)."""
        return [" " + " ".join(self._sentences[s]) + " " for s in sorted(self._impressions_corrected)]

    def _corrects(self, s: int) -> bool:
        """Whether sentence `s` corrects what an earlier one said: "ternyata", "rupanya", or it opens with the
        reporter's own check ("setelah saya cek video lengkapnya, ...")."""
        sentence = self._sentences[s]
        return bool(set(" ".join(sentence).split()) & self.language.corrections) or matches(
            self.language.correction_openers, " " + " ".join(sentence) + " ")

    @cached_property
    def _corrected_hearsay(self) -> set[int]:
        """Hearsay a later sentence corrects from what the reporter saw ("dikumpulkan, katanya rapat kebersihan.
        ternyata camat meminta memilih nomor 2"; "ada yang bilang ia menyukai postingan itu. saya cek, ternyata ..."):
        the pretext or rumour is not asserted, and it is no hearsay about what the report does assert (round 11)."""
        language, sentences = self.language, self._sentences
        words = [set(" ".join(sentence).split()) for sentence in sentences]
        return {s for s, sentence in enumerate(sentences)
                if matches(language.hedges, " " + " ".join(sentence) + " ")
                and not words[s] & language.corrections
                and any(later & language.corrections for later in words[s + 1:s + 3])}

    @property
    def hearsay_anywhere(self) -> bool:
        """Whether any sentence of the report carries hearsay or guesswork ("katanya", "sepertinya")."""
        return any(matches(self.language.hedges, " " + " ".join(sentence) + " ")
                   for s, sentence in enumerate(self._sentences) if s not in self._corrected_hearsay)

    @property
    def asks_anywhere(self) -> bool:
        """Whether any sentence of the report is a question that asks rather than asserts (hearsay a later sentence
        corrects is not asserted either, but the reporter does not ask about it)."""
        return bool(self._asked_sentences - self._corrected_hearsay)

    def _word_at(self, offset: int) -> int:
        return max(bisect_right(self._layout[1], offset) - 1, 0)

    def _in_threat(self, i: int) -> bool:
        """Whether the negator at word `i` sits in the condition of a threat or promise: "kalau (tanggal 27) tidak
        coblos paslon 2 nanti namanya dicoret" states what the listener must not fail to do, and the consequence
        ("nanti", "maka", "akan") follows in the same sentence; it denies nothing the party did (round 23; a threat
        to aid recipients for a pair is an act under UU 10/2016 Pasal 71(1))."""
        _, _, words = self._layout
        s = words[i][0]
        before = [k for k in range(max(i - CONDITION_REACH, 0), i) if words[k][0] == s]
        if not any(words[k][2] in CONDITIONS for k in before):
            return False
        after = [k for k in range(i + 1, min(i + CONDITION_REACH + 6, len(words))) if words[k][0] == s]
        return any(words[k][2] in CONSEQUENCES for k in after)

    @cached_property
    def _negated_words(self) -> set[int]:
        """Word indexes a negator reaches: the fillers after it, the word it negates and, unless the negation sits
        in a relative clause ("warga yang tidak memilih calon"), that word's object (`object_scope` words), and the
        rest of a list the negated clause opens ("belum pernah melihatnya kampanye, pasang atribut, atau mengajak
        warga memilih": every item, up to the one after "atau")."""
        _, _, words = self._layout
        language, negated = self.language, set()
        clauses: dict[tuple[int, int], list[int]] = {}
        for k, (s, c, _) in enumerate(words):
            clauses.setdefault((s, c), []).append(k)
        for i, (s, c, word) in enumerate(words):
            if word not in language.negators:
                continue
            if self._in_threat(i):  # "kalau ... tidak coblos paslon 2, nanti namanya dicoret": a threat's condition
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
                last = self._list_item_object(j, last, s, c)
            # "bukan karena mendukung paslon" denies the reason itself; "tidak ada karena ..." denies what "ada" says
            reason = [k for k in range(j + (fillers == 0), min(last, len(words) - 1) + 1) if words[k][:2] == (s, c)
                      and words[k][2] in REASONS]
            if reason:
                last = reason[0] - 1
            negated.update(k for k in range(i + 1, min(last, len(words) - 1) + 1) if words[k][:2] == (s, c))
            if not relative and last >= clauses[(s, c)][-1]:
                negated.update(self._negated_list(s, c, clauses))
        return negated

    def _list_item_object(self, j: int, last: int, s: int, c: int) -> int:
        """Where a negation ends when the negated words are a list of acts: the last item after "atau"/"maupun" in the
        span carries its own object ("tidak ikut bertepuk atau bersorak saat yel-yel": the yel-yel too), up to a
        conjunction that opens another act ("tidak memakai kaos atau topi lalu berorasi": not the speech); round 16."""
        words, scope = self._layout[2], self.language.object_scope
        closers = [k for k in range(j + 1, min(last, len(words) - 1) + 1)
                   if words[k][:2] == (s, c) and words[k][2] in LIST_CLOSERS]
        if not closers:
            return last
        for k in range(last + 1, min(closers[-1] + 1 + scope, len(words) - 1) + 1):
            if words[k][:2] != (s, c) or words[k][2] in CONJUNCTIONS or words[k][2] in self.language.negators:
                return k - 1
        return max(last, closers[-1] + 1 + scope)

    @property
    def _others_words(self) -> set[int]:
        return self._others[0]

    @property
    def _other_subject_words(self) -> set[int]:
        return self._others[1]

    @cached_property
    def _others(self) -> tuple[set[int], set[int]]:
        """Word indexes of an act told of someone else in a relative clause: after "<third party> yang" (murid,
        warga, tetangga, tim sukses ...), fillers, the verb and its object (`object_scope` words), up to a
        conjunction ("warga yang hadir lalu diajak memilih": only "hadir"); and in a clause of time whose subject is
        the candidate ("waktu calon berpidato": only the candidate speaks; round 23). Second, those of them whose
        third party opens its clause, so that the relative clause is the clause's subject ("orang yang memakai kaos
        paslon adalah sopir truk"), not the object of an act of the party ("mendata warga yang siap mendukung");
        round 28."""
        _, _, words = self._layout
        language, others, subjects = self.language, set(), set()
        if not language.third_parties:
            return others, subjects
        for i, (s, c, word) in enumerate(words[:-2]):  # "waktu calon berpidato": the candidate's act (round 23)
            if word in WHILE_WORDS and words[i + 1][2] in PAIR_ACTORS and words[i + 1][:2] == (s, c):
                for k in range(i + 2, min(i + 3 + language.object_scope, len(words))):
                    if words[k][:2] != (s, c) or (k > i + 2 and words[k][2] in CONJUNCTIONS):
                        break
                    others.add(k)
        for i, (s, c, word) in enumerate(words):  # "saya saksi paslon 2": the reporter's role (round 29)
            if word not in REPORTERS:
                continue
            j = i + 1
            while j < len(words) and words[j][:2] == (s, c) and words[j][2] in REPORTER_LINKS and j - i <= 2:
                j += 1
            if j < len(words) and words[j][:2] == (s, c) and words[j][2] in REPORTER_ROLES:
                for k in range(j, min(j + language.object_scope + 1, len(words))):
                    if words[k][:2] != (s, c) or (k > j and words[k][2] in CONJUNCTIONS):
                        break
                    others.add(k)
                    subjects.add(k)
        for i, (s, c, word) in enumerate(words):
            if word not in language.relatives or i == 0 or words[i - 1][:2] != (s, c):
                continue
            before = words[i - 1][2]
            team = i > 1 and words[i - 2][2] == "tim" and before in TEAM_WORDS
            if before not in language.third_parties and not team:
                continue
            opening = i < 2 or words[i - 2][:2] != (s, c) or (words[i - 2][2] in DETERMINERS and (
                i < 3 or words[i - 3][:2] != (s, c)))
            told = set()
            j = i + 1
            while j < len(words) and words[j][:2] == (s, c) and words[j][2] in language.fillers | RELATIVE_FILLERS:
                told.add(j)
                j += 1
            for k in range(j, min(j + language.object_scope + 1, len(words))):
                if words[k][:2] != (s, c) or (k > j and words[k][2] in CONJUNCTIONS):
                    break
                told.add(k)
            others |= told
            if opening:
                subjects |= told
        return others, subjects

    def _negated_list(self, s: int, c: int, clauses: dict[tuple[int, int], list[int]]) -> list[int]:
        """The items of a list after a clause whose negation reaches its end: short clauses up to one that opens
        with "atau"/"maupun" ("tidak memakai kaos, topi, atau rompi paslon") or, written without the comma before
        it, holds the closer between its first items ("tidak terlihat membalas, memberi reaksi atau meneruskan pesan
        itu": round 21); none when no such closer follows, so "tidak memakai atribut, lalu berorasi" negates nothing
        after the comma, and none past a clause a contrast word opens ("tidak memakai kaos, tetapi mengacungkan jari
        atau berteriak": what follows "tetapi" is asserted)."""
        words, language = self._layout[2], self.language
        contrasts = self._read[3]
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

    def _negated(self, start: int) -> bool:
        return bool(self._layout[2]) and self._word_at(start) in self._negated_words

    def find(self, pattern: str) -> list[Found]:
        """Every occurrence of the pattern, each marked negated or hedged."""
        text, _, words = self._layout
        found = []
        for match in _compiled(pattern).finditer(text):
            if not (phrase := match.group(0).strip()):
                continue
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            sentence = words[self._word_at(start)][0] if words else 0
            word = self._word_at(start) if words else -1
            found.append(Found(phrase, start, self._negated(start), word in self._hedged_words,
                               sentence in self._asked_sentences, word in self._others_words,
                               sentence in self._opinion_sentences, word in self._other_subject_words))
        return found


@dataclass(frozen=True)
class RuleMatch:
    rule: Rule
    phrases: list[str]
    negated: list[str]
    hedged: bool  # every group's evidence is hedged somewhere... see `evidence_hedged`
    denied: bool = False  # the rule would match but for a negation: every group occurs, some only negated


def rule_match(rule: Rule, passage: Passage, own_acts: bool = False) -> RuleMatch | None:
    """The rule's evidence: per group the first phrase that is not negated (None: the rule does not match).
    Hedged when the evidence of some group occurs only in hedged sentences. A `none_of` phrase voids the rule only
    where the report asserts it: not negated, not only asked ("apakah polisi itu berpihak?") and not only the reporter's
    opinion ("kesannya polisi mendukung paslon 2", round 26), and not only told of someone else in a relative clause
    ("orang yang memakai kaos paslon 2 adalah sopir truk": a relative clause that opens its clause as its subject tells
    that person's act, which voids no reading of the party's own duty; round 28), while one about the object of the
    party's act ("mendata warga yang siap mendukung") still does. `own_acts`: the act
    (the first group) told of someone else in a relative clause ("muridnya yang memakai kaos paslon") does not count;
    the target of an act may be ("mencabut bantuan warga yang tidak memilih petahana")."""
    if any(not f.negated and not f.asked and not f.opinion and not f.other_subject
           for pattern in rule.none_of for f in passage.find(pattern)):
        return None
    if any(passage.find(pattern) for pattern in rule.unless_mentioned):
        return None
    phrases, negated, hedged = [], [], False
    for index, group in enumerate(rule.all_of):
        found = [f for pattern in group for f in passage.find(pattern) if not (own_acts and index == 0 and f.others)]
        live = [f for f in found if not f.negated]
        negated += [f.phrase for f in found if f.negated and f.phrase not in negated]
        if not live:
            return RuleMatch(rule, [], negated, False, _occurs(rule.all_of[index + 1:], passage)) if negated else None
        firm = [f for f in live if not f.hedged]
        hedged = hedged or not firm
        best = (firm or live)[0].phrase
        if best not in phrases:
            phrases.append(best)
    return RuleMatch(rule, phrases, negated, hedged)


def _occurs(groups: list[list[str]], passage: Passage) -> bool:
    """Whether every group has an occurrence, negated or not."""
    return all(any(passage.find(pattern) for pattern in group) for group in groups)


def rule_hits(rule: Rule, text: str) -> list[str]:
    """What made the rule match in already normalised text, without negation (empty: it does not match)."""
    if matches(rule.none_of, text) or matches(rule.unless_mentioned, text):
        return []
    found: list[str] = []
    for group in rule.all_of:
        group_hits = hits(group, text)
        if not group_hits:
            return []
        found += [word for word in group_hits if word not in found]
    return found


def any_rule_hits(rules: Iterable[Rule], text: str) -> list[str]:
    for rule in rules:
        if found := rule_hits(rule, text):
            return found
    return []


def normalise_name(full_name: str | None, titles: Iterable[str]) -> str:
    """A reported party's name without titles: "H. Darmawan Saputra, S.Pd., M.Si." -> "darmawan saputra".

    Degrees follow the first comma; honorifics and degrees written without a comma are dropped at either end."""
    drop = set(titles)
    words = normalise((full_name or "").split(",", 1)[0]).split()
    while words and words[0] in drop:
        words.pop(0)
    while words and words[-1] in drop:
        words.pop()
    return " ".join(words)
