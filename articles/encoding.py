"""Text that was mis-decoded before it reached us, put right on its way in."""

MIS_DECODING_REPAIRED = ("some characters had been mis-decoded before they reached the newsroom "
                         "(such as “â€™” for “’”) and were put right — check accents and quotes")


def repair_mis_decoding(text):
    """(text, whether it changed): runs of UTF-8 read as Windows-1252 or Latin-1 ("thatâ€™s",
    "Â£5") decoded again as they were written ("that’s", "£5").

    Pages and databases that mixed up their encodings show such runs, and a copy keeps them;
    a quotation whose marks read "â€œ" is no quotation to the parser. Only runs that decode
    cleanly are changed (ftfy's ``fix_encoding``): a text's own accents, symbols and other
    scripts stay as they are.
    """
    import ftfy

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text
