"""Round 22: the general gaps the twentieth blind set's misses showed (measured once unseen on round 21, see its file),
each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Five of the
set's fourteen lawful reports were given a violation unseen; the lawful readings behind them are tested here in
general words, each with a real violation in similar words that still gets its category."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify
from netra_devkit.classifier_probe import passage

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION, CANDIDATE = "election_crime_official_action", "election_crime_candidate_involvement"
ACTIVE, PROPS, PARTISAN, ONLINE = ("discipline_campaign_attendance", "discipline_campaign_props",
                                   "discipline_partisan_activity", "discipline_online_campaign")
ATTENDANCE, PHOTO, SOCIAL = "ethics_campaign_attendance", "ethics_photo_with_candidate", "ethics_social_media"
VILLAGE_CAMPAIGN, TNI, POLRI = "village_law_campaign", "tni_neutrality", "polri_neutrality"
CAMPAIGN, AFTER_MK_136, QUIET_WEEK = "2024-10-21", "2024-11-18", "2024-11-24"


# --- a team list that 'berisi/memuat nama' serving civil servants (UU 10/2016 Pasal 70(1) jo. 189) --------------------

def test_pasal_70_1_a_team_list_that_holds_the_names_of_civil_servants_involves_them_in_the_campaign():
    """UU 10/2016 Pasal 70(1) jo. 189 (the pair's crime, review A5): a campaign team list filed with the KPU that
    'berisi nama' two PNS teachers and a headmaster involves ASN in the pair's campaign."""
    result = _classify("Kami menemukan bahwa daftar tim pemenangan pasangan calon bupati nomor 2 yang didaftarkan ke KPU "
                       "berisi nama dua guru PNS dan seorang kepala sekolah. Daftar itu ditandatangani ketua tim.",
                       position="Ketua Tim Pemenangan Paslon Nomor 2", subject="candidate", day=CAMPAIGN)
    assert result.category == CANDIDATE and result.crime_indication


def test_a_team_list_that_holds_only_private_persons_involves_no_civil_servant():
    """Over-reach: the same list with the names of businessmen and youth leaders names no ASN (Pasal 70(1))."""
    result = _classify("Kami menemukan bahwa daftar tim pemenangan pasangan calon bupati nomor 2 yang didaftarkan ke KPU "
                       "berisi nama para pengusaha dan tokoh pemuda.", position="Ketua Tim Pemenangan Paslon Nomor 2",
                       subject="candidate", day=CAMPAIGN)
    assert result.category != CANDIDATE and not result.crime_indication


# --- taking down one pair's props while urging a vote for another (UU 10/2016 Pasal 71(1); MK 136/PUU-XXII/2024) -----

def test_pasal_71_1_after_mk_136_a_soldier_who_takes_down_one_pair_s_banner_and_urges_another_harms_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188 ('merugikan salah satu pasangan calon') as MK 136/PUU-XXII/2024 reads it from
    14 Nov 2024 (review A1): a Babinsa in uniform who 'menurunkan spanduk paslon nomor 3' and tells residents 'nomor 1
    saja' acts against one pair and for another."""
    result = _classify("Sore tadi Babinsa desa kami berseragam loreng menurunkan spanduk paslon nomor 3 di depan balai "
                       "desa, lalu berkata kepada warga yang berkumpul: nomor 1 saja, jangan yang lain.",
                       position="Babinsa Koramil 02", subject="tni", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_an_official_who_tears_down_one_pair_s_billboard_and_urges_another_harms_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188 (pejabat ASN, review A2): a kepala seksi who 'merobek baliho paslon nomor 2' and
    calls out 'pilih nomor 1' acts against one pair."""
    result = _classify("Kepala seksi dinas PU merobek baliho paslon nomor 2 di depan kantornya dan berseru kepada warga, "
                       "pilih nomor 1 saja.", position="Kepala Seksi Jalan", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_before_mk_136_the_soldier_s_same_act_is_tni_neutrality_without_a_crime():
    """Over-reach: before 14 Nov 2024 Pasal 188 did not reach TNI members (review A1): tni_neutrality (UU 34/2004
    Pasal 39), no crime."""
    result = _classify("Sore tadi Babinsa desa kami berseragam loreng menurunkan spanduk paslon nomor 3 di depan balai "
                       "desa, lalu berkata kepada warga yang berkumpul: nomor 1 saja, jangan yang lain.",
                       position="Babinsa Koramil 02", subject="tni", day=CAMPAIGN)
    assert result.category == TNI and not result.crime_indication


def test_taking_down_banners_on_bawaslu_s_recommendation_stays_enforcement():
    """Over-reach: removing a pair's banner from a tree 'berdasarkan rekomendasi Bawaslu' is enforcing the campaign
    rules, no act against a pair (Pasal 71(1); penegakan_aturan_kampanye)."""
    result = _classify("Babinsa bersama Satpol PP dan Panwascam menurunkan spanduk paslon nomor 3 yang dipasang di pohon, "
                       "berdasarkan rekomendasi Bawaslu tentang penertiban alat peraga.", position="Babinsa Koramil 02",
                       subject="tni", day=AFTER_MK_136)
    assert result.category == LAWFUL and not result.crime_indication


# --- 'nomor tiga saja': an appeal for one pair (SKB 2022 discipline: ajakan, imbauan) ---------------------------------

def test_skb_2022_telling_traders_paslon_tiga_saja_is_an_appeal_for_a_pair():
    """SKB 2022 (discipline: an appeal or call that leans to a pair; PP 94/2021 Pasal 5 huruf n): 'bilang ke para
    pedagang ... paslon tiga saja' asks them to vote for that pair."""
    result = _classify("Di warung dekat pasar, Kabid perizinan bilang ke para pedagang yang sedang ngopi, tanggal 27 nanti "
                       "paslon tiga saja, yang lain tidak usah.", position="Kepala Bidang Perizinan", day=CAMPAIGN)
    assert result.category == PARTISAN


def test_a_number_followed_by_saja_yang_belum_is_no_appeal():
    """Over-reach: 'kupon bantuan nomor 3 saja yang belum diambil' counts coupons; it urges no vote."""
    result = _classify("Di kantor kelurahan, Kabid perizinan bilang ke para pedagang bahwa kupon bantuan nomor 3 saja yang "
                       "belum diambil.", position="Kepala Bidang Perizinan", day=CAMPAIGN)
    assert result.category != PARTISAN and not result.crime_indication


# --- the reporter's 'untuk memastikan apakah ...' is a question, no instruction (UU 10/2016 Pasal 71(1)) --------------

def test_pasal_71_1_the_reporter_who_writes_to_make_sure_whether_it_is_allowed_gives_no_instruction():
    """UU 10/2016 Pasal 71(1) and SKB 2022 (attending as a participant): a Sekda seated among the KPU's official
    guests at its debate attends no pair's campaign; the reporter's 'untuk memastikan apakah ... diperbolehkan' asks,
    it is no official's instruction to secure a win."""
    result = _classify("Sekda hadir di debat publik calon gubernur yang diselenggarakan KPU provinsi, duduk di kursi "
                       "undangan resmi pemerintah dan tidak bertepuk tangan untuk pasangan mana pun. Saya melapor untuk "
                       "memastikan apakah kehadirannya diperbolehkan.", position="Sekretaris Daerah", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_an_official_who_tells_his_staff_to_make_sure_a_pair_wins_stays_an_official_action():
    """Over-reach: a kepala dinas who at an official meeting asks his kabid to 'memastikan paslon nomor 2 menang' acts
    for a pair (Pasal 71(1) jo. 188)."""
    result = _classify("Dalam rapat dinas di aula kantor, kepala dinas meminta para kepala bidang memastikan paslon nomor 2 "
                       "menang di kecamatan masing-masing.", position="Kepala Dinas Pertanian", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- a meeting the pair holds itself is the pair's act, not the party's (SKB 2022 ethics: attending) ------------------

def test_skb_2022_a_lurah_in_the_audience_of_the_pair_s_own_meeting_attends_it():
    """SKB 2022 (ethics: attending a pair's campaign as a participant; PP 42/2004): 'Paslon nomor 2 menggelar
    pertemuan tatap muka' is the pair's act; the lurah who sits among the audience attends it, he holds no meeting."""
    result = _classify("Paslon nomor 2 menggelar pertemuan tatap muka di gedung serbaguna. Lurah Sukamaju datang, duduk di "
                       "barisan peserta sampai selesai dan tidak berbicara.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == ATTENDANCE and not result.crime_indication


def test_a_lurah_who_convenes_residents_for_the_pair_himself_acts_for_it():
    """Over-reach: the lurah who 'menggelar pertemuan warga' at the kelurahan hall and brings the pair in acts for a
    pair with his office (Pasal 71(1) jo. 188)."""
    result = _classify("Lurah Sukamaju menggelar pertemuan warga di aula kelurahan dan menghadirkan paslon nomor 2 untuk "
                       "menyampaikan programnya.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- the pair's official account is no state facility (UU 10/2016 Pasal 71(1); SKB 2022 ethics) -----------------------

def test_skb_2022_the_pair_s_own_official_account_streaming_the_event_is_no_facility_of_office():
    """SKB 2022 (ethics: attending as a participant) and UU 10/2016 Pasal 71(1): a kabid seen in the live stream of
    'akun resmi pasangan nomor 1' attended the pair's event; the pair's account is no facility of his office."""
    result = _classify("Kepala Bidang Anggaran BPKAD duduk sebagai peserta di kampanye dialogis paslon nomor 1 di aula "
                       "hotel. Wajahnya terlihat jelas di siaran langsung akun resmi pasangan nomor 1 di Facebook.",
                       position="Kepala Bidang Anggaran", day=CAMPAIGN)
    assert result.category == ATTENDANCE and not result.crime_indication


def test_the_kelurahan_s_official_account_used_for_a_pair_stays_a_facility_of_office():
    """Over-reach: a lurah who posts the pair's poster on 'akun resmi kelurahan' uses his office's channel
    (Pasal 71(1) jo. 188)."""
    result = _classify("Lurah Sukamaju mengunggah poster paslon nomor 1 di akun resmi kelurahan di Facebook.",
                       position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- 'makan bareng calon', 'dialog bersama paslon': a campaign meeting (SKB 2022 ethics; PKPU 13/2024) ---------------

def test_skb_2022_a_civil_servant_at_a_meal_with_the_candidate_as_a_participant_attends_a_campaign_meeting():
    """SKB 2022 (ethics: attending a pair's campaign or socialisation as a participant; PP 42/2004): 'acara makan
    bareng calon bupati' where he sits as a participant is a face-to-face campaign meeting."""
    result = _classify("Pada jam istirahat, Pak Eko, penata laksana di dinas perhubungan, ikut acara makan bareng calon "
                       "bupati nomor 1 di rumah makan dekat terminal dan duduk sebagai peserta di meja tengah.",
                       position="Penata Laksana", day=CAMPAIGN)
    assert result.category == ATTENDANCE


def test_skb_2022_a_teacher_at_a_dialogue_with_the_pair_attends_a_campaign_meeting():
    """SKB 2022 (ethics, as above): 'peserta dialog bersama paslon nomor 3' attends the pair's meeting."""
    result = _classify("Bu Rini, guru PNS, datang sebagai peserta dialog bersama paslon nomor 3 di balai pertemuan RW dan "
                       "mendengarkan sampai selesai.", position="Guru SD Negeri 4", day=CAMPAIGN)
    assert result.category == ATTENDANCE


def test_a_civil_servant_who_speaks_for_the_candidate_at_the_meal_gives_active_support():
    """Over-reach: at the same meal, one who 'berorasi mengajak peserta memilih' gives active support (SKB 2022
    discipline, PP 94/2021)."""
    result = _classify("Pada jam istirahat, Pak Eko, penata laksana di dinas perhubungan, ikut acara makan bareng calon "
                       "bupati nomor 1 di rumah makan dekat terminal, lalu berorasi mengajak peserta memilih calon itu.",
                       position="Penata Laksana", day=CAMPAIGN)
    assert result.category == ACTIVE


# --- the reporter's own 'kami melaporkan Bu X, pegawai ...' is no reporting of employees (Pasal 71(1)) -----------------

def test_skb_2022_a_spouse_on_cltn_whom_the_reporter_reports_by_name_is_lawful():
    """SKB 2022 (ethics: a spouse's campaign only without cuti di luar tanggungan negara): 'Kami melaporkan Bu Sari,
    pegawai ...' is the reporter's report, no official listing employees for a pair (Pasal 71(1)); on CLTN she may
    campaign with her husband."""
    result = _classify("Kami melaporkan Bu Sari, pegawai dinas kesehatan, yang ikut berkampanye bersama suaminya, calon "
                       "wali kota nomor 1. Dari BKPSDM kami tahu ia sedang menjalani cuti di luar tanggungan negara sejak "
                       "Agustus 2024.", position="Pranata Komputer", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_camat_who_reports_his_staff_s_leanings_to_the_team_stays_an_official_action():
    """Over-reach: a camat who 'melaporkan daftar pegawai kecamatan yang belum mendukung paslon' to the team uses his
    office for a pair (Pasal 71(1) jo. 188)."""
    result = _classify("Camat melaporkan daftar pegawai kecamatan yang belum mendukung paslon nomor 2 kepada tim "
                       "pemenangan.", position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_the_reported_spouse_without_cltn_still_campaigns():
    """Over-reach: the same report without CLTN ('tanpa cuti di luar tanggungan negara') keeps the violation."""
    result = _classify("Kami melaporkan Bu Sari, pegawai dinas kesehatan, yang ikut berkampanye bersama suaminya, calon "
                       "wali kota nomor 1, tanpa cuti di luar tanggungan negara.", position="Pranata Komputer",
                       day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


# --- the reporter's suspicion the next sentence answers is not asserted (passage.py; UU 2/2002 Pasal 28) ----------------

def test_a_suspicion_answered_by_what_the_reporter_was_then_told_is_not_asserted():
    """'Saya curiga polisi itu memihak. Namun dari Polres kami mendapat penjelasan ...': the suspicion is the
    reporter's first impression, which the next sentence answers (like 'saya kira ... . ternyata ...')."""
    found = passage("Saya curiga polisi itu memihak. Namun dari Polres kami mendapat penjelasan bahwa ia bertugas dengan "
                    "surat perintah pengamanan.").find(r"\bmemihak\b")
    assert found and all(f.asked for f in found)


def test_a_suspicion_followed_by_what_the_party_did_stays_asserted():
    """Over-reach: a suspicion followed by the act itself ('Ia mengacungkan dua jari') is not answered."""
    found = passage("Saya curiga polisi itu memihak. Ia mengacungkan dua jari di depan panggung.").find(r"\bmemihak\b")
    assert found and not any(f.asked for f in found)


def test_uu_2_2002_pasal_28_police_on_a_security_order_for_every_pair_whom_the_reporter_suspected_are_lawful():
    """UU 2/2002 Pasal 13-14 and 28(1), Perpol 7/2022: officers at a rally on a 'surat perintah pengamanan kampanye'
    given alike for every pair do their duty; the reporter's 'saya curiga mereka berpihak', which the Polres's
    explanation answers, does not void that reading."""
    result = _classify("Saat rapat umum paslon nomor 3 tanggal 2 November, dua anggota Brimob berdiri di depan panggung dan "
                       "satu di antaranya membukakan jalan untuk calon. Saya curiga mereka berpihak. Dari Polres saya "
                       "kemudian mendapat penjelasan bahwa mereka bertugas dengan surat perintah pengamanan kampanye yang "
                       "sama untuk semua pasangan.", position="Anggota Brimob Polda", subject="polri", day="2024-11-02")
    assert result.category == LAWFUL and not result.crime_indication


def test_an_officer_on_a_security_order_who_shows_the_pair_s_sign_is_not_cleared():
    """Over-reach: the officer on the same order who 'mengacungkan tiga jari bersama massa' shows support
    (UU 2/2002 Pasal 28(1)): polri_neutrality."""
    result = _classify("Saat rapat umum paslon nomor 3 tanggal 2 November, anggota Brimob yang bertugas dengan surat "
                       "perintah pengamanan kampanye ikut mengacungkan tiga jari bersama massa di depan panggung.",
                       position="Anggota Brimob Polda", subject="polri", day="2024-11-02")
    assert result.category == POLRI


# --- a village deliberation with 'tidak ada pembahasan calon' (UU 6/2014 Pasal 29 huruf j, Pasal 54) ------------------

def test_uu_6_2014_pasal_54_a_village_deliberation_that_discussed_no_candidate_is_lawful():
    """UU 6/2014 Pasal 54 (musyawarah desa) and Pasal 29 huruf j: a village head who gathers residents for a
    musyawarah desa on a reservoir, where 'tidak ada pembahasan calon maupun pilkada', does his office's work; the
    reporter's suspicion is answered by what he was told."""
    result = _classify("Kepala desa mengumpulkan warga di balai desa tiga hari sebelum pencoblosan, dan saya curiga itu "
                       "pertemuan untuk paslon. Setelah saya tanyakan ke sekretaris desa, itu musyawarah desa tentang "
                       "pembangunan embung yang dihadiri pendamping desa. Tidak ada pembahasan calon maupun pilkada sama "
                       "sekali.", position="Kepala Desa Sukamaju", subject="village_head", day=QUIET_WEEK)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_village_deliberation_used_to_ask_for_votes_stays_an_official_action():
    """Over-reach: the same deliberation where he 'meminta warga memilih paslon nomor 2' uses his office for a pair
    (Pasal 71(1) jo. 188; kepala desa)."""
    result = _classify("Kepala desa mengumpulkan warga di balai desa tiga hari sebelum pencoblosan dengan undangan "
                       "musyawarah desa tentang embung, lalu meminta warga memilih paslon nomor 2 supaya embung cepat "
                       "dibangun.", position="Kepala Desa Sukamaju", subject="village_head", day=QUIET_WEEK)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- 'fotonya bersama cawabup': the enclitic -nya (SKB 2022 ethics: a photo with a candidate) --------------------------

def test_skb_2022_a_post_of_his_photo_with_the_candidate_making_the_pair_s_sign_is_a_photo_with_a_candidate():
    """SKB 2022 (ethics: posting a photo with a candidate that follows the pair's hand sign; PP 42/2004): 'fotonya
    bersama cawabup nomor 1 ... mengangkat satu jari' is the photo item, not only a post."""
    result = _classify("Pak Dodi, staf PNS di dinas pariwisata, mengunggah di Facebook fotonya bersama cawabup nomor 1 di "
                       "sebuah acara pernikahan, keduanya mengangkat satu jari.", position="Staf Dinas Pariwisata",
                       day=CAMPAIGN)
    assert result.category == PHOTO


def test_a_post_of_the_pair_s_poster_without_a_photo_with_the_candidate_stays_social_media():
    """Over-reach: posting the pair's programme poster, with no photo of him with a candidate, is social media."""
    result = _classify("Pak Dodi, staf PNS di dinas pariwisata, mengunggah di Facebook poster visi misi paslon nomor 1 "
                       "dengan keterangan setuju.", position="Staf Dinas Pariwisata", day=CAMPAIGN)
    assert result.category == SOCIAL


# --- forwarding the team's appeal, nothing of one's own: sharing (SKB 2022 ethics), not an online campaign ------------

def test_skb_2022_forwarding_the_volunteers_appeal_without_making_content_is_sharing():
    """SKB 2022 (ethics: like, comment, share; for a PPPK PP 49/2018): a PPPK who 'meneruskan ke grup WhatsApp
    kelompok tani poster dan ajakan mencoblos' received from the volunteers, and 'tidak membuat materi itu sendiri',
    shares the pair's content; the discipline item is campaigning online herself."""
    result = _classify("Bu Wati, PPPK penyuluh pertanian, rutin meneruskan ke grup WhatsApp kelompok tani poster dan ajakan "
                       "mencoblos paslon nomor 1 yang ia terima dari grup relawan. Ia tidak membuat materi itu sendiri.",
                       position="Penyuluh Pertanian PPPK", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == SOCIAL


def test_an_appeal_she_writes_herself_is_an_online_campaign():
    """Over-reach: an appeal 'yang ia tulis sendiri' sent to the group is her own online campaign (SKB 2022
    discipline)."""
    result = _classify("Pak Budi, PPPK di dinas pendidikan, setiap malam mengirim ke grup WhatsApp RT pesan ajakan memilih "
                       "paslon nomor 2 yang ia tulis sendiri.", position="Operator Sekolah PPPK", subject="asn_pppk",
                       day=CAMPAIGN)
    assert result.category == ONLINE


def test_bukan_sekadar_membagikan_ulang_is_no_mere_sharing():
    """Over-reach: 'bukan sekadar membagikan ulang: videonya ia rekam dan narasikan sendiri' is her own campaign."""
    result = _classify("Pak Budi, PPPK di dinas pendidikan, mengunggah di TikTok video ajakan memilih paslon nomor 2. Ini "
                       "bukan sekadar membagikan ulang: videonya ia rekam dan narasikan sendiri.",
                       position="Operator Sekolah PPPK", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == ONLINE


# --- door to door with the team, explaining the pair's programme (UU 6/2014 Pasal 51 huruf j; SKB 2022) ---------------

def test_uu_6_2014_pasal_51_a_hamlet_head_canvassing_houses_with_the_team_takes_part_in_the_campaign():
    """UU 6/2014 Pasal 51 huruf j (perangkat desa: no part in a campaign), sanctioned under Pasal 52: a kepala dusun
    who 'bersama tim kampanye ... mendatangi rumah warga' and explains 'program pertanian pasangan itu' canvasses."""
    result = _classify("Temuan PKD: Kepala Dusun Krajan bersama tim kampanye paslon nomor 1 mendatangi rumah warga satu "
                       "per satu pada malam hari dan memaparkan program pertanian pasangan itu kepada setiap keluarga.",
                       position="Kepala Dusun Krajan", subject="village_official", day=CAMPAIGN)
    assert result.category == VILLAGE_CAMPAIGN


def test_skb_2022_a_civil_servant_canvassing_with_the_volunteers_takes_part_in_the_campaign():
    """SKB 2022 (discipline: taking part in a campaign; PP 94/2021 Pasal 5 huruf n): a PNS who goes house to house
    with the pair's volunteers explaining 'visi misi pasangan itu' campaigns."""
    result = _classify("Pak Anton, staf PNS kecamatan, ikut tim relawan paslon nomor 3 mendatangi rumah warga di RT 04 dan "
                       "menjelaskan visi misi pasangan itu kepada penghuni.", position="Staf Kecamatan", day=CAMPAIGN)
    assert result.category == ACTIVE


def test_house_visits_explaining_a_health_programme_are_no_campaign():
    """Over-reach: house visits with the posyandu cadres explaining the puskesmas's immunisation programme name no
    pair: no campaign category."""
    result = _classify("Kepala Dusun Krajan bersama kader posyandu mendatangi rumah warga satu per satu dan menjelaskan "
                       "program imunisasi dari puskesmas kepada setiap keluarga.", position="Kepala Dusun Krajan",
                       subject="village_official", day=CAMPAIGN)
    assert result.category not in (VILLAGE_CAMPAIGN, ACTIVE)


# --- 'X mengaku melihat ...; Y lainnya menyatakan ia hanya ...': two accounts (Perbawaslu 8/2020; UU 2/2002 Pasal 28) --

def test_witnesses_who_say_they_saw_it_and_others_who_say_he_only_helped_are_two_accounts():
    """UU 2/2002 Pasal 28(1) needs the officer's own act: 'tiga warga mengaku melihat' him put up the pair's flag,
    'ketua RT dan warga lainnya menyatakan ia hanya membantu memperbaiki atap': two accounts for the Pokja (manual)."""
    result = _classify("Tiga warga mengaku melihat Bripka T., Bhabinkamtibmas, memasang bendera paslon nomor 2 di pos ronda. "
                       "Namun ketua RT dan warga lainnya menyatakan Bripka T. hanya membantu memperbaiki atap pos itu, "
                       "sedangkan bendera dipasang relawan.", position="Bhabinkamtibmas Kelurahan Sukamaju",
                       subject="polri", day=CAMPAIGN)
    assert result.category == MANUAL


def test_witnesses_whose_accounts_agree_keep_the_violation():
    """Over-reach: when 'warga lainnya juga menyatakan ia ikut memasang', the accounts agree: polri_neutrality."""
    result = _classify("Tiga warga mengaku melihat Bripka T., Bhabinkamtibmas, memasang bendera paslon nomor 2 di pos ronda. "
                       "Ketua RT dan warga lainnya juga menyatakan Bripka T. ikut memasang bendera itu.",
                       position="Bhabinkamtibmas Kelurahan Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category == POLRI


# --- another who put it up himself, and the party did not take part (SKB 2022: the ASN's own act) --------------------

def test_skb_2022_a_billboard_a_resident_says_she_put_up_herself_is_not_the_civil_servant_s():
    """SKB 2022 (discipline: putting up a pair's props) binds the ASN's own act: a billboard that a resident 'yang
    menyatakan memasangnya sendiri' put up, where the PNS 'tidak ikut memasang', is not his."""
    result = _classify("Ada laporan bahwa Pak Joko, penyuluh PNS, memasang baliho paslon nomor 2 di depan rumahnya. "
                       "Panwascam mengecek: baliho itu berdiri di tanah kosong milik Bu Ani, warga yang menyatakan "
                       "memasangnya sendiri. Pak Joko tidak ikut memasang dan tidak menyimpan alat peraga apa pun.",
                       position="Penyuluh Pertanian", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_civil_servant_who_helped_the_neighbour_put_it_up_keeps_the_props_violation():
    """Over-reach: the PNS who 'ikut memasang tiangnya' with the neighbour put up the props himself (SKB 2022)."""
    result = _classify("Ada laporan bahwa Pak Joko, penyuluh PNS, memasang baliho paslon nomor 2 di depan rumahnya. "
                       "Panwascam mengecek: baliho itu dipasang Bu Ani, tetangganya, dan Pak Joko ikut memasang "
                       "tiangnya.", position="Penyuluh Pertanian", day=CAMPAIGN)
    assert result.category == PROPS


def test_a_banner_another_put_up_does_not_clear_the_civil_servant_s_own_speech_on_the_stage():
    """Over-reach (the reading explains putting up props, posts and photos only): the teacher who 'tidak ikut memasang'
    the banner but 'berorasi di panggung kampanye' gives active support herself (SKB 2022 discipline)."""
    result = _classify("Pelapor menyebut Bu Ani, guru PNS, memasang spanduk paslon nomor 1. Panwascam menemukan spanduk itu "
                       "dipasang Pak Dedi, pemilik warung, yang mengaku memasangnya sendiri. Bu Ani tidak ikut memasang, "
                       "tetapi ia berorasi di panggung kampanye paslon nomor 1 malam itu.", position="Guru SD Negeri 1",
                       day=CAMPAIGN)
    assert result.category == ACTIVE


# --- a team's account posted the photo, and the party did not share it (SKB 2022 ethics: posting, sharing) -----------

def test_skb_2022_a_photo_the_volunteers_account_posted_which_he_did_not_share_is_not_his_post():
    """SKB 2022 (ethics: posting, liking or sharing a photo with a candidate; PP 42/2004) binds his own acts: a photo
    of him beside the candidate at a wedding that 'akun Instagram relawan' posted, which he 'tidak mengunggah atau
    membagikan' and asked them to delete, is the volunteers' post."""
    result = _classify("Akun Instagram relawan paslon nomor 1 mengunggah foto Pak Hadi, staf PNS dinas perikanan, berdiri "
                       "di samping calon bupati di sebuah kondangan. Pak Hadi tidak mengunggah atau membagikan foto itu "
                       "dan meminta relawan menghapusnya.", position="Staf Dinas Perikanan", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_photo_in_which_she_poses_with_the_pair_s_sign_stays_a_photo_with_a_candidate():
    """Over-reach: a recent photo the team's page posted in which she 'berpose dua jari' with the candidate shows her
    own gesture (SKB 2022 ethics), whoever posted it."""
    result = _classify("Halaman Facebook tim pemenangan paslon nomor 3 memuat foto Bu Tari, kepala seksi di dinas kesehatan, "
                       "yang berpose dua jari bersama calon bupati di posko pemenangan pekan lalu. Bu Tari tidak "
                       "membagikan foto itu.", position="Kepala Seksi Pelayanan Kesehatan", day=CAMPAIGN)
    assert result.category == PHOTO


def test_a_photo_the_volunteers_posted_of_him_speaking_on_the_stage_shows_his_own_active_support():
    """Over-reach (the reading explains the post, not what the photo shows): a teacher 'sedang berorasi di panggung
    kampanye' in the volunteers' photo gives active support himself (SKB 2022 discipline)."""
    result = _classify("Grup WhatsApp tim relawan paslon 1 membagikan foto Pak Ahmad, guru PNS, sedang berorasi di panggung "
                       "kampanye paslon 1. Pak Ahmad tidak membagikan foto itu.", position="Guru SMP Negeri 1",
                       day=CAMPAIGN)
    assert result.category == ACTIVE


# --- an official event in an old photo, before any pair existed (UU 10/2016 Pasal 71(1)) -------------------------------

def test_pasal_71_1_an_official_event_in_a_2021_photo_a_team_page_posted_is_no_act_for_a_pair():
    """UU 10/2016 Pasal 71(1) protects a pasangan calon (pairs exist from 22 Sep 2024, review A3) and SKB 2022 binds
    her own posts: a 'foto lama' from a puskesmas inauguration 'tahun 2021' that the team's page posted, which she
    'tidak membagikan maupun mengomentari' and asked the admin to delete, shows no act for a pair: no violation, no
    crime."""
    result = _classify("Halaman Facebook tim pemenangan paslon nomor 3 memuat foto lama Bu Tari, kepala seksi di dinas "
                       "kesehatan, bersama calon bupati di peresmian puskesmas tahun 2021, diberi keterangan dukungan ASN. "
                       "Bu Tari tidak membagikan maupun mengomentari foto itu dan meminta admin halaman itu "
                       "menghapusnya.", position="Kepala Seksi Pelayanan Kesehatan", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_camat_s_current_aid_with_the_pair_s_sticker_in_the_volunteers_video_stays_an_official_action():
    """Over-reach: a video the volunteers posted of the camat 'membagikan bansos beras berstiker paslon' now shows his
    own act with the office's aid (Pasal 71(1) jo. 188); who posted it does not matter."""
    result = _classify("Akun Facebook relawan paslon nomor 2 mengunggah video Camat Sukaraja membagikan bansos beras "
                       "berstiker paslon nomor 2 kepada warga. Camat tidak membagikan video itu di akunnya.",
                       position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication
