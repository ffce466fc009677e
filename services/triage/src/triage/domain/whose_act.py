"""Whose act a phrase tells: someone else's in a relative clause ("muridnya yang memakai kaos paslon"), the
candidate's in a clause of time ("waktu calon berpidato"), the reporter's own role ("saya saksi paslon 2").

`words` is a passage's layout: per word (sentence, clause, word), in reading order (passage.py)."""

from __future__ import annotations

from .language import Language, Words
from .negation import CONJUNCTIONS

TEAM_WORDS = frozenset({"sukses", "pemenangan", "kampanye", "relawan"})  # "tim sukses yang ..."
RELATIVE_FILLERS = frozenset({"terus", "selalu", "sering", "masih", "sudah", "telah", "baru"})
WHILE_WORDS = frozenset({"waktu", "saat", "ketika", "sewaktu", "selagi", "tatkala", "semasa"})
PAIR_ACTORS = frozenset({"calon", "paslon", "cabup", "cawabup", "cagub", "cawagub", "cawalkot", "cawawalkot",
                         "cawali", "kandidat", "petahana", "jurkam"})
# "berdiri dekat tangga panggung waktu calon berpidato": a clause of time whose subject is the candidate tells the
# candidate's act, not the reported party's (SKB 2022 binds the ASN's own acts; round 23)
DETERMINERS = frozenset({"para", "seorang", "sang", "si", "beberapa", "sebagian", "semua", "seluruh", "dua", "tiga",
                         "banyak"})  # "para warga yang hadir ...": the third party still opens its clause (round 28)
REPORTERS = frozenset({"saya", "kami", "aku", "pelapor"})
REPORTER_LINKS = frozenset({"adalah", "sebagai", "selaku", "merupakan", "ini", "juga", "yang", "menjadi"})
REPORTER_ROLES = frozenset({"saksi", "tim", "timses", "relawan", "pendukung", "simpatisan", "kader", "pemantau"})
# "saya saksi paslon 2 di TPS 01", "kami tim paslon nomor 3 melaporkan ...": the reporter's own role, told to say who
# reports; it tells nothing the party did (SKB 2022 and UU 10/2016 Pasal 70-71 weigh the party's acts; round 29)
REPORTER_ACTS = frozenset({"foto", "memfoto", "memotret", "potret", "rekam", "merekam", "sebar", "menyebarkan", "sebarkan",
                           "kirim", "mengirim", "kirimkan", "mengirimkan", "unggah", "mengunggah", "teruskan",
                           "meneruskan", "screenshot", "tangkap", "lampirkan", "melampirkan", "simpan", "menyimpan"})
REPORTER_FILLERS = frozenset({"sudah", "telah", "juga", "lalu", "kemudian", "sempat", "langsung", "yang", "pun"})
# "saya foto dan sebar di grup WA": the reporter's own acts in reporting; they tell nothing the party did (round 51)
MEDIA_WORDS = frozenset({"story", "status", "unggahan", "postingan", "posting", "akun", "reels", "feed", "snapgram",
                         "kiriman"})
MEDIA_PLATFORMS = frozenset({"ig", "instagram", "wa", "whatsapp", "fb", "facebook", "tiktok", "milik"})
# "fotonya ada di IG story teman saya": the upload is the friend's, not the party's (round 51)
SCREENSHOTS = frozenset({"ss", "screenshot", "tangkapan", "skrinsut"})  # "ss ig story": the reporter's copy (round 52)
PASSIVE_ACTS = frozenset({"diunggah", "diposting", "dibagikan", "disebarkan", "disebar", "dishare", "diupload",
                          "dipublikasikan", "dipasang", "ditempel", "dibuat", "dipajang"})
