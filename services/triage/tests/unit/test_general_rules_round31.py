"""Round 31: the general gaps the twenty-ninth blind set's misses showed (measured once unseen on round 30, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
recurring blind spot is the party's refusal read as his act: a lurah who refused a team's request a sentence or two
after it (the refusal outside the old twelve-word reach) and a village head who refused an envelope ('kepala desa
kami menolak', where the reporter's possessive 'kami' was taken for the reporter's own refusal). A refusal by the
party in the same or the next sentence after the request or the offer (or later, when that sentence names the party
as the one who refused) is the party's lawful conduct; a refusal by someone else (warga, staf, pelapor), or a party
who gave in or did the act himself, explains nothing (UU 10/2016 Pasal 71(1), Pasal 73 jo. 187A; SKB 2022: only the
party's own acts count). Besides: a position that says what the party was first taken for ('semula dilaporkan
sebagai anggota Polri') and a private employer's guard name no office (UU 2/2002 Pasal 28), and an anonymous post
that names no place, pair or evidence goes to the Pokja (Perbawaslu 8/2020: syarat materiel)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION = "election_crime_official_action"
CAMPAIGN = "2024-10-21"


# --- refusing a pair's or its team's request, a sentence or two later (UU 10/2016 Pasal 71(1); SKB 2022) -------------

def test_uu_10_2016_pasal_71_1_a_lurah_who_refuses_in_the_next_sentence_is_lawful():
    """UU 10/2016 Pasal 71(1), SKB 2022: the envoy's request is the envoy's act; the lurah's refusal in the next
    sentence is no decision or action of his benefiting a pair."""
    result = _classify("Utusan cawalkot nomor 2 mendatangi kantor kelurahan Mekar Sari dan meminta Pak Lurah "
                       "mengerahkan para ketua RT untuk menyambut kampanye paslon mereka. Pak Lurah menolak dan "
                       "meminta utusan itu pergi.", position="Lurah Mekar Sari", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_camat_named_as_refusing_two_sentences_after_a_long_request_is_lawful():
    """UU 10/2016 Pasal 71(1), SKB 2022: more than twelve words between the requester and his request, and a
    sentence about someone else between the request and the camat's refusal, still tell a refusal."""
    result = _classify("Koordinator relawan calon bupati nomor 1 yang juga kerabat jauh camat datang pada hari Senin "
                       "pagi ke kantor kecamatan dan meminta camat memfasilitasi pertemuan dengan para kepala desa. "
                       "Staf kecamatan yang ada di ruangan mendengar semuanya. Camat menolak karena harus netral.",
                       position="Camat Sungai Lilin", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_camat_whose_staff_refused_while_he_gathered_the_village_heads_keeps_the_violation():
    """Over-reach (UU 10/2016 Pasal 71(1); SKB 2022: only the party's own acts count): the staff's refusal is not the
    camat's, and he gathered the village heads himself."""
    result = _classify("Tim sukses paslon nomor 1 meminta camat mengumpulkan para kepala desa untuk kampanye. Staf "
                       "kecamatan menolak, tetapi camat tetap mengumpulkan para kepala desa di aula kantor camat.",
                       position="Camat Lembah", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_residents_who_refuse_do_not_clear_a_village_head_who_campaigned_himself():
    """Over-reach (UU 6/2014 Pasal 29 huruf j; UU 10/2016 Pasal 71(1)): 'warga menolak' is the residents' refusal."""
    result = _classify("Relawan paslon nomor 2 meminta kades mengumpulkan warga di balai desa. Warga menolak datang, "
                       "tapi kades sendiri mengumpulkan perangkat desa dan berkampanye untuk paslon nomor 2.",
                       position="Kepala Desa Sukajaya", subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_village_head_who_refused_at_first_and_later_agreed_keeps_the_violation():
    """Over-reach (UU 10/2016 Pasal 71(1)): a refusal he gave up ('kemudian kades setuju dan mengumpulkan warga')
    explains nothing."""
    result = _classify("Tim sukses paslon nomor 1 meminta kades mengumpulkan warga untuk acara paslon. Kades menolak "
                       "pada awalnya. Namun seminggu kemudian kades setuju dan mengumpulkan warga di balai desa untuk "
                       "kampanye paslon nomor 1.", position="Kepala Desa Rawa", subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- refusing money politics: 'kepala desa kami menolak' (UU 10/2016 Pasal 73 jo. 187A) -----------------------------

def test_uu_10_2016_pasal_73_a_village_head_the_reporter_calls_ours_who_returns_an_envelope_is_lawful():
    """UU 10/2016 Pasal 73(1), (4) jo. Pasal 187A: giving and accepting are barred, refusing is not; 'kades kami'
    is the reporter's village head, not the reporter refusing."""
    result = _classify("Kades kami menolak serangan fajar. Ketika relawan paslon nomor 3 datang ke rumahnya membawa "
                       "amplop berisi uang, beliau tidak mau menerimanya dan mengembalikannya ke relawan itu.",
                       position="Kepala Desa Tanjung", subject="village_head", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_187a_a_lurah_who_refuses_the_envelope_in_the_next_sentence_is_lawful():
    """UU 10/2016 Pasal 73(4) jo. Pasal 187A(2): the team's offer is the team's act; 'lurah kami menolak amplop itu'
    in the next sentence is the lurah's refusal."""
    result = _classify("Tim pemenangan cabup nomor 2 menyodorkan amplop kepada lurah kami saat rapat RT. Lurah kami "
                       "menolak amplop itu di depan semua orang.", position="Lurah Sidomulyo", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_village_head_who_accepted_the_envelope_residents_refused_keeps_the_violation():
    """Over-reach (UU 10/2016 Pasal 73(4) jo. 187A(2): accepting is barred): 'warga kami menolak' is the residents',
    and 'pak kades menerima amplop itu' is his own act."""
    result = _classify("Tim sukses paslon nomor 2 datang membawa amplop untuk kades. Warga kami menolak politik uang, "
                       "tetapi pak kades menerima amplop itu dan membagikannya kepada perangkat desa.",
                       position="Kepala Desa Makmur", subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_residents_who_return_the_village_heads_envelopes_do_not_clear_him():
    """Over-reach (UU 10/2016 Pasal 73(1) jo. 187A(1)): he handed out the envelopes; the residents refused them."""
    result = _classify("Kepala desa kami membagikan amplop dari tim paslon nomor 1 kepada warga. Sebagian warga "
                       "menolak uang itu dan mengembalikannya.", position="Kepala Desa Jaya", subject="village_head",
                       day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_reporter_who_refuses_the_money_the_village_head_handed_out_does_not_clear_him():
    """Over-reach (SKB 2022: only the party's own acts count; Pasal 187A(1)): 'saya menolak' is the reporter's."""
    result = _classify("Tim sukses paslon 3 menitipkan amplop kepada pak kades untuk dibagikan. Pak kades lalu "
                       "membagikan uang itu kepada warga. Saya menolak uang itu.", position="Kepala Desa Bakti",
                       subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a private guard first taken for an officer (UU 2/2002 Pasal 28; Perbawaslu 8/2020: the facts established) -----

def test_uu_2_2002_pasal_28_a_plantation_guard_first_taken_for_a_soldier_is_a_private_person():
    """UU 2/2002 Pasal 28, UU 34/2004 Pasal 39 and the SKB 2022 bind only those who hold the office: a position that
    says what the party was first taken for ('semula disangka anggota TNI') names no office of his, and a private
    company's guard putting up a pair's banner at his house does what any citizen may."""
    result = _classify("Klarifikasi Panwascam atas foto 'anggota TNI pasang baliho paslon'. Orang dalam foto ternyata "
                       "Sdr. Rudi, satpam perusahaan sawit yang memakai seragam loreng perusahaan, sedang memasang "
                       "baliho calon bupati nomor 1 di depan rumahnya pada Sabtu sore.",
                       position="Satpam PT Sawit Makmur (semula disangka anggota TNI)", subject="tni", day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "other" and not result.crime_indication


def test_uu_2_2002_pasal_28_a_private_banks_guard_the_channel_calls_polri_is_a_private_person():
    """UU 2/2002 Pasal 28: a 'satpam bank swasta' is no Polri member whatever the channel said."""
    result = _classify("Satpam bank swasta di Pasar Baru, Sdr. Tono, membagikan stiker paslon nomor 2 kepada pedagang "
                       "pada hari liburnya.", position="Satpam Bank Swasta Pasar Baru", subject="polri",
                       day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "other"


def test_a_camat_whose_position_corrects_only_an_earlier_title_stays_a_camat():
    """Over-reach (UU 10/2016 Pasal 71(1); SKB 2022): the office the position establishes still decides ('Camat ...
    (semula disebut sekcam)' is a camat)."""
    result = _classify("Camat Sungai Lilin memasang baliho pasangan calon nomor 1 di pagar kantor kecamatan pada Senin "
                       "pagi.", position="Camat Sungai Lilin (semula disebut sekcam)", day=CAMPAIGN)
    assert result.category != LAWFUL and result.subject_type == "asn_pns"


def test_a_guard_of_a_government_office_is_not_made_private_by_the_guard_rule():
    """Over-reach: only a guard of a private employer ('bank swasta', 'PT ...') is read as a private person."""
    result = _classify("Satpam kantor bupati, Sdr. Tono, membagikan stiker paslon nomor 2 kepada tamu kantor bupati.",
                       position="Satpam Kantor Bupati", subject="asn_pns", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- an anonymous post that names no place, pair or evidence (Perbawaslu 8/2020: syarat materiel) --------------------

def test_perbawaslu_8_2020_an_anonymous_chain_message_naming_no_school_or_evidence_goes_to_the_pokja():
    """Perbawaslu 8/2020: a report needs the time, place, description and evidence; an anonymous message that names
    no school, no evidence and perhaps not even this regency identifies no party and no act to test."""
    result = _classify("Ada pesan berantai di grup WA keluarga: 'Guru-guru PNS disuruh kepala sekolah memilih paslon "
                       "nomor 2'. Pengirimnya anonim, tidak menyebut sekolah mana, tanpa foto maupun bukti apa pun. "
                       "Saya tidak tahu itu terjadi di kabupaten kita atau bukan.",
                       position="Kepala sekolah (tidak disebutkan)", day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


def test_an_anonymous_tip_the_supervisors_verified_on_the_spot_keeps_the_violation():
    """Over-reach (UU 10/2016 Pasal 71(1)): an anonymous tip that the supervisors then checked, with the village,
    the day, witnesses and the envelopes, is an identified act."""
    result = _classify("Awalnya kami menerima pesan berantai anonim tentang kejadian ini. Kami lalu mendatangi Desa "
                       "Sukamaju: Kepala Desa Sukamaju, Pak Harun, pada Sabtu malam 19 Oktober 2024 membagikan amplop "
                       "berisi uang kepada warga di balai desa sambil meminta mereka memilih paslon nomor 1. Tiga "
                       "warga membenarkan dan menyerahkan amplop berlogo paslon itu sebagai bukti.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


# --- a banner's size between the banner and its pair (SKB 2022; PP 94/2021 Pasal 5 huruf n) -------------------------

def test_skb_2022_a_civil_servant_hanging_a_banner_described_by_its_size_puts_up_a_pairs_prop():
    """SKB 2022, PP 94/2021 Pasal 5 huruf n (review E1): 'baliho ukuran 2 x 4 meter bergambar cabup' is a pair's
    banner; its size says nothing against it."""
    result = _classify("Pak Darto, PNS Dinas Perhubungan, memasang baliho ukuran 2 x 4 meter bergambar cabup nomor 2 "
                       "di halaman rumahnya pada Minggu pagi.", position="Staf Dinas Perhubungan (PNS)", day=CAMPAIGN)
    assert result.category == "discipline_campaign_props"


def test_a_civil_servant_hanging_a_banner_of_a_football_tournament_of_that_size_is_no_pairs_prop():
    """Over-reach (SKB 2022): a banner of that size for a village football cup names no pair."""
    result = _classify("Pak Darto, PNS Dinas Perhubungan, memasang spanduk berukuran 2 x 4 meter tentang turnamen "
                       "sepak bola antar desa di halaman rumahnya pada Minggu pagi.",
                       position="Staf Dinas Perhubungan (PNS)", day=CAMPAIGN)
    assert result.category != "discipline_campaign_props"
