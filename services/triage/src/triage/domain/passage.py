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
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .language import Language
from .literals import may_match
from .negation import negated_words
from .text import compiled, matches, normalise
from .whose_act import told_of_others

HEARSAY_ABOUT_THE_ACT = frozenset({"itu", "ini", "dia", "ia", "beliau", "orangnya", "yang", "cuma", "hanya", "sekadar",
                                   "sekedar", "bukan", "tidak", "mereka"})
HEDGE_SENTENCE = 30  # words: a longer sentence is a run-on one, where a hedge reaches only HEDGE_REACH words
HEDGE_REACH = 12

_ABBREVIATION = re.compile(r"\b(no|nomor|jl|jln|kec|kab|kel|ds|h|hj|dr|drs|ir|rp|st|pt|bpk|sdr|sdri|tgl|prov|dll|dsb|"
                           r"[a-z])\.(?=\s*\w)", re.IGNORECASE)
_REDUPLICATED = re.compile(r"\b([A-Za-z]{3,})2\b")  # "guru2", "rumah2": informal reduplication
_QUOTED_SPEECH = re.compile(r"\b(katanya|kata dia|kata beliau|jarene|cenah|ceunah)\s*[,:]?\s*(?=[\"“”'‘])",
                            re.IGNORECASE)  # 'katanya "..."' introduces the party's own words: no hearsay
_QUOTED_BEFORE = re.compile(r"([\"“”'‘’])(\s*[,.]?\s*(?:gitu|gt|gtu|begitu|bgitu|gituh)?\s*)"
                            r"\b(katanya|kata dia|kata beliau|jarene|cenah|ceunah)\b", re.IGNORECASE)
# "'Sing ora melu nomer telu ojo njaluk bantuan meneh' gitu katanya": 'katanya' after the quoted words tells whose they
# are, like 'katanya "..."' before them: the party's own words, no hearsay; not words quoted from someone who told the
# reporter ("warga bilang 'kades mau coret' gitu katanya"; round 34)
_TOLD_BY_OTHERS = re.compile(r"\b(?:warga|orang|orang2|tetangga|teman|saksi|mereka|kabar|dengar|denger|gosip|isu|isunya)"
                             r"\b", re.IGNORECASE)


def _quoted_before(raw: str) -> str:
    def own(match: re.Match) -> str:
        sentence = raw[max(raw.rfind(".", 0, match.start()), raw.rfind("\n", 0, match.start())) + 1:match.start()]
        sentence = re.sub(r"[\"“”'‘’][^\"“”'‘’]*$", "", sentence)  # the quoted words themselves say nothing of who told
        return match.group(0) if _TOLD_BY_OTHERS.search(sentence) else f"{match.group(1)}{match.group(2)}ucapnya"
    return _QUOTED_BEFORE.sub(own, raw)


_SPOKEN_TO_AN_AUDIENCE = re.compile(
    r"(?<!warga )(?<!tetangga )(?<!orang )(?<!teman )(?<!yang )(?<!mereka )(?<!saksi )"
    r"\b((?:ngomong|bilang|berkata|bicara|berbicara|berpidato|pidato|berpesan|menyampaikan|mengumumkan|berteriak|teriak)"
    r"(?:\s+(?:langsung|lgsg|lsg|secara langsung))?\s+(?:di\s*depan|di\s*hadapan|depan|kepada\s+(?:para|semua|seluruh)|"
    r"ke\s+(?:para|semua|seluruh)|di\s+tengah)\s(?!(?:saya|kami|aku|pelapor|kita)\b)[^.!?;\n]{0,80}?,\s*)"
    r"(katanya|jarene|cenah|ceunah)\b", re.IGNORECASE)
# "pak kades ngomong langsung di depan warga yang antri, katanya yang terima BLT wajib coblos paslon 2": 'katanya'
# after the party's own speech to an audience tells what he said there, not a rumour; not what someone told the
# reporter ("warga bilang di depan saya, katanya ...": hearsay); round 25
# "beliau meminta tiap RT mengumpulkan KTP ..., katanya buat pendataan": the purpose the party himself gives for his own
# request or words in the same sentence reports what he said, not a rumour (round 33)
OWN_PURPOSE = re.compile(r"\b(?:beliau|dia|ia|terlapor|ybs|yang bersangkutan|(?:pak|bu|bapak|ibu) \w+) (?:\w+ ){0,2}"
                         r"(?:meminta|minta|bilang|berkata|mengatakan|menyuruh|menyampaikan|memerintahkan|mengumumkan)"
                         r"\b.* katanya (?:buat|untuk|supaya|agar|biar)\b")
ANSWERS = frozenset({"katanya", "kata mereka", "kata beliau", "kata dia"})  # in a sentence that opens with the
# reporter's own inquiry ("setelah saya tanyakan ke Polsek, katanya mereka bertugas pengamanan"): the answer he was
# given, like "dari Polres kami mendapat penjelasan ...", not hearsay (round 25)


def _own_purpose(text: str, found: re.Match) -> bool:
    return found.group(0).strip() == "katanya" and bool(OWN_PURPOSE.search(text[:found.end() + 8]))


def _hearsay(language: Language, text: str) -> bool:
    """Whether a sentence carries hearsay or guesswork, not counting the purpose the party gives ("katanya buat")."""
    return any(not _own_purpose(text, m) for pattern in language.hedges if may_match(pattern, text)
               for m in compiled(pattern).finditer(text))


_SENTENCE_END = re.compile(r"([.!?;\n]+)(?:\s|$)")  # captured: a sentence ending in "?" asks, it does not assert
_CLAUSE_BREAK = re.compile(r"[,:()\[\]\"“”]|\s[-–—]+\s|\b(?:tetapi|tapi|namun|melainkan|sedangkan|padahal)\b",
                           re.IGNORECASE)



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
    _found: dict[str, tuple[Found, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def _read(self) -> tuple[list[list[str]], list[tuple[str, str]], set[int], set[tuple[int, int]]]:
        """Each sentence as its clauses, each clause normalised (no padding), its words in their standard forms and
        its other-sense expressions rewritten; the rewrites made (what was read, as what); the sentences that end in
        a question mark; the clauses (sentence, clause) a contrast word opens ("tetapi", "namun" ...)."""
        raw = _REDUPLICATED.sub(r"\1 \1", _ABBREVIATION.sub(r"\1 ", self.raw or ""))
        raw = _QUOTED_SPEECH.sub("ucapnya ", raw)
        raw = _quoted_before(raw)
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
            sense = compiled(pattern)
            for match in sense.finditer(clause):
                read = sense.sub(replacement, match.group(0)).strip()
                if (match.group(0).strip(), read) not in rewrites:
                    rewrites.append((match.group(0).strip(), read))
            clause = " ".join(sense.sub(replacement, clause).split())
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
                     for pattern in self.language.hedges for m in compiled(pattern).finditer(text)
                     if not (answered and m.group(0).strip() in ANSWERS) and not _own_purpose(text, m)]
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
        return any(_hearsay(self.language, " " + " ".join(sentence) + " ")
                   for s, sentence in enumerate(self._sentences) if s not in self._corrected_hearsay)

    @property
    def asks_anywhere(self) -> bool:
        """Whether any sentence of the report is a question that asks rather than asserts (hearsay a later sentence
        corrects is not asserted either, but the reporter does not ask about it)."""
        return bool(self._asked_sentences - self._corrected_hearsay)

    def _word_at(self, offset: int) -> int:
        return max(bisect_right(self._layout[1], offset) - 1, 0)

    @cached_property
    def _negated_words(self) -> set[int]:
        return negated_words(self._layout[2], self.language, self._read[3])

    @cached_property
    def _others(self) -> tuple[set[int], set[int]]:
        return told_of_others(self._layout[2], self.language)

    @property
    def _others_words(self) -> set[int]:
        return self._others[0]

    @property
    def _other_subject_words(self) -> set[int]:
        return self._others[1]

    def _negated(self, start: int) -> bool:
        return bool(self._layout[2]) and self._word_at(start) in self._negated_words

    def find(self, pattern: str) -> tuple[Found, ...]:
        """Every occurrence of the pattern, each marked negated or hedged. The reference data's rules share many
        patterns; each is searched once per passage (the search is most of a classification's time)."""
        if (known := self._found.get(pattern)) is not None:
            return known
        self._found[pattern] = found = self._search(pattern)
        return found

    def _search(self, pattern: str) -> tuple[Found, ...]:
        text, _, words = self._layout
        if not may_match(pattern, text):
            return ()
        found = []
        for match in compiled(pattern).finditer(text):
            if not (phrase := match.group(0).strip()):
                continue
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            sentence = words[self._word_at(start)][0] if words else 0
            word = self._word_at(start) if words else -1
            found.append(Found(phrase, start, self._negated(start), word in self._hedged_words,
                               sentence in self._asked_sentences, word in self._others_words,
                               sentence in self._opinion_sentences, word in self._other_subject_words))
        return tuple(found)
