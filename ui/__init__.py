"""The Qt desktop layer. Imports lingkaran_desktop; the core never imports this package."""