AGENTS = frozenset({"tim", "timses", "paslon", "calon", "relawan", "pendukung", "simpatisan", "warga"})
# "foto yang kemudian diunggah tim paslon": a passive act whose agent is the team is the team's (round 53)
KIN = frozenset({"suaminya", "istrinya", "isterinya", "anaknya", "menantunya", "mertuanya", "adiknya", "kakaknya",
                 "ayahnya", "ibunya", "iparnya", "keponakannya", "sepupunya", "pamannya", "bibinya"})
KIN_LINKS = frozenset({"adalah", "menjadi", "jadi", "merupakan", "sebagai", "selaku"})
KIN_ROLES = frozenset({"ketua", "wakil", "sekretaris", "bendahara", "koordinator", "anggota", "tim", "timses",
                       "relawan", "pengurus", "kader", "jurkam", "saksi", "korlap", "penggerak"})
KIN_OF_OFFICE = frozenset({"istri", "isteri", "suami", "anak", "menantu"})
OFFICES = frozenset({"kepala", "kades", "camat", "lurah", "keuchik", "kadis", "bupati", "wali", "walikota", "sekdes",
                     "kapolsek", "danramil", "babinsa", "guru"})  # "istri kepala desa ...": the relative of an office
KIN_REACH = 4  # words between the relative and the link, in its sentence: "suaminya, seorang kontraktor swasta, adalah ketua tim"
# "suaminya, seorang kontraktor swasta, adalah ketua tim pemenangan": the relative's own role in the team, told to
# say who the relative is; it is no role of the party's (SKB 2022 binds the ASN's own acts, not the family's; round 50)


Marks = tuple[set[int], set[int]]  # word indexes told of someone else; those whose someone else is the clause's subject


def told_of_others(words: Words, language: Language) -> Marks:
    """Word indexes of an act told of someone else: the candidate's in a clause of time, the reporter's own role or
    acts, a friend's upload or the reporter's screenshot, a passive act of the team, a relative's role in a team, and
    an act in a relative clause after "<third party> yang". Second, those of them whose someone else is the subject
    of the clause ("orang yang memakai kaos paslon adalah sopir truk"), not the object of an act of the party
    ("mendata warga yang siap mendukung"); round 28."""
    others: set[int] = set()
    subjects: set[int] = set()
    if not language.third_parties:
        return others, subjects
    for reading in (_candidates_clause_of_time, _reporters_role, _reporters_acts_and_others_uploads, _relatives_role,
                    _relative_clause):
        told, told_subjects = reading(words, language)
        others |= told
        subjects |= told_subjects
    return others, subjects


def _span(words: Words, start: int, scope: int) -> set[int]:
    """From `start`, up to `scope` more words of its clause, to the first conjunction after it."""
    span = set()
    for k in range(start, min(start + scope + 1, len(words))):
        if words[k][:2] != words[start][:2] or (k > start and words[k][2] in CONJUNCTIONS):
            break
        span.add(k)
    return span


def _candidates_clause_of_time(words: Words, language: Language) -> Marks:
    """"waktu calon berpidato": only the candidate speaks (round 23)."""
    others: set[int] = set()
    for i, (s, c, word) in enumerate(words[:-2]):
        if word in WHILE_WORDS and words[i + 1][2] in PAIR_ACTORS and words[i + 1][:2] == (s, c):
            for k in range(i + 2, min(i + 3 + language.object_scope, len(words))):
                if words[k][:2] != (s, c) or (k > i + 2 and words[k][2] in CONJUNCTIONS):
                    break
                others.add(k)
    return others, set()


def _reporters_role(words: Words, language: Language) -> Marks:
    """"saya saksi paslon 2": the reporter's role, told to say who reports (round 29)."""
    told: set[int] = set()
    for i, (s, c, word) in enumerate(words):
        if word not in REPORTERS:
            continue
        j = i + 1
        while j < len(words) and words[j][:2] == (s, c) and words[j][2] in REPORTER_LINKS and j - i <= 2:
            j += 1
        if j < len(words) and words[j][:2] == (s, c) and words[j][2] in REPORTER_ROLES:
            told |= _span(words, j, language.object_scope)
    return told, set(told)


