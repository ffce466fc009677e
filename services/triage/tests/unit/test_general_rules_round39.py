"""Round 39: the general gaps the thirty-eighth blind set's misses showed (measured once unseen on round 38, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was two lawful reports given a violation. A staff member asked by a pair's team to 'jadi koordinator relawan'
who refused was not read as refusing because the refusal reading (menolak_permintaan_berpihak) knew only 'menjadi';
the colloquial 'jadi' now counts (SKB 2022; UU 10/2016 Pasal 71(1): the request is the requester's act). A spouse on
CLTN whose leave has 'SK-nya dari BKPSDM' in another clause had that SK read as an official decision of hers, which
the CLTN reading does not override; 'SK-nya' (its SK) refers back to a decree already named, as 'SK tersebut' does
(UU 10/2016 Pasal 71(1); SKB 2022: the spouse on CLTN may accompany the candidate). Two heads' programmes were read
lawful: a reading about something else (an organiser's event, 'video acara ke Panwascam') neither explains nor
contradicts a regional or acting head's programme (UU 10/2016 Pasal 71(3) jo. 190), and 'hanya dibagikan lewat
koordinator relawan' is a channel, not the party 'hanya lewat'. Also: an officer or ASN accompanying a pair's
volunteers door to door and introducing them takes part in the campaign (SKB 2022; UU 34/2004 Pasal 39); 'dia
kampanye terus keliling' is the party's own campaigning (for a candidate who resigned, lawful: UU 10/2016 Pasal 7(2)
huruf t); watching a rally together with one's spouse is no spouse-campaign (SKB 2022 ethics); a dance in a video of
the party's own account is an upload, not attendance; an invitation sent through a WA group to meet in person is no
online campaign, the appeal at the meeting is partisan activity (PP 94/2021 Pasal 5 huruf n)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"

_STAF = dict(position="Staf Dinas Perhubungan", subject="asn_pns", day="2024-10-05")
_ASKED = ("Tim pemenangan paslon nomor 2 mendatangi Pak Darto, staf Dinas Perhubungan, pada 5 Oktober 2024 dan meminta "
          "dia jadi ketua relawan di kelurahannya. ")


# --- asked to 'jadi' a team's volunteer and refused (SKB 2022; UU 10/2016 Pasal 71(1)) -----------------------------

def test_skb_2022_a_staff_member_asked_to_jadi_a_volunteers_lead_who_refused_is_lawful():
    """SKB 2022, UU 10/2016 Pasal 71(1): the request is the team's act; he refused ('jadi' read as 'menjadi')."""
    result = _classify(_ASKED + "Pak Darto menolak karena ASN harus netral, lalu tamunya pulang.", **_STAF)
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_a_staff_member_who_refused_then_agreed_to_jadi_a_volunteers_lead_keeps_the_violation():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): he refused at first, then agreed to lead the volunteers."""
    result = _classify(_ASKED + "Awalnya dia menolak, tetapi akhirnya bersedia menjadi ketua relawan paslon nomor 2.",
                       **_STAF)
    assert result.category not in (LAWFUL, MANUAL)


# --- 'SK-nya' of the spouse's own CLTN is no decision of hers (UU 10/2016 Pasal 71(1); SKB 2022) --------------------

_SPOUSE = ("Bu Ratna, penyuluh pertanian PNS dan istri calon wakil bupati nomor 1, ikut kampanye suaminya di pasar Kamis "
           "7 November 2024. ")


def test_skb_2022_a_spouse_on_cltn_whose_leave_has_its_sk_in_another_clause_is_lawful():
    """SKB 2022 (spouse on CLTN may accompany), UU 10/2016 Pasal 71(1): 'SK-nya' refers back to her leave."""
    result = _classify(_SPOUSE + "Dia sedang cuti di luar tanggungan negara sejak Oktober, SK-nya sudah terbit dari "
                                 "BKPSDM.", position="Penyuluh Pertanian", subject="asn_pns", day="2024-11-07")
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_a_spouse_without_cltn_whose_promotion_sk_is_named_keeps_the_spouse_violation():
    """Over-reach (SKB 2022 ethics: spouse's campaign without CLTN): an SK of her promotion grants no leave."""
    result = _classify(_SPOUSE + "Kenaikan pangkatnya baru saja keluar, SK-nya diterima bulan lalu.",
                       position="Penyuluh Pertanian", subject="asn_pns", day="2024-11-07")
    assert result.category == "ethics_spouse_campaign"


# --- a head's programme is explained only by a reading about programmes (UU 10/2016 Pasal 71(3) jo. 190) -----------

def test_uu_10_2016_pasal_71_3_a_regents_aid_with_his_face_is_not_cleared_by_a_video_sent_to_bawaslu():
    """UU 10/2016 Pasal 71(3) jo. 190: 'video acara ke Bawaslu' is no organiser's event and explains no programme."""
    result = _classify("Bupati Arif, calon petahana nomor urut 2, membagikan bantuan sosial sembako APBD di Kecamatan "
                       "Lembah pada 2 November 2024 dengan kantong bergambar wajahnya dan nomor urut 2. Warga "
                       "menyerahkan video acara ke Bawaslu kabupaten.", position="Bupati Lembah Hijau",
                       subject="regional_head", day="2024-11-02")
    assert result.category == "regional_head_programme_use" and result.crime_indication


def test_uu_10_2016_pasal_65_an_official_invited_to_a_kpu_draw_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 65(1), SKB 2022): for an ASN guest the organiser's event still explains his presence."""
    result = _classify("Kepala Dinas Sosial hadir di acara pengundian nomor urut yang diselenggarakan KPU kabupaten pada "
                       "23 September 2024 sebagai undangan, duduk di kursi tamu tanpa atribut.",
                       position="Kepala Dinas Sosial", subject="asn_pns", day="2024-09-23")
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_3_forms_handed_out_only_through_a_pairs_posts_are_no_passing_by():
    """UU 10/2016 Pasal 71(3) jo. 190: 'hanya dibagikan lewat posko relawan' is a channel, not 'hanya lewat'."""
    result = _classify("Program beasiswa daerah Pemerintah Kota Tanjung yang diluncurkan Wali Kota Hasan pada 10 Oktober "
                       "2024 dipersoalkan: formulirnya hanya dibagikan lewat posko relawan paslon nomor 1, pasangan "
                       "yang ia pimpin sebagai calon petahana, dan wajib dilampiri surat dukungan.",
                       position="Wali Kota Tanjung", subject="regional_head", day="2024-10-10")
    assert result.category == "regional_head_programme_use" and result.crime_indication


