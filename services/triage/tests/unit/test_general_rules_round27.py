"""Round 27: the general gaps the twenty-fifth blind set's misses showed (measured once unseen on round 26, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Four of
the set's sixteen lawful reports were given a violation unseen (an ASN's wife campaigning on her own, a lurah named
for stickers volunteers handed out, a Bhabinkamtibmas sending the KPU's poster of all pairs, a namesake's account),
and a relative, the KPU's own material and a mistaken identity had been missed before after fixes worded on earlier
sets. So the readings here are about the situation: who acted (a relative on her own while the party was at work, a
namesake, the volunteers), what the material is (the organiser's, for every pair alike), and whose word a denial or
an absence is (the party's own claim of a fake, being away when asked for clarification, not at the time)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION = "election_crime_official_action"
CAMPAIGN, AFTER_MK_136 = "2024-10-21", "2024-11-20"


# --- a relative acting on her own while the party is at work (SKB 2022; UU 20/2023 Pasal 24(1) huruf d) --------------

def test_skb_2022_a_teachers_husband_handing_out_a_pairs_rice_packs_from_his_own_shop_while_she_teaches_is_his_act():
    """SKB 2022 and UU 20/2023 Pasal 24(1) huruf d bind the ASN herself: her husband, 'bukan pegawai pemerintah',
    who hands out a pair's packages from his own shop while she 'sedang mengajar', acts on his own; goods a private
    person gives are no programme of her office (Pasal 71(1) names office holders)."""
    result = _classify("Yang saya laporkan Ibu Sari, guru SD negeri, karena suaminya membagikan paket beras bergambar "
                       "paslon nomor 1 dari toko kelontong mereka kepada pembeli. Saat suaminya membagikan paket itu "
                       "beliau sedang mengajar di sekolah. Suaminya bukan pegawai pemerintah, ia pedagang dan memang "
                       "pendukung paslon tersebut.", position="Guru SD Negeri 4 Sukamaju", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_civil_servant_who_hands_out_the_packages_with_her_husband_keeps_the_breach():
    """Over-reach: 'Ibu Sari juga ikut membagikan' is her own act (SKB 2022)."""
    result = _classify("Suaminya membagikan paket beras bergambar paslon nomor 1 dari toko kelontong mereka. Suaminya "
                       "bukan pegawai pemerintah, ia pedagang. Ibu Sari juga ikut membagikan paket itu kepada wali "
                       "murid sepulang sekolah.", position="Guru SD Negeri 4 Sukamaju", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_skb_2022_a_retired_father_hosting_a_pairs_meeting_is_neither_the_party_nor_makes_the_party_a_retiree():
    """SKB 2022 binds the serving ASN (review E3): 'Pak Harun adalah ayah dari Sdr. Doni ... Pak Harun sendiri
    pensiunan' is the father's status, so the party stays an ASN, and the father's own meeting, which the party 'tidak
    tampak hadir' at, is the father's act."""
    result = _classify("Paslon nomor 3 menggelar pertemuan dengan warga di rumah Pak Harun. Pak Harun adalah ayah dari "
                       "Sdr. Doni, staf di kantor kecamatan. Dari foto acara, Sdr. Doni tidak tampak hadir. Pak Harun "
                       "sendiri pensiunan mantri dan rumah itu miliknya.", position="Staf Kecamatan Sukamaju",
                       day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category == LAWFUL


def test_a_party_who_is_himself_described_as_retired_stays_a_private_person():
    """Over-reach of the relative reading: 'Pak Harun sendiri pensiunan' with no relative named is the party's own
    status (review E3)."""
    result = _classify("Pak Harun sendiri pensiunan mantri dan kini menjadi relawan paslon nomor 3 di desanya.",
                       position="Staf Kecamatan Sukamaju", day=CAMPAIGN)
    assert result.subject_type == "other"


# --- a mistaken identity the report's own inquiry shows (someone else acted) -------------------------------------------

def test_a_namesakes_account_that_the_check_shows_is_someone_elses_is_no_act_of_the_party():
    """SKB 2022 bars the ASN's own liking and commenting: an account 'milik Rina Wati lain' from another town, and
    the reporter who 'keliru karena fotonya mirip', show no act of hers."""
    result = _classify("Rina Wati, pegawai dinas kesehatan, dilaporkan mengomentari unggahan kampanye paslon nomor 1 "
                       "dengan tulisan 'gas terus'. Dari penelusuran, akun Instagram itu ternyata milik Rina Wati lain "
                       "yang tinggal di kota sebelah. Pelapor kemudian mengakui keliru karena fotonya mirip.",
                       position="Pengelola Program Dinas Kesehatan", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_account_the_check_shows_is_indeed_hers_keeps_the_breach():
    """Over-reach: 'ternyata memang akun miliknya' confirms the party's own act (SKB 2022)."""
    result = _classify("Rina Wati, pegawai dinas kesehatan, dilaporkan mengomentari unggahan kampanye paslon nomor 1 "
                       "dengan tulisan 'gas terus, pilih nomor 1'. Dari penelusuran, ternyata memang akun miliknya.",
                       position="Pengelola Program Dinas Kesehatan", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_handing_out_that_the_inquiry_shows_volunteers_did_while_the_official_was_misidentified_is_no_breach():
    """SKB 2022 binds the ASN's own acts: an act that 'ternyata dilakukan oleh relawan', with the poster 'salah
    mengenali orang', is not the camat's."""
    result = _classify("Beredar kabar Camat Sukamaju menempel poster paslon nomor 2 di tiang listrik. Setelah warga "
                       "dan pemilik toko dimintai keterangan, penempelan itu ternyata dilakukan oleh dua relawan paslon. "
                       "Penyebar kabar sudah meminta maaf karena salah mengenali orang.",
                       position="Camat Sukamaju", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_the_partys_own_claim_that_a_cropped_screenshot_is_fake_clears_nothing():
    """Perbawaslu 8/2020: the party's own claim ('Pak Budi menulis di statusnya bahwa tangkapan layar itu palsu') is
    his word, not the report's finding, and a screenshot whose sender's number is cut off cannot yet be tied to him:
    the Pokja clarifies it."""
    result = _classify("Saya terima tangkapan layar pesan atas nama 'Pak Budi Dinsos' yang berbunyi 'penerima bantuan "
                       "kita arahkan ke paslon 3'. Nomor pengirim dan jam pesannya terpotong. Pak Budi menulis di "
                       "statusnya bahwa tangkapan layar itu palsu.", position="Kepala Seksi Dinas Sosial", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_screenshot_the_supervisors_check_proves_doctored_is_lawful():
    """Over-reach: the report's own finding ('ternyata hasil editan') still clears the party."""
    result = _classify("Saya terima tangkapan layar pesan atas nama 'Pak Budi Dinsos' yang berbunyi 'penerima bantuan "
                       "kita arahkan ke paslon 3'. Setelah diperiksa pengawas, gambar itu ternyata hasil editan.",
                       position="Kepala Seksi Dinas Sosial", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- the organiser's own material for every pair (UU 10/2016 Pasal 65(1) huruf c and (2); UU 2/2002 Pasal 28(1)) ------

def test_uu_2_2002_pasal_28_an_officer_sending_the_kpus_poster_of_all_pairs_with_a_call_to_vote_is_neutral():
    """UU 2/2002 Pasal 28(1) bars support for a pair: an officer who 'mengirimkan' the 'pengumuman resmi KPU' with
    'kelima pasangan calon', adding 'datang ke TPS', of which the reporter says 'tidak ada yang mendukung paslon
    tertentu', supports none."""
    result = _classify("Aipda Rudi mengirimkan pengumuman resmi KPU ke grup WhatsApp RT, isinya foto kelima pasangan "
                       "calon dan jadwal pemungutan suara, dengan pesan 'datang ke TPS ya, jangan golput'. Dari "
                       "isi pesannya tidak ada yang mendukung paslon tertentu.",
                       position="Bhabinkamtibmas Desa Sukamaju", subject="polri", day=AFTER_MK_136)
    assert result.category == LAWFUL and not result.crime_indication


def test_the_kpus_poster_sent_with_an_appeal_for_one_pair_keeps_the_breach():
    """Over-reach: the same poster sent with 'pilih nomor 4' supports one pair (UU 2/2002 Pasal 28(1))."""
    result = _classify("Aipda Rudi mengirimkan pengumuman resmi KPU ke grup WhatsApp RT, isinya foto kelima pasangan "
                       "calon, lalu menulis 'pilih nomor 4 ya warga'.",
                       position="Bhabinkamtibmas Desa Sukamaju", subject="polri", day=AFTER_MK_136)
    assert result.category != LAWFUL


# --- a register that shows no party office (UU 6/2014 Pasal 64; review B4) ---------------------------------------------

def test_uu_6_2014_pasal_64_a_sipol_check_that_finds_no_record_is_no_party_membership():
    """UU 6/2014 Pasal 64 bars BPD members from party office (review B4): a Sipol check where he 'tidak terdaftar
    sebagai anggota partai' shows none, so no confident party-office answer."""
    result = _classify("Anggota BPD itu berbicara di panggung kampanye paslon nomor 1 dan meminta warga mendukungnya. "
                       "Kami sudah mengecek Sipol dan ia tidak terdaftar sebagai anggota partai apa pun.",
                       position="Anggota BPD Sukamaju", subject="bpd_member", day=CAMPAIGN)
    assert result.category != "village_law_party_office"


def test_a_sipol_record_that_shows_him_a_member_keeps_party_office():
    """Over-reach: 'namanya tercatat di Sipol sebagai pengurus partai' is party office (UU 6/2014 Pasal 64)."""
    result = _classify("Anggota BPD itu ternyata namanya tercatat di Sipol sebagai pengurus partai tingkat kabupaten.",
                       position="Anggota BPD Sukamaju", subject="bpd_member", day=CAMPAIGN)
    assert result.category == "village_law_party_office"


# --- what places the party elsewhere, and what only attributes a recording to him -------------------------------------

def test_being_away_when_asked_for_clarification_does_not_place_the_party_elsewhere_at_the_time():
    """UU 10/2016 Pasal 71(1) jo. 188: a camat who at the official meeting 'membagikan kaus bernomor urut 2' and asks
    to vote for it acts for a pair; that he 'belum dapat dihubungi karena sedang dinas luar' now is no alibi."""
    result = _classify("Dalam rapat koordinasi ketua RT di aula kantor camat, Camat membagikan kaus bernomor urut 2 dan "
                       "meminta para ketua RT mengajak warga memilih nomor 2. Notulen dan foto rapat ada pada kami. "
                       "Camat belum dapat dihubungi karena sedang dinas luar kota.", position="Camat Sukamaju",
                       day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


def test_a_party_who_was_away_on_duty_at_the_time_still_casts_doubt():
    """Over-reach: 'pada hari itu camat sedang dinas luar kota' at the time of the act still places him elsewhere."""
    result = _classify("Warga menyebut Camat membagikan kaus bernomor urut 2 di balai desa. Pada hari itu Camat sedang "
                       "dinas luar kota.", position="Camat Sukamaju", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_clip_others_attribute_to_the_official_with_its_time_and_place_unknown_needs_clarification():
    """Perbawaslu 8/2020: a clip of which 'grup itu menyebut itu lurah kami' and the reporter 'tidak tahu kapan dan
    di mana video itu diambil' cannot yet be tied to him or to this election."""
    result = _classify("Di grup alumni beredar video pendek seorang pria berseragam dinas berpidato 'ayo menangkan "
                       "nomor tiga'. Anggota grup menyebut itu lurah kami. Saya tidak tahu kapan dan di mana video itu "
                       "diambil, dan gambarnya gelap.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


# --- pressure on subordinates and a party organ's decree (Pasal 71(1) jo. 188; UU 20/2023 Pasal 52(3) huruf j) -------

def test_pasal_71_1_jo_188_an_official_ordering_department_heads_to_bring_staff_to_a_rally_is_an_official_action():
    """UU 10/2016 Pasal 71(1) jo. 188: ordering heads of agencies to 'membawa 15 pegawai ke kampanye' of a pair,
    with 'yang tidak datang akan dievaluasi', uses the office for a pair."""
    result = _classify("Asisten Pemerintahan mengirim pesan ke para kepala dinas: 'setiap kepala dinas membawa 15 "
                       "pegawai ke kampanye paslon nomor 1 di alun-alun Sabtu sore, yang tidak datang akan dievaluasi'. "
                       "Tangkapan layar pesan dengan nomor pengirimnya saya lampirkan.",
                       position="Asisten Pemerintahan Setda Kabupaten Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


def test_bringing_staff_to_a_kpu_debate_as_audience_is_no_pressure_for_a_pair():
    """Over-reach: staff invited to the KPU's debate of all pairs as audience (UU 10/2016 Pasal 65(1) huruf c) is no
    act for a pair."""
    result = _classify("Kepala dinas diundang KPU menghadiri debat publik yang diikuti semua pasangan calon dan duduk di "
                       "kursi undangan bersama pejabat lain.", position="Kepala Dinas Kominfo", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_uu_20_2023_pasal_52_a_party_branch_decree_naming_a_pppk_as_treasurer_is_party_membership():
    """UU 20/2023 Pasal 52(3) huruf j jo. (4) (review B2, B3): a 'surat keputusan DPD ... susunan pengurus' that
    'memuat nama' the PPPK as its treasurer is party office."""
    result = _classify("Saya lampirkan surat keputusan DPD sebuah partai di kabupaten ini mengenai susunan pengurus "
                       "2024-2029, yang memuat nama Sdr. Anton sebagai bendahara. Sdr. Anton adalah PPPK di dinas "
                       "pertanian.", position="Penyuluh Pertanian (PPPK)", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == "discipline_party_membership"


def test_a_pppk_at_a_programme_briefing_with_no_party_named_holds_no_party_office():
    """Over-reach: the same PPPK at a farming programme's briefing, with no party or pair discussed, holds no party
    office (UU 20/2023 Pasal 52(3) huruf j needs one)."""
    result = _classify("Sdr. Anton hadir di balai desa ketika sosialisasi program pertanian, dan tidak ada pembahasan "
                       "partai atau calon.", position="Penyuluh Pertanian (PPPK)", subject="asn_pppk", day=CAMPAIGN)
    assert result.category != "discipline_party_membership"


def test_an_appeal_that_a_pair_must_not_lose_is_an_appeal_to_vote():
    """PP 94/2021 Pasal 5 huruf n ('ajakan'): 'nomor 3 jangan sampai kalah di kampung kita' asks for a vote for one
    pair as surely as 'pilih nomor 3'."""
    result = _classify("Di akhir rapat RW, Sdr. Hasan berkata kepada warga: 'tanggal 27 nanti nomor 3 jangan sampai "
                       "kalah di kampung kita'.", position="Staf Kelurahan Sukamaju", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


def test_a_report_that_a_pair_lost_is_no_appeal():
    """Over-reach: 'nomor 3 kalah di kampung kita' tells a result, it asks nothing."""
    result = _classify("Sdr. Hasan bercerita di rapat RW bahwa pada pemilihan lalu nomor 3 kalah di kampung kita.",
                       position="Staf Kelurahan Sukamaju", day=CAMPAIGN)
    assert result.category in (LAWFUL, MANUAL)
