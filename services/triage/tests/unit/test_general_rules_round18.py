"""Round 18: the general gaps the sixteenth blind set's misses showed (measured once unseen on round 17, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays as it was."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
REPLACEMENT = "regional_head_replacement_of_officials"
CAMPAIGN = "2024-10-21"


# --- a security order for the campaign (UU 2/2002 Pasal 13-14, UU 34/2004 Pasal 7) -------------------------------------

def test_uu_2_2002_pasal_13_an_officer_on_a_written_security_order_at_a_rally_is_on_duty():
    """UU 2/2002 Pasal 13-14 and Pasal 28(1): a police officer at a rally on his unit's surat perintah pengamanan, with
    no sign of support, performs his duty; the photo of him there is the report's evidence, not his act."""
    result = _classify("Ada foto Brigadir Dedi di dekat panggung kampanye paslon 1 di lapangan kecamatan. Setelah saya "
                       "tanya, dia ada di sana berdasarkan surat perintah pengamanan dari Polres, berseragam dinas.",
                       position="Anggota Polres Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_officer_on_a_security_order_who_raises_the_pair_s_finger_sign_is_not_cleared():
    """Over-reach: the order does not clear an officer who shows support (Pasal 28(1) UU 2/2002)."""
    result = _classify("Ada foto Brigadir Dedi di dekat panggung kampanye paslon 1 di lapangan kecamatan. Dia ada di "
                       "sana berdasarkan surat perintah pengamanan dari Polres, tetapi ikut mengacungkan satu jari "
                       "bersama massa paslon 1.", position="Anggota Polres Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- approval asked only after the decision (UU 10/2016 Pasal 71(2)) --------------------------------------------------

def test_pasal_71_2_a_request_for_approval_sent_after_the_decision_is_no_approval():
    """UU 10/2016 Pasal 71(2) (review A4): the Minister's written approval must precede the replacement; a request
    sent only afterwards and still unanswered is no approval."""
    result = _classify("Bupati melantik sembilan kepala dinas baru pada 2 September 2024. Permohonan persetujuan "
                       "tertulis Menteri Dalam Negeri baru dikirim sepekan kemudian dan sampai sekarang belum ada "
                       "balasan.", position="Bupati Sukaraja", subject="regional_head", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_replacement_with_the_minister_s_approval_stays_lawful():
    """Over-reach: an approval the report says was given before the installation still clears it."""
    result = _classify("Bupati melantik sembilan kepala dinas baru pada 2 September 2024 setelah mendapat persetujuan "
                       "tertulis Menteri Dalam Negeri tanggal 28 Agustus 2024.", position="Bupati Sukaraja",
                       subject="regional_head", day=CAMPAIGN)
    assert result.category == LAWFUL
