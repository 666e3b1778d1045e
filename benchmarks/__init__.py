"""Benchmarks: speed and extraction quality, printed, never asserted."""
