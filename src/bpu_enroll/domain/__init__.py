"""The agency's rules as pure Python: NIK, validation and its stable codes, contributions,
occupations, regions, formats and hashing.

Imports nothing else of `bpu_enroll`, and no database or network library.
"""
