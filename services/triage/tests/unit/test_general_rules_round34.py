"""Round 34: the general gaps the thirty-second blind set's misses showed (measured once unseen on round 33, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was three lawful reports given a violation: an incumbent head on campaign leave while a Pjs stands in is the
elected head, no ASN, and 'Pjs ... sudah dilantik' is the stand-in's installation, not a replacement of officials by
the party (UU 10/2016 Pasal 70(3)-(4), 71(2); review B1 concerns the acting head himself); taking part in a campaign
after voting day is impossible, no campaign is left (UU 6/2014 Pasal 29 huruf j, 51 huruf j; the schedule's voting
day); a PNS who resigned or was discharged to run is a candidate, whose own campaigning is lawful (UU 10/2016 Pasal
7(2) huruf t). Besides: a position naming a relative's office and the party's own status ('Istri Camat (PNS Dinas
Kesehatan)') is the party's ASN status (SKB 2022; UU 20/2023 Pasal 1); a bare 'lantik' is 'melantik' (Pasal 71(2),
before 22 Mar 2024 outside its window); a declared non-ASN who holds no office commits no Pasal 71(1) act; the
party's words quoted before 'gitu katanya' are his own, no hearsay (Pasal 71(1) jo. 188); a role in a pair's posko is a
role in its team (SKB 2022, PP 94/2021 Pasal 5 huruf n, PP 49/2018); a shared poster's invitation to a rally is the
poster's content, the act is sharing (SKB 2022 ethics); a police officer 'kelihatan di posko' attends (UU 2/2002 Pasal
28); an organiser leaving a candidate's house at night with his team meets the pair (Peraturan DKPP 2/2017); 'mungkin
yang saya lihat kakaknya' doubts the identity (Perbawaslu 8/2020); a PKK chair holds no public office."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify
from netra_shared.contracts.schemas.submission import ReportedParty
from triage.domain.subjects import normalise_subject
from netra_devkit.classifier_probe import reference

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"
CAMPAIGN = "2024-10-23"


def _subject(position: str, subject: str = "asn_pns", description: str = " "):
    return normalise_subject(ReportedParty(full_name="X", subject_type=subject, position=position, agency=""),
                             reference(), description)


# --- an incumbent on campaign leave while a Pjs stands in (UU 10/2016 Pasal 70(3)-(4), 71(2); review B1) ----------

def test_uu_10_2016_pasal_70_an_incumbent_mayor_on_leave_while_a_pjs_stands_in_campaigns_lawfully():
    """UU 10/2016 Pasal 70(3)-(4): the elected mayor campaigns on leave; the Pjs the report names is his stand-in."""
    result = _classify("Wali Kota Sungai Rindu berkampanye di lapangan Kelurahan Batu Ampar pada Sabtu 9 November 2024 "
                       "memakai kendaraan pribadi. Ia petahana dan sudah mengambil cuti di luar tanggungan negara; Pjs "
                       "wali kota telah ditunjuk Mendagri sejak awal masa kampanye.", position="Wali Kota Sungai Rindu",
                       subject="asn_pns", day="2024-11-09")
    assert result.category == LAWFUL and result.subject_type == "regional_head" and not result.crime_indication


def test_a_pj_mayor_replacing_officials_himself_stays_an_acting_head():
    """Over-reach (Pasal 71(2) jo. 71(4), 190; review B1): the Pj's own replacement of lurah, no leave in sight."""
    result = _classify("Penjabat (Pj) Wali Kota Sungai Rindu, yang dilantik Mei lalu, mencopot tiga lurah pada 9 Oktober "
                       "2024 tanpa persetujuan tertulis Mendagri; lurah yang dicopot dikenal menolak mendukung paslon "
                       "nomor 2.", position="Wali Kota Sungai Rindu", subject="regional_head", day="2024-10-09")
    assert result.category == "regional_head_replacement_of_officials" and result.subject_type == "asn_pns"
    assert result.crime_indication


# --- no campaign after the vote (UU 6/2014 Pasal 29 huruf j; PKPU 2/2024 schedule) ---------------------------------

