"""Language-level helpers shared by the stages: tokens, lemmas, language identification."""
