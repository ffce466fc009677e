"""Round 49: the general gaps the fifty-eighth blind set's misses showed (measured once unseen on round 48, see its
file: two lawful reports given a violation), each tested with other sentences than the set's, and beside each a
similar text that keeps its answer. The reporter's suspicion ('pelapor menduga mereka mendukung paslon') asserts no
fact, so it voids no reading of a security order (Language.opinions; UU 34/2004 Pasal 7, UU 2/2002 Pasal 13-14). A
reporter who asks that a civil servant 'diperiksa' gives no order to him (tekanan_dan_pengerahan), so a member of a
family group who kept silent and left is no part of it (SKB 2022). And a guard beside the first showed a gap of its
own: an officer on a security order who shouts 'menangkan nomor 1' was cleared as on duty; 'menangkan' and shouting
a pair's number now void tugas_pengamanan and surat_perintah_pengamanan (UU 34/2004 Pasal 39)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_34_2004_pasal_7_a_reporters_suspicion_does_not_void_a_soldiers_security_order():
    """UU 34/2004 Pasal 7, UU 2/2002 Pasal 13-14: 'pelapor menduga mereka mendukung paslon'; the order answers it."""
    result = _classify('Warga melapor ada tentara dan polisi berdiri di dekat panggung kampanye paslon nomor 1 pada 26 '
                       'Oktober 2024. Pelapor menduga mereka mendukung paslon. Klarifikasi Pokja: keduanya Babinsa dan '
                       'Bhabinkamtibmas yang ditugaskan dengan surat perintah pengamanan kampanye, berseragam dinas, '
                       'tidak memakai atribut paslon dan hanya mengatur jalur massa.',
                       position='Babinsa', subject='tni', day='2024-10-26')
    assert result.category == LAWFUL


def test_uu_34_2004_pasal_39_a_soldier_on_a_security_order_seen_supporting_the_pair_is_not_cleared():
    """Over-reach (UU 34/2004 Pasal 39): the findings show him shouting the pair's number from the stage."""
    result = _classify('Babinsa yang ditugaskan dengan surat perintah pengamanan kampanye paslon nomor 1 pada 26 '
                       'Oktober 2024 naik ke panggung dan ikut berteriak menangkan nomor 1 bersama massa.',
                       position='Babinsa', subject='tni', day='2024-10-26')
    assert result.category != LAWFUL


def test_skb_2022_a_civil_servant_the_reporter_asks_to_examine_who_kept_silent_in_a_family_group_is_lawful():
    """SKB 2022: 'meminta seorang PNS ... diperiksa' is the reporter's request; he did not reply and left the group."""
    result = _classify('Pelapor mengirim tangkapan layar grup WhatsApp keluarga berisi poster paslon nomor 2 dan meminta '
                       'seorang PNS di kantor kecamatan yang menjadi anggota grup diperiksa. Poster dikirim oleh sepupunya '
                       'pada 18 Oktober 2024; ia tidak membalas, tidak memberi tanggapan, dan dua hari kemudian keluar '
                       'dari grup.',
                       position='staf kecamatan', day='2024-10-18')
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_1_a_camat_who_asks_his_staff_to_back_a_pair_keeps_the_pressure():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): the camat himself asks the civil servants to support the pair."""
    result = _classify('Pada 18 Oktober 2024 camat mengirim pesan ke grup WhatsApp kantor kecamatan, meminta seluruh PNS '
                       'di kecamatan mendukung paslon nomor 2.',
                       position='Camat', day='2024-10-18')
    assert result.category == "election_crime_official_action"