def test_uu_6_2014_pasal_29_j_a_village_head_at_the_winners_dinner_after_the_vote_is_lawful():
    """UU 6/2014 Pasal 29 huruf j bars taking part in a campaign; on 2 Dec 2024 the campaign and the vote are over."""
    result = _classify("Kepala Desa Suka Damai datang ke acara makan bersama merayakan kemenangan calon bupati terpilih "
                       "di rumah ketua tim pemenangan pada 2 Desember 2024 dan memberi sambutan singkat.",
                       position="Kepala Desa Suka Damai", subject="village_head", day="2024-12-02")
    assert result.category == LAWFUL and not result.crime_indication


def test_the_same_village_head_at_a_team_meeting_in_the_campaign_keeps_the_violation():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): a team meeting on 2 Nov 2024 is in the campaign period."""
    result = _classify("Kepala Desa Suka Damai datang ke rapat tim pemenangan calon bupati nomor 2 di rumah ketua tim "
                       "pemenangan pada 2 November 2024 dan memberi sambutan singkat.",
                       position="Kepala Desa Suka Damai", subject="village_head", day="2024-11-02")
    assert result.category == "village_law_campaign"


# --- a civil servant who resigned to run (UU 10/2016 Pasal 7(2) huruf t) --------------------------------------------

def test_uu_10_2016_pasal_7_2_t_a_former_section_head_who_resigned_to_run_is_a_candidate():
    """UU 10/2016 Pasal 7(2) huruf t: he resigned as PNS before determination; his own campaigning is lawful."""
    result = _classify("Sdr. Hendra, yang dulu Kepala Bagian Umum Setda, berorasi di panggung kampanye sebagai calon "
                       "bupati nomor urut 2 pada 30 Oktober 2024 dengan kaos pasangannya. Dari berkas KPU diketahui "
                       "bahwa ia telah mengundurkan diri sebagai PNS sebelum penetapan pasangan calon.",
                       position="PNS Setda (Kabag Umum)", subject="asn_pns", day="2024-10-30")
    assert result.category == LAWFUL and result.subject_type == "candidate" and not result.crime_indication


def test_a_section_head_who_has_not_yet_resigned_stays_an_asn():
    """Over-reach (SKB 2022; Pasal 71(1) jo. 188): 'belum mengundurkan diri' and a candidacy to come next year."""
    result = _classify("Sdr. Hendra, Kepala Bagian Umum Setda, berorasi di panggung kampanye pasangan nomor urut 2 pada "
                       "30 Oktober 2024 dengan kaos pasangan itu. Ia belum mengundurkan diri sebagai PNS walau disebut "
                       "akan maju sebagai calon bupati tahun depan.", position="PNS Setda (Kabag Umum)",
                       subject="asn_pns", day="2024-10-30")
    assert result.category == "discipline_campaign_attendance" and result.subject_type == "asn_pns"


# --- a relative's office and the party's own status (SKB 2022; UU 20/2023 Pasal 1) ----------------------------------

def test_skb_2022_a_camats_wife_who_is_herself_a_pns_is_an_asn():
    """SKB 2022 binds the ASN: 'Istri Camat (PNS Dinas Kesehatan)' names his office and her own status."""
    wife = _subject("Istri Camat (PNS Dinas Kesehatan)", subject="other")
    assert wife.subject_type == "asn_pns" and not wife.official and not wife.senior
    assert _subject("Suami Lurah, PPPK Dinas Pertanian").subject_type == "asn_pppk"


def test_a_camats_wife_alone_and_a_pns_teachers_housewife_stay_private_persons():
    """Over-reach (SKB 2022 binds ASN only): 'Istri Camat' alone, and 'Istri guru PNS ... (ibu rumah tangga)' where
    PNS is the husband's status."""
    assert _subject("Istri Camat").subject_type == "other"
    assert _subject("Istri guru PNS SDN 05 (ibu rumah tangga)").subject_type == "other"
    assert _subject("Istri PNS").subject_type == "other"


# --- a bare 'lantik' and the Pasal 71(2) window (UU 10/2016 Pasal 71(2), from 22 Mar 2024) --------------------------