def _reporters_acts_and_others_uploads(words: Words, language: Language) -> Marks:
    """"saya foto dan sebar" (the reporter opens the clause; round 51), "diunggah tim paslon" (round 53), "story teman
    saya" (round 51), "ss ig story" (round 52)."""
    others: set[int] = set()
    subjects: set[int] = set()
    for i, (s, c, word) in enumerate(words):
        if word in REPORTERS and (i == 0 or words[i - 1][:2] != (s, c) or words[i - 1][2] in CONJUNCTIONS):
            j = i + 1  # the reporter opens the clause: "perawat puskesmas kami foto bareng" is the nurse's photo
            while j < len(words) and words[j][:2] == (s, c) and words[j][2] in REPORTER_FILLERS:
                j += 1
            while j < len(words) and words[j][:2] == (s, c) and words[j][2] in REPORTER_ACTS:
                others.add(j)
                subjects.add(j)
                j += 1
                if j + 1 < len(words) and words[j][2] in ("dan", "lalu", "kemudian") and words[j + 1][2] in REPORTER_ACTS:
                    j += 1
        elif word in PASSIVE_ACTS:
            k = i + 1
            while k < len(words) and words[k][:2] == (s, c) and words[k][2] in ("oleh", "langsung", "sendiri"):
                k += 1
            if k < len(words) and words[k][:2] == (s, c) and words[k][2] in AGENTS:
                others.add(i)
        elif word in MEDIA_WORDS:
            k = i + 1
            while k < len(words) and words[k][:2] == (s, c) and words[k][2] in MEDIA_PLATFORMS:
                k += 1
            if k < len(words) and words[k][:2] == (s, c) and words[k][2] in language.third_parties | {"kawan", "temen"}:
                others.add(i)
            elif any(words[b][:2] == (s, c) and words[b][2] in SCREENSHOTS for b in range(max(i - 2, 0), i)):
                others.add(i)  # "ss ig story ... saya lampirkan": the reporter's screenshot of it
    return others, subjects


def _relatives_role(words: Words, language: Language) -> Marks:
    """"suaminya adalah ketua tim pemenangan" (round 50), "anaknya, Yosef, anggota tim kampanye" and "istri kepala desa
    ... jadi koordinator relawan" (round 56): the relative's role in the team."""
    told: set[int] = set()
    for i, (s, c, word) in enumerate(words):
        office_kin = word in KIN_OF_OFFICE and i + 1 < len(words) and words[i + 1][2] in OFFICES
        if word not in KIN and not office_kin:
            continue
        reach = KIN_REACH + (4 if office_kin else 0)  # "istri kepala desa air batu ibu rosmawati jadi koordinator"
        links = [j for j in range(i + 1, min(i + reach + 2, len(words)))
                 if words[j][0] == s and words[j][2] in KIN_LINKS]  # the apposition may be its own clause
        if links:
            j = links[0] + 1
            if j >= len(words) or words[j][:2] != words[j - 1][:2] or words[j][2] not in KIN_ROLES:
                continue
            told.add(j - 1)  # "jadi koordinator relawan": the link opens the phrase of the role
        else:  # "anaknya, Yosef Tefa, anggota tim kampanye": the role in apposition, with no link (round 56)
            j = next((k for k in range(i + 1, min(i + 5, len(words)))
                      if words[k][0] == s and words[k][2] in KIN_ROLES and words[k][2] != "tim"), len(words))
            if j >= len(words):
                continue
        told |= _span(words, j, language.object_scope)
    return told, set(told)


def _relative_clause(words: Words, language: Language) -> Marks:
    """After "<third party> yang" (murid, warga, tetangga, tim sukses ...), fillers, the verb and its object, up to a
    conjunction ("warga yang hadir lalu diajak memilih": only "hadir"); the subject's when the third party opens its
    clause (round 28)."""
    others: set[int] = set()
    subjects: set[int] = set()
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
