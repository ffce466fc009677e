"""Round 38: the general gaps the thirty-seventh blind set's misses showed (measured once unseen on round 37, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was two lawful reports given a violation or sent to manual. An official in the invited audience of a KPU
debate was read as an official act because the claim a third party spread with his photo ('pendukung paslon 2 yang
memviralkan fotonya dengan narasi ... dukung paslon 1') was read as his own appeal, and that claim also voided the
reading of an organiser's event (kegiatan_penyelenggara, UU 10/2016 Pasal 65(1) huruf c); the narration a third party
spreads with the party's photo is now that party's words, not the reported party's act (SKB 2022 binds the ASN's own
acts; UU 10/2016 Pasal 71(1) an official's own action), while a caption the party writes himself is not rewritten.
And an official who gathers his staff, village heads or officials to remind them to stay neutral does no act for a
pair, even when the report names a pair elsewhere (mengumpulkan_untuk_netralitas; UU 10/2016 Pasal 71(1), SKB 2022,
UU 20/2023 Pasal 24(1) huruf d), unless he also urges a vote, agrees to join a team, or asks for more."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


# --- a claim a third party spreads with the party's photo is not the party's act (SKB 2022; Pasal 71(1)) ------------

def test_uu_10_2016_pasal_65_an_official_invited_to_a_kpu_debate_whose_photo_volunteers_spread_with_a_claim_is_lawful():
    """UU 10/2016 Pasal 65(1) huruf c, SKB 2022: the volunteers' caption on his photo is their claim, not his act."""
    result = _classify("Sekretaris Dinas Kesehatan, Pak Herman, hadir dalam debat ketiga calon bupati yang "
                       "diselenggarakan KPU Kabupaten pada 2 November 2024 karena undangan resmi KPU untuk para kepala "
                       "OPD. Ia duduk di kursi tamu, tidak mengenakan atribut dan tidak bersorak. Esoknya akun relawan "
                       "paslon 3 menyebarkan fotonya dengan tulisan besar bahwa sekdis pilih nomor 3.",
                       position="Sekretaris Dinas Kesehatan", subject="asn_pns", day="2024-11-02")
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_an_official_who_posts_his_own_debate_photo_with_a_call_to_vote_keeps_the_violation():
    """Over-reach (SKB 2022: posting for a pair): he himself uploads the photo with a call to vote; no rewrite."""
    result = _classify("Sekretaris Dinas Kesehatan, Pak Herman, hadir dalam debat ketiga calon bupati yang "
                       "diselenggarakan KPU Kabupaten pada 2 November 2024. Malamnya dia mengunggah fotonya sendiri "
                       "di akun Facebook pribadinya dengan caption 'ayo pilih nomor 3, jangan ragu'.",
                       position="Sekretaris Dinas Kesehatan", subject="asn_pns", day="2024-11-02")
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_71_1_a_spread_claim_does_not_clear_support_he_showed_at_the_debate():
    """Over-reach (SKB 2022, UU 10/2016 Pasal 71(1)): the claim is theirs, but he wore the pair's shirt and cheered."""
    result = _classify("Sekretaris Dinas Kesehatan, Pak Herman, hadir dalam debat ketiga calon bupati yang "
                       "diselenggarakan KPU Kabupaten pada 2 November 2024 memakai kaos paslon 3 dan mengacungkan tiga "
                       "jari sambil bersorak. Esoknya akun relawan paslon 3 menyebarkan fotonya dengan narasi bahwa "
                       "sekdis pilih nomor 3.", position="Sekretaris Dinas Kesehatan", subject="asn_pns",
                       day="2024-11-02")
    assert result.category != LAWFUL


# --- gathering officials to urge neutrality is no act for a pair (UU 10/2016 Pasal 71(1); SKB 2022) ----------------

def test_uu_10_2016_pasal_71_1_a_head_of_office_gathering_his_head_teachers_to_stay_neutral_is_lawful():
    """UU 10/2016 Pasal 71(1), UU 20/2023 Pasal 24(1) huruf d: the meeting enforces neutrality; a pair named elsewhere."""
    result = _classify("Setelah relawan paslon nomor 2 beberapa kali datang ke kantornya, Kepala Dinas Pendidikan Ir. "
                       "Bambang pada 14 Oktober 2024 mengumpulkan para kepala sekolah di aula dinas lalu menegaskan "
                       "agar semuanya tetap netral selama Pilkada.", position="Kepala Dinas Pendidikan",
                       subject="asn_pns", day="2024-10-14")
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_neutrality_meeting_that_ends_with_a_call_to_win_a_pair_keeps_the_violation():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): he reminds them to be neutral, but then asks them to win pair 2."""
    result = _classify("Camat Kota Baru mengumpulkan para lurah di aula kecamatan pada 14 Oktober 2024 dan mengingatkan "
                       "agar netral, tapi di akhir rapat dia meminta mereka memenangkan paslon nomor 2 di kelurahan "
                       "masing-masing.", position="Camat Kota Baru", subject="asn_pns", day="2024-10-14")
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_a_camat_who_refused_then_agreed_to_advise_a_team_is_not_cleared_by_a_neutrality_meeting():
    """Over-reach (SKB 2022, UU 10/2016 Pasal 70(1)): he first refused, then agreed to be the team's adviser."""
    result = _classify("Camat Kota Baru awalnya menolak, tetapi akhirnya bersedia menjadi penasihat tim pemenangan "
                       "paslon nomor 1 pada 30 September 2024. Esoknya ia mengumpulkan para lurah dan mengingatkan "
                       "agar netral di depan wartawan.", position="Camat Kota Baru", subject="asn_pns",
                       day="2024-09-30")
    assert result.category != LAWFUL