def test_uu_10_2016_pasal_71_2_a_rotation_told_as_lantik_before_the_window_is_lawful():
    """UU 10/2016 Pasal 71(2): 'lantik 9 kepala bidang' on 4 Mar 2024, before 22 Mar 2024."""
    result = _classify("Bupati Tanjung Rimba kemarin 4 Maret 2024 lantik 9 kepala bidang baru. Beliau mau nyalon lagi, "
                       "ini boleh nggak?", position="Bupati Tanjung Rimba", subject="regional_head", day="2024-03-04")
    assert result.category == LAWFUL and not result.crime_indication


def test_the_same_lantik_in_october_without_approval_keeps_the_replacement():
    """Over-reach (Pasal 71(2) jo. 190): in the window and without the Minister's written approval."""
    result = _classify("Bupati Tanjung Rimba kemarin 4 Oktober 2024 lantik 9 kepala bidang baru tanpa persetujuan "
                       "tertulis Mendagri. Beliau mau nyalon lagi sebagai petahana.", position="Bupati Tanjung Rimba",
                       subject="regional_head", day="2024-10-04")
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


# --- a declared non-ASN with no office (UU 10/2016 Pasal 71(1) names pejabat; SKB 2022 binds ASN) ------------------

def test_uu_10_2016_pasal_71_1_a_contractors_labourer_in_a_project_vest_is_no_official():
    """Pasal 71(1) names pejabat: a contractor's labourer, 'bukan ASN', in a project vest commits no official act."""
    result = _classify("Orang yang membagikan stiker pasangan calon nomor 3 di perempatan Jalan Merdeka pada 12 Oktober "
                       "2024 memakai rompi proyek drainase kabupaten. Pejabat dinas menegaskan yang bersangkutan bukan "
                       "ASN dan bukan tenaga kontrak dinas, melainkan buruh harian PT rekanan proyek.",
                       position="Pegawai Dinas Perkim", subject="asn_pns", day="2024-10-12")
    assert result.category == LAWFUL and result.subject_type == "other" and not result.crime_indication


def test_a_pns_of_the_agency_in_the_same_vest_keeps_a_violation():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): the PNS himself handing out the pair's stickers."""
    result = _classify("Sdr. Joko, PNS Dinas Perkim, membagikan stiker pasangan calon nomor 3 di perempatan Jalan Merdeka "
                       "pada 12 Oktober 2024 memakai rompi proyek drainase kabupaten dan menyebut proyek itu jasa calon "
                       "nomor 3.", position="Pegawai Dinas Perkim (PNS)", subject="asn_pns", day="2024-10-12")
    assert result.category not in (LAWFUL, MANUAL) and result.subject_type == "asn_pns"


# --- the party's quoted words before 'gitu katanya' (UU 10/2016 Pasal 71(1) jo. 188) --------------------------------

def test_uu_10_2016_pasal_71_1_a_quoted_threat_followed_by_gitu_katanya_is_the_partys_own_words():
    """Pasal 71(1) jo. 188: 'katanya' after the quoted words tells whose they are, the village head's."""
    result = _classify("Pak Kades Karanganyar kirim pesan suara di grup WA penerima bantuan sembako: 'Sing ora nyoblos "
                       "nomer siji, sembakone tak leren' gitu katanya. Rekamannya saya simpan.",
                       position="Kades Karanganyar", subject="village_head", day="2024-10-25")
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_words_quoted_from_what_residents_said_stay_hearsay():
    """Over-reach (Perbawaslu 8/2020): 'Warga bilang ... gitu katanya' is what others told the reporter."""
    result = _classify("Warga bilang di warung: 'Sing ora nyoblos nomer siji, sembakone dileren kades' gitu katanya. "
                       "Saya sendiri belum dengar rekamannya.", position="Kades Karanganyar", subject="village_head",
                       day="2024-10-25")
    assert not result.crime_indication


# --- a role in a pair's posko (SKB 2022; PP 94/2021 Pasal 5 huruf n; PP 49/2018) ------------------------------------