def test_skb_2022_a_camat_who_was_only_passing_by_a_rally_stays_lawful():
    """Over-reach (SKB 2022): the report's own check that he 'hanya lewat' still clears him."""
    result = _classify("Camat Lembah, Pak Sony, difoto di dekat lokasi kampanye paslon nomor 2 pada 20 Oktober 2024. "
                       "Setelah saya tanya warga sekitar, ternyata dia hanya lewat naik motor menuju rumah ibunya.",
                       position="Camat Lembah", subject="asn_pns", day="2024-10-20")
    assert result.category == LAWFUL


# --- accompanying a pair's volunteers door to door (UU 34/2004 Pasal 39; SKB 2022) ---------------------------------

def test_uu_34_2004_pasal_39_a_soldier_accompanying_a_pairs_volunteers_door_to_door_is_tni_neutrality():
    """UU 34/2004 Pasal 39: he goes house to house with the pair's volunteers and introduces them."""
    result = _classify("Serka Budi, anggota Koramil Sungai Raya, pada Selasa 29 Oktober 2024 menemani relawan paslon "
                       "bupati nomor 2 keliling kampung dari rumah ke rumah dan memperkenalkan mereka kepada warga satu "
                       "per satu.", position="Anggota Koramil", subject="tni", day="2024-10-29")
    assert result.category == "tni_neutrality"


def test_uu_34_2004_a_soldier_accompanying_health_workers_door_to_door_is_not_tni_neutrality():
    """Over-reach (UU 34/2004 Pasal 7): health workers going house to house are no pair's team."""
    result = _classify("Serka Budi, anggota Koramil Sungai Raya, pada Selasa 29 Oktober 2024 menemani petugas puskesmas "
                       "dari rumah ke rumah mendata balita dan memperkenalkan mereka kepada warga.",
                       position="Anggota Koramil", subject="tni", day="2024-10-29")
    assert result.category != "tni_neutrality"


# --- 'dia kampanye terus' is the party's own campaigning (UU 10/2016 Pasal 7(2) huruf t) ---------------------------

def test_uu_10_2016_pasal_7_2_t_a_resigned_candidate_who_kampanye_keliling_is_lawful():
    """UU 10/2016 Pasal 7(2) huruf t: he resigned from PNS to run; his own campaigning is lawful."""
    result = _classify("Calon wali kota nomor 1, Bapak Rudi, dulu kepala dinas. Dia kampanye terus keliling pasar setiap "
                       "pagi membagikan kartu nama. Setahu saya ia sudah mundur dari PNS waktu mendaftar ke KPU, SK "
                       "pemberhentiannya keluar Juli.", position="Calon Wali Kota nomor urut 1", subject="asn_pns",
                       day="2024-10-15")
    assert result.category == LAWFUL and result.subject_type == "candidate"


