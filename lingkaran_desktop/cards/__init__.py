"""Participant cards (signed QR payload, PDF sheets), verification minutes, offline card check."""
