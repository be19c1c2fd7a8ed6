"""LLM-backed generation: the model answers with a JSON description of entities and relations,
never with SQL; the answer is validated, mapped to the generator's Spec and built like offline
input. ``client`` runs inside the SECURITY DEFINER function that holds the key; ``source``
runs as the caller."""