def test_skb_2022_a_serving_civil_servant_who_kampanye_keliling_for_a_pair_keeps_the_violation():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): a serving PNS campaigning for a pair is no candidate."""
    result = _classify("Pak Rudi, PNS staf Dinas PU, pada 15 Oktober 2024 dia kampanye terus keliling pasar untuk paslon "
                       "nomor 1 membagikan kartu nama calon itu.", position="Staf Dinas PU", subject="asn_pns",
                       day="2024-10-15")
    assert result.category not in (LAWFUL, MANUAL)


# --- watching a rally with one's spouse is no spouse-campaign (SKB 2022 ethics) --------------------------------------

_RALLY = dict(position="Staf Kantor Kecamatan", subject="asn_pns", day="2024-10-26")


def test_skb_2022_a_civil_servant_watching_a_rally_with_his_wife_is_campaign_attendance_not_spouse_campaign():
    """SKB 2022 ethics (attending as a participant): his wife is his companion, not the candidate."""
    result = _classify("Pak Heri, PNS staf Kantor Kecamatan Lembah, pada Sabtu 26 Oktober 2024 menonton kampanye terbuka "
                       "paslon nomor 3 di alun-alun bersama istrinya dari awal sampai akhir, sekitar satu jam, tanpa "
                       "atribut.", **_RALLY)
    assert result.category == "ethics_campaign_attendance"


def test_skb_2022_a_civil_servant_at_her_husbands_own_rally_keeps_the_spouse_reading():
    """Over-reach (SKB 2022 ethics: spouse's campaign without CLTN): her husband is the candidate."""
    result = _classify("Bu Lina, PNS staf Kantor Kecamatan Lembah, pada Sabtu 26 Oktober 2024 hadir di kampanye terbuka "
                       "suaminya, calon bupati nomor 3, di alun-alun dan duduk di barisan depan.", **_RALLY)
    assert result.category == "ethics_spouse_campaign"


# --- a dance in the party's own account's video is an upload (SKB 2022; PP 94/2021 Pasal 5) -------------------------

_DINKES = dict(position="Staf Dinas Kesehatan", subject="asn_pns", day="2024-11-03")


def test_skb_2022_a_dance_in_a_video_of_her_own_account_is_online_campaign():
    """SKB 2022, PP 94/2021 Pasal 5 huruf n: the account's reel with 'ayo coblos nomor 2' is online campaigning."""
    result = _classify("Video reels Instagram akun @rina.dinkes milik Rina, PNS Dinas Kesehatan, diunggah 3 November "
                       "2024: dia berjoget mengikuti lagu kampanye paslon nomor 2 dengan tulisan 'ayo coblos nomor 2'.",
                       **_DINKES)
    assert result.category == "discipline_online_campaign"


def test_skb_2022_a_dance_at_the_rally_itself_stays_campaign_attendance():
    """Over-reach (SKB 2022): dancing before the rally's stage with two fingers raised is attendance."""
    result = _classify("Rina, PNS Dinas Kesehatan, berjoget di depan panggung kampanye terbuka paslon nomor 2 di Lapangan "
                       "Merdeka pada 3 November 2024 sambil mengacungkan dua jari.", **_DINKES)
    assert result.category == "discipline_campaign_attendance"


# --- an invitation through WA to meet in person is no online campaign (PP 94/2021 Pasal 5 huruf n) ------------------

_GURU = dict(position="Guru SMPN 3 Lembah", subject="asn_pns", day="2024-11-09")


def test_pp_94_2021_pasal_5_n_an_appeal_at_a_meeting_invited_through_wa_is_partisan_activity():
    """PP 94/2021 Pasal 5 huruf n, SKB 2022: WA carried the invitation; the appeal was made at the meeting."""
    result = _classify("Pak Yusuf, guru PNS di SMPN 3 Lembah, pada 9 November 2024 mengundang warga lewat grup WA RT "
                       "untuk kumpul di balai warga. Di sana dia berbicara tentang program paslon nomor 1 dan meminta "
                       "semua memilih nomor 1.", **_GURU)
    assert result.category == "discipline_partisan_activity"


def test_skb_2022_an_appeal_posted_in_the_wa_group_stays_online_campaign():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): the appeal itself is posted in the group."""
    result = _classify("Pak Yusuf, guru PNS di SMPN 3 Lembah, pada 9 November 2024 mengirim pesan di grup WA RT yang "
                       "meminta semua warga memilih paslon nomor 1 dan melampirkan poster paslon itu.", **_GURU)
    assert result.category == "discipline_online_campaign"
