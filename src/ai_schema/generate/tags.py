"""The coarse tags the tagger gives each word: one name each, shared by the tagger and the helpers it asks."""

NOUN, VERB, AUX, DET, QUANT, PRON, PREP, CONJ, ADV, ADJ = (
    "NOUN", "VERB", "AUX", "DET", "QUANT", "PRON", "PREP", "CONJ", "ADV", "ADJ")