def test_skb_2022_the_treasurer_of_a_pairs_posko_has_a_role_in_its_team():
    """SKB 2022 (berperan dalam tim kampanye), PP 49/2018 for PPPK: treasurer of a 'Posko Pemenangan'."""
    result = _classify("Dalam susunan Posko Pemenangan Desa Lubuk Raya pasangan calon nomor 2 yang beredar di grup "
                       "relawan, Sdr. Andi, guru PPPK SD Negeri 4, tercantum sebagai bendahara posko. Ia juga memimpin "
                       "rapat relawan di posko itu pada 20 Oktober 2024.", position="Guru PPPK SD Negeri 4",
                       subject="asn_pppk", day="2024-10-20")
    assert result.category == "discipline_campaign_attendance" and result.subject_type == "asn_pppk"


def test_the_treasurer_of_a_flood_relief_post_is_no_team_role():
    """Over-reach (SKB 2022): a 'posko banjir' is no pair's post."""
    result = _classify("Sdr. Andi, guru PPPK SD Negeri 4, tercatat sebagai bendahara posko banjir Desa Lubuk Raya dan "
                       "pada 20 Oktober 2024 membagikan beras bantuan korban banjir di posko itu.",
                       position="Guru PPPK SD Negeri 4", subject="asn_pppk", day="2024-10-20")
    assert result.category != "discipline_campaign_attendance"


# --- sharing a poster that invites to a rally (SKB 2022 ethics: sharing) --------------------------------------------

def test_skb_2022_resharing_a_rally_invitation_picture_is_sharing():
    """SKB 2022 ethics: what the shared picture asks of its readers is not her own attendance or appeal."""
    result = _classify("Ibu Wati, bidan PPPK di Puskesmas Sei Lama, membagikan ulang ke status WhatsApp-nya gambar ajakan "
                       "menghadiri kampanye akbar pasangan nomor 1 dari akun relawan pada 3 November 2024. Ia tidak "
                       "membuat postingan sendiri.", position="Bidan PPPK", subject="asn_pppk", day="2024-11-03")
    assert result.category == "ethics_social_media"


def test_her_own_written_invitation_stays_online_campaigning():
    """Over-reach (SKB 2022 discipline, PP 49/2018): she writes the appeal herself."""
    result = _classify("Ibu Wati, bidan PPPK di Puskesmas Sei Lama, menulis di status WhatsApp-nya ajakan kepada warga "
                       "untuk menghadiri kampanye akbar pasangan nomor 1 pada 3 November 2024, dengan kata-katanya "
                       "sendiri.", position="Bidan PPPK", subject="asn_pppk", day="2024-11-03")
    assert result.category == "discipline_online_campaign"


# --- a police officer 'kelihatan' at a posko (UU 2/2002 Pasal 28) --------------------------------------------------

def test_uu_2_2002_pasal_28_a_police_officer_seen_at_a_volunteers_posko_takes_sides():
    """UU 2/2002 Pasal 28: 'kelihatan di posko relawan' in the pair's shirt, at the volunteers' chief's table."""
    result = _classify("Bripka Doni anggota Polsek Air Hitam kelihatan di posko relawan pasangan calon nomor 1 pada Kamis "
                       "malam 31 Oktober 2024, duduk satu meja dengan ketua relawan dan memakai kaos pasangan itu.",
                       position="Anggota Polsek", subject="polri", day="2024-10-31")
    assert result.category == "polri_neutrality" and not result.crime_indication


def test_a_police_officer_on_security_duty_at_the_posko_is_lawful():
    """Over-reach (UU 2/2002 Pasal 13-14: securing the election's stages is his duty)."""
    result = _classify("Bripka Doni anggota Polsek Air Hitam kelihatan di depan posko relawan pasangan calon nomor 1 pada "
                       "Kamis malam 31 Oktober 2024 berseragam dinas, menjalankan surat tugas pengamanan dari Kapolsek "
                       "selama acara.", position="Anggota Polsek", subject="polri", day="2024-10-31")
    assert result.category == LAWFUL


