"""Referral's rules: who must act on a decision, one referral per recipient. Pure: no I/O, no clock."""
