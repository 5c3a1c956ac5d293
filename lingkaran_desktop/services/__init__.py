"""Use cases: each checks the acting user's role, writes its audit event and commits once."""
