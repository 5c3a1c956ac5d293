"""Signed, encrypted files exchanged between village stations and the district office."""
