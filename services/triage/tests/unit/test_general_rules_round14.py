"""Round 14: the general gaps the twelfth blind set's misses showed (measured once unseen on round 13, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays as it was."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
MEMBERSHIP, REPLACEMENT = "discipline_party_membership", "regional_head_replacement_of_officials"
ORGANISER = "organiser_ethics"
CAMPAIGN = "2024-10-20"


def test_what_others_wrongly_believe_is_no_sign_that_a_retiree_still_serves():
    """SKB 2022 binds ASN only, UU 34/2004 Pasal 39 serving soldiers only (review E3): 'warga menyangka dia masih
    anggota aktif' is the neighbours' mistake about a retired officer, not a sign that he serves."""
    result = _classify("Letkol (Purn.) Sutrisno menjadi juru kampanye paslon 1 dan berorasi di panggung kampanye di lapangan kecamatan. Ia purna tugas dari TNI "
                       "AD sejak 2017. Banyak warga menyangka dia masih anggota aktif karena masih dipanggil 'komandan'.",
                       position="Letkol (Purn.)", subject="tni", day=CAMPAIGN)
    assert result.subject_type == "other" and result.category == LAWFUL


def test_a_retired_title_with_the_report_showing_him_still_active_stays_tni():
    """Round 10 unchanged: 'ternyata masih anggota aktif' in the report's own voice keeps him a serving soldier."""
    result = _classify("Serka (Purn.) Joko ikut berorasi untuk paslon 1. Setelah dicek ke Kodim, ternyata dia masih "
                       "anggota aktif dan belum pensiun.", position="Serka (Purn.)", subject="tni", day=CAMPAIGN)
    assert result.subject_type == "tni" and result.category != LAWFUL


def test_a_programme_paid_out_on_its_regular_cycle_with_no_shirt_or_sticker_is_routine():
    """UU 10/2016 Pasal 71(1), (3) need a programme used to benefit a pair; UU 6/2014 Pasal 29 the same: a payment
    'rutin setiap semester' whose report denies any shirt or sticker is the office's routine."""
    result = _classify("Kepala Desa Sukamaju menyalurkan bantuan beras di kantor desa. Setelah saya tanyakan ke "
                       "perangkat desa, itu memang penyaluran rutin setiap semester, tidak ada kaos, stiker atau "
                       "sebutan paslon apa pun.", position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_routine_payment_with_the_pair_s_stickers_is_no_routine():
    """UU 10/2016 Pasal 71(1): stickers of a pair on the aid make it no neutral routine, whatever its schedule."""
    result = _classify("Kepala Desa Sukamaju menyalurkan bantuan beras rutin setiap semester di kantor desa, tetapi "
                       "setiap karung ditempeli stiker paslon 2.", position="Kepala Desa Sukamaju",
                       subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_regional_head_who_does_not_run_is_still_bound_by_pasal_71_2():
    """UU 10/2016 Pasal 71(2) jo. 190 (review A4): every governor, regent and mayor is barred from replacing officials
    without the Minister's written approval, whether or not he runs again; only Pasal 71(5) needs an incumbent."""
    result = _classify("Bupati melantik pejabat baru dan memberhentikan Kepala Dinas Pendidikan pada Juni 2024 tanpa "
                       "persetujuan tertulis Mendagri. Bupati sendiri tidak mencalonkan diri lagi karena sudah dua "
                       "periode.", position="Bupati", subject="regional_head", day="2024-06-10")
    assert result.category == REPLACEMENT and result.crime_indication


def test_an_asn_beside_a_head_who_does_not_run_still_poses_with_no_candidate():
    """Round 11's reading unchanged: a photo of an ASN with a regent who is not running supports no candidate."""
    result = _classify("Bu Lina, staf Bappeda, berfoto bersama Bupati di acara HUT kabupaten. Bupati sendiri tidak "
                       "mencalonkan diri lagi karena sudah dua periode.", position="Staf Bappeda", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_asn_who_declined_citing_his_status_and_stayed_away_kept_neutral():
    """SKB 2022 forbids attending as a participant; declining because 'saya ASN tidak boleh hadir' and not coming is
    keeping neutral ('nolak' read as 'menolak')."""
    result = _classify("Pak Hendra, sekretaris camat, diundang jadi narasumber di deklarasi relawan paslon 1. Dia "
                       "nolak lewat telepon, bilang saya pegawai negeri tidak boleh ikut, dan memang tidak datang.",
                       position="Sekretaris Camat", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_asn_who_declined_but_came_anyway_is_not_cleared():
    """SKB 2022 (etika: menghadiri kampanye sebagai peserta): a refusal followed by attending clears nothing."""
    result = _classify("Pak Hendra, sekretaris camat, awalnya menolak undangan deklarasi relawan paslon 1, tapi "
                       "akhirnya datang dan duduk di barisan depan memakai kaos paslon 1.",
                       position="Sekretaris Camat", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_an_office_in_a_party_organ_is_party_membership():
    """UU 20/2023 Pasal 52(3) huruf j jo. (4) (PNS and PPPK): 'wakil bendahara DPC' is an office in the party, even
    when the report also mentions the inauguration he attended."""
    result = _classify("Pak Anton, PNS di Dinas Perhubungan, ternyata wakil bendahara DPC sebuah partai. Ia juga hadir "
                       "di pelantikan pengurus bulan lalu memakai jas partai.", position="Staf Dishub", day="2024-08-01")
    assert result.category == MEMBERSHIP and not result.crime_indication


def test_a_party_decree_listing_the_asn_by_name_is_party_membership():
    """UU 20/2023 Pasal 52(3) huruf j; PP 11/2017 Pasal 255: a party's decree on its board that lists the PNS."""
    result = _classify("Namanya tercantum di surat keputusan kepengurusan DPD partai yang diunggah akun resmi partai, "
                       "sebagai anggota bidang organisasi. Ia staf BPKAD.", position="Staf BPKAD", day="2024-08-01")
    assert result.category == MEMBERSHIP


def test_meeting_a_party_officer_is_no_membership():
    """Over-reach: being received by the party's DPC treasurer is no office in the party."""
    result = _classify("Pak Anton, staf Dinas Perhubungan, bertemu dengan bendahara DPC partai di warung kopi untuk "
                       "urusan sewa tenda hajatan.", position="Staf Dishub", day="2024-08-01")
    assert result.category != MEMBERSHIP


def test_an_organiser_in_a_pair_s_colours_at_its_campaign_is_no_duty_event():
    """Organiser ethics (KPU/Bawaslu codes): an ad hoc organiser wearing a pair's shirt at its rally is not at a
    bimtek or neutrality event, even if the report mentions the bimtek she runs elsewhere."""
    result = _classify("Anggota PPK Kecamatan Barat ikut kampanye akbar paslon 2 memakai rompi paslon 2 dan berjoget "
                       "di depan panggung. Padahal besoknya dia yang memimpin bimtek KPPS.", position="Anggota PPK",
                       subject="election_organiser_ad_hoc", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


def test_an_organiser_at_a_bimtek_is_still_at_a_duty_event():
    """Round 4's reading unchanged: leading a bimtek for KPPS is the organiser's duty."""
    result = _classify("Anggota PPK Kecamatan Barat hadir memimpin bimtek KPPS di aula kecamatan.",
                       position="Anggota PPK", subject="election_organiser_ad_hoc", day=CAMPAIGN)
    assert result.category == LAWFUL