# --- an organiser at a candidate's house at night (Peraturan DKPP 2/2017) -------------------------------------------

def test_peraturan_dkpp_2_2017_a_bawaslu_member_leaving_a_candidates_house_at_night_with_his_team():
    """Peraturan DKPP 2/2017 Pasal 8 huruf l (no meeting that shows partiality): no official agenda, the pair's team
    sees him off."""
    result = _classify("Seorang anggota Bawaslu Kabupaten Batu Hijau terlihat keluar dari rumah pribadi calon wali kota "
                       "nomor 2 lewat pukul 22.00, Selasa 5 November 2024, diantar dua orang tim pemenangan. Tidak ada "
                       "agenda kedinasan malam itu.", position="Anggota Bawaslu Kabupaten",
                       subject="election_organiser", day="2024-11-05")
    assert result.category == "organiser_ethics" and not result.crime_indication


def test_a_kpu_member_on_a_factual_verification_visit_is_no_ethics_breach():
    """Over-reach (UU 7/2017 Pasal 14: verification is the KPU's duty): a visit with a letter of assignment."""
    result = _classify("Seorang anggota KPU Kabupaten Batu Hijau datang ke rumah calon wali kota nomor 2 pada Selasa 5 "
                       "November 2024 siang bersama staf sekretariat untuk verifikasi faktual dokumen dukungan, dengan "
                       "surat tugas.", position="Anggota KPU Kabupaten", subject="election_organiser", day="2024-11-05")
    assert result.category != "organiser_ethics"


# --- who was seen (Perbawaslu 8/2020: the facts the clarification establishes) --------------------------------------

def test_perbawaslu_8_2020_maybe_the_one_seen_was_his_brother_goes_to_the_pokja():
    """Perbawaslu 8/2020: 'mungkin yang saya lihat kakaknya, wajahnya mirip' doubts who was there."""
    result = _classify("Kades Tanjung Sari ikut kampanye paslon 1 di balai desa Rabu 23 Oktober, saya lihat dia di "
                       "barisan depan. Tapi sorenya ada kabar beliau sedang di Palembang. Mungkin yang saya lihat "
                       "kakaknya, wajahnya mirip sekali.", position="Kades Tanjung Sari", subject="village_head",
                       day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_village_head_seen_with_his_brother_keeps_the_campaign():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): the reporter is sure, the brother was there too."""
    result = _classify("Kades Tanjung Sari ikut kampanye paslon 1 di balai desa Rabu 23 Oktober, saya lihat sendiri dia "
                       "memakai kaos paslon di barisan depan, bersama kakaknya.", position="Kades Tanjung Sari",
                       subject="village_head", day=CAMPAIGN)
    assert result.category == "village_law_campaign"


# --- a PKK chair holds no public office (SKB 2022; UU 10/2016 Pasal 70-71) ------------------------------------------

def test_skb_2022_the_mayors_wife_as_pkk_chair_is_a_private_person():
    """SKB 2022 and UU 10/2016 Pasal 70(1)-(2), 71(1) do not name a PKK chair: her campaigning is lawful."""
    result = _classify("Ketua TP PKK Kota Batu Hijau, istri wali kota petahana, mengajak ibu-ibu arisan memilih suaminya "
                       "pada 2 November 2024 dengan mobil pribadi. Ia bukan PNS.",
                       position="Ketua TP PKK Kota (istri Wali Kota)", subject="regional_official", day="2024-11-02")
    assert result.category == LAWFUL and result.subject_type == "other"


def test_a_pkk_chair_who_is_herself_a_pns_stays_an_asn():
    """Over-reach (SKB 2022, PP 94/2021): the position names her own PNS status."""
    result = _classify("Ketua TP PKK Kecamatan yang juga PNS di Dinas Sosial mengajak ibu-ibu arisan memilih pasangan "
                       "nomor 1 pada 2 November 2024.", position="Ketua TP PKK Kecamatan (PNS Dinas Sosial)",
                       subject="asn_pns", day="2024-11-02")
    assert result.subject_type == "asn_pns" and result.category != LAWFUL
