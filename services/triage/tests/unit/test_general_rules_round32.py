"""Round 32: the general gaps the thirtieth blind set's misses showed (measured once unseen on round 31, see its file),
each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The recurring
blind spot is again the party's own refusal: a section head listed in a pair's team by others who wrote that he
refused and asked to be struck off. A listing in a team, a list or a party's structure by others, and the party's own
refusal, objection, request to be removed or withdrawal anywhere in the report, with nothing saying he later agreed
or took part, is the team's act (UU 10/2016 Pasal 70(1) jo. 189 is the pair's offence) and none of his (SKB 2022
binds the ASN's own acts): lawful; someone else's refusal (warga, staf, pelapor) explains nothing. Besides: a
negation does not reach a clause of time with its own passive predicate ("jawabannya belum turun saat pelantikan
dilakukan": the inauguration took place; UU 10/2016 Pasal 71(2) jo. 190), an approval whose answer has not come is no
approval, a regional government's rice reserve handed out under the head's face is a programme (Pasal 71(3) jo.
190), a vote asked for "supaya jatah pupuk lancar" ties a public allocation to a pair (Pasal 71(1) jo. 188; a TNI
member after MK 136/PUU-XXII/2024), a party branch's decree naming him as an officer is party office (UU 20/2023
Pasal 52(3) huruf j), laying out and offering a pair's calendars is handing out props (SKB 2022, PP 94/2021 Pasal 5
huruf n), and a private person's campaigning is lawful however thinly it is told (the SKB 2022 binds only ASN)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION = "election_crime_official_action"
CAMPAIGN = "2024-10-21"
AFTER_MK_136 = "2024-11-20"


# --- the party's own refusal of a listing by others (UU 10/2016 Pasal 70(1) jo. 189; SKB 2022) ----------------------

def test_uu_10_2016_pasal_70_1_a_civil_servant_listed_in_a_team_who_objected_in_writing_is_lawful():
    """UU 10/2016 Pasal 70(1) jo. 189: listing an ASN in a campaign team is the pair's act; his written objection
    and request to be struck off leave no act of his (SKB 2022)."""
    result = _classify("Dalam susunan tim kampanye cabup nomor 3 yang dibagikan di grup Facebook desa tertulis nama "
                       "Ibu Ratna, Kepala Subbagian Umum Dinas Kesehatan. Ibu Ratna lalu menyatakan keberatan "
                       "secara tertulis kepada tim itu dan meminta namanya dicoret dari daftar.",
                       position="Kepala Subbagian Umum Dinas Kesehatan", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_a_teacher_named_as_a_volunteer_without_his_consent_who_withdrew_is_lawful():
    """SKB 2022 (only the ASN's own acts count): 'dicantumkan tanpa persetujuannya' and 'mengundurkan diri dari tim'
    tell the team's listing and his withdrawal, not his support."""
    result = _classify("Pak Bambang, guru PNS SMPN 2, dicantumkan sebagai koordinator relawan paslon nomor 2 di "
                       "kecamatan kami tanpa persetujuannya. Dua hari kemudian ia mengundurkan diri dari tim dan "
                       "memberi tahu kepala sekolah.", position="Guru PNS SMPN 2", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_civil_servant_listed_in_a_team_whose_staff_objected_keeps_the_violation():
    """Over-reach (SKB 2022): the staff's objection is not his, and he led the team's meeting himself."""
    result = _classify("Nama Pak Joko, Kepala Bidang Bina Marga, tercantum sebagai anggota tim pemenangan paslon "
                       "nomor 1. Staf bidangnya menolak ikut, tetapi Pak Joko tetap memimpin rapat tim pemenangan "
                       "di rumahnya pada Sabtu malam.", position="Kepala Bidang Bina Marga", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_civil_servant_who_objected_to_his_listing_and_later_agreed_keeps_the_violation():
    """Over-reach (SKB 2022): an objection he gave up ('kemudian ia bersedia') explains nothing."""
    result = _classify("Nama Pak Joko, Kepala Bidang Bina Marga, tercantum sebagai anggota tim pemenangan paslon "
                       "nomor 1. Pada awalnya Pak Joko menolak, namun kemudian ia bersedia dan hadir di rapat tim "
                       "pemenangan paslon nomor 1 di posko.", position="Kepala Bidang Bina Marga", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a negation does not reach a clause of time with its own predicate (UU 10/2016 Pasal 71(2) jo. 190) -----------

def test_uu_10_2016_pasal_71_2_an_inauguration_held_before_the_ministers_answer_came_is_a_replacement():
    """UU 10/2016 Pasal 71(2) jo. 190: 'jawabannya belum keluar ketika pelantikan dilaksanakan' denies the answer,
    not the inauguration; an approval applied for but not given is no approval."""
    result = _classify("Wali Kota Tanjung Rejo melantik lima kepala dinas baru pada 10 Juni 2024. Menurut Sekda, "
                       "surat permohonan persetujuan kepada Menteri Dalam Negeri sudah dikirim, tetapi jawabannya "
                       "belum keluar ketika pelantikan dilaksanakan. Wali kota mendaftar lagi sebagai bakal calon.",
                       position="Wali Kota Tanjung Rejo", subject="regional_head", day="2024-06-10")
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


def test_a_replacement_with_the_ministers_written_approval_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 71(2)): the Minister's written approval given before the inauguration."""
    result = _classify("Wali Kota Tanjung Rejo melantik lima kepala dinas baru pada 10 Juni 2024 setelah "
                       "mendapat persetujuan tertulis Menteri Dalam Negeri tertanggal 3 Juni 2024.",
                       position="Wali Kota Tanjung Rejo", subject="regional_head", day="2024-06-10")
    assert result.category == LAWFUL


# --- a regional government's rice reserve under the head's face (UU 10/2016 Pasal 71(3) jo. 190) --------------------

def test_uu_10_2016_pasal_71_3_a_regents_face_on_the_regional_rice_reserve_is_programme_use():
    """UU 10/2016 Pasal 71(3) jo. 190: the regional government's rice reserve is a programme; branded with the
    running regent's face it benefits his pair."""
    result = _classify("Paket cadangan beras pemerintah kabupaten yang disalurkan ke warga miskin pekan ini memuat "
                       "foto Bupati Hasan, yang maju lagi sebagai calon bupati nomor urut 2, dan tulisan 'Dua "
                       "Periode'.", position="Bupati Sumber Rejeki", subject="regional_head", day=CAMPAIGN)
    assert result.category == "regional_head_programme_use" and result.crime_indication


def test_a_regent_who_campaigns_on_his_leave_day_without_any_programme_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 70(2)): a campaigning elected head on leave uses no programme."""
    result = _classify("Bupati Hasan, calon bupati nomor urut 2, berorasi di lapangan desa pada hari Minggu saat "
                       "cuti kampanye.", position="Bupati Sumber Rejeki", subject="regional_head", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- a public allocation tied to a vote (UU 10/2016 Pasal 71(1) jo. 188; MK 136/PUU-XXII/2024) ----------------------

def test_uu_10_2016_pasal_71_1_a_soldier_tying_the_subsidised_allocation_to_a_vote_after_mk_136_is_a_crime():
    """UU 10/2016 Pasal 71(1) jo. 188 as read by MK 136/PUU-XXII/2024 (from 14 Nov 2024): a TNI member asking
    farmers to vote for a pair 'agar kuota pupuk subsidi tetap ada' ties a public allocation to a pair."""
    result = _classify("Babinsa Koramil Sukadana mengumpulkan petani di balai dusun dan meminta mereka mencoblos "
                       "paslon nomor 2 agar kuota pupuk subsidi tetap ada.", position="Babinsa Koramil Sukadana",
                       subject="tni", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_the_same_words_before_mk_136_are_a_tni_neutrality_breach_without_a_crime():
    """Over-reach (MK 136/PUU-XXII/2024 reads Pasal 71(1) for TNI/Polri from 14 Nov 2024 only)."""
    result = _classify("Babinsa Koramil Sukadana mengumpulkan petani di balai dusun dan meminta mereka mencoblos "
                       "paslon nomor 2 agar kuota pupuk subsidi tetap ada.", position="Babinsa Koramil Sukadana",
                       subject="tni", day=CAMPAIGN)
    assert result.category == "tni_neutrality" and not result.crime_indication


# --- a party branch's decree naming him as an officer (UU 20/2023 Pasal 52(3) huruf j; PP 11/2017 Pasal 255) --------

def test_uu_20_2023_pasal_52_a_branch_decree_naming_a_civil_servant_as_deputy_secretary_is_party_office():
    """UU 20/2023 Pasal 52(3) huruf j jo. (4): a DPC decree that lists him as wakil sekretaris is party office; the
    installation of the branch's board is no replacement of officials."""
    result = _classify("Kami menerima salinan SK DPD Partai Bintang Timur nomor 12 tahun 2024 yang menetapkan "
                       "Sdr. Hendra, PNS Dinas Perikanan, sebagai wakil sekretaris. Ia hadir pada pelantikan "
                       "pengurus di hotel kota.", position="PNS Dinas Perikanan", day="2024-08-20")
    assert result.category == "discipline_party_membership"


def test_an_inauguration_of_a_party_board_attended_as_a_guest_is_no_party_office():
    """Over-reach: a decree naming no office of his and a party board's inauguration are no membership."""
    result = _classify("Sdr. Hendra, PNS Dinas Perikanan, mengantar istrinya ke hotel kota lalu pulang; di hotel "
                       "itu sedang ada pelantikan pengurus sebuah partai.", position="PNS Dinas Perikanan",
                       day="2024-08-20")
    assert result.category != "discipline_party_membership"


# --- laying out and offering a pair's calendars (SKB 2022; PP 94/2021 Pasal 5 huruf n) -------------------------------

def test_skb_2022_a_clerk_offering_a_pairs_calendars_at_the_service_desk_hands_out_props():
    """SKB 2022, PP 94/2021 Pasal 5 huruf n: 'menaruh ... dan menawarkan' a pair's calendars is handing them out."""
    result = _classify("Di loket pelayanan kantor kelurahan, Bu Ani, staf PNS, menaruh setumpuk kalender cawalkot "
                       "nomor 2 di meja dan menawarkan kepada warga yang mengurus surat.",
                       position="Staf pelayanan Kantor Kelurahan", day=CAMPAIGN)
    assert result.category == "discipline_campaign_props"


def test_a_clerk_offering_the_health_offices_calendars_hands_out_no_pairs_props():
    """Over-reach (SKB 2022): a government calendar with no pair on it is no campaign prop."""
    result = _classify("Di loket pelayanan kantor kelurahan, Bu Ani, staf PNS, menaruh setumpuk kalender imunisasi "
                       "dari puskesmas di meja dan menawarkan kepada warga yang mengurus surat.",
                       position="Staf pelayanan Kantor Kelurahan", day=CAMPAIGN)
    assert result.category != "discipline_campaign_props"


# --- a private person's campaigning however thinly told (SKB 2022 binds ASN only) ----------------------------------

def test_skb_2022_a_candidates_brother_who_is_a_trader_campaigning_is_lawful_even_if_only_heard_of():
    """SKB 2022 binds only ASN; a private person campaigning is lawful whatever the reporter is unsure of."""
    result = _classify("Katanya Pak Dedi, adik calon bupati nomor 1, membagikan stiker kakaknya di pasar. Saya kira "
                       "dia pegawai kecamatan, ternyata dia pedagang kain biasa, bukan ASN.",
                       position="Adik calon bupati nomor 1 (pedagang)", subject="other", day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "other"


def test_a_civil_servant_only_heard_of_campaigning_still_goes_to_the_pokja():
    """Over-reach: hearsay about an ASN's campaigning is still for the Pokja to check (Perbawaslu 8/2020)."""
    result = _classify("Katanya Pak Dedi, staf PNS kecamatan, membagikan stiker calon bupati nomor 1 di pasar. "
                       "Saya tidak melihat sendiri, hanya dengar dari tetangga.",
                       position="Staf Kecamatan (PNS)", day=CAMPAIGN)
    assert result.category != LAWFUL
