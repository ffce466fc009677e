"""The reference data's words for reading Indonesian: negators, fillers, hedges, standard forms, other senses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

Words = list[tuple[int, int, str]]  # a passage's layout: per word (sentence, clause, word), in reading order


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
                                 r"\b(saya|kami|aku|pelapor) (\w+ )?(takut|khawatir|kuatir|cemas)\b",
                                 r"\b(menuding|menuduh|dituding|dituduh)\b",
                                 r"\b(pelapor|saya|kami|aku|warga) (\w+ )?(menduga|mencurigai|curiga|mengira|menyangka)\b")
    # "tetap saja kesannya polisi mendukung paslon 2", "menurut saya polisi harusnya tidak ikut": the reporter's own
    # reading of facts the report tells otherwise; it asserts no fact, so it voids no rule's reading (round 26); nor does the
    # reporter's fear ("sy takut itu ngarahin warga"), a worry about facts the report itself then tells (round 29); nor an
    # accusation ("warganet menuding polisi itu ikut mendukung paslon"), the claim the report's facts then answer (round 43),
    # nor the reporter's suspicion ("pelapor menduga mereka mendukung paslon"), which the supervisor's findings answer (49)

    third_parties: frozenset[str] = frozenset()  # "muridnya yang memakai kaos paslon": the act in the relative
    # clause is that person's, not the reported party's (rule_match(..., own_acts=True) does not count it)

    @cached_property
    def form_of(self) -> dict[str, str]:
        return dict(self.forms)
