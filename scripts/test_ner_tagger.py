"""The parts of ner_tagger.py that must agree with the Java side (ArabicWords, ConllCorpus, CrossValidate,
ChunkScore), and the CRF's decoding on scores made up for the test. Run: cd scripts && /usr/bin/python3 -m unittest
test_ner_tagger
"""
import os
import tempfile
import unittest

import torch

import ner_tagger as nt


class JavaAgreement(unittest.TestCase):
    def test_normalize_drops_diacritics_and_folds_letters_as_arabic_words_does(self):
        self.assertEqual("احمد", nt.normalize("أَحْمَد"))
        self.assertEqual("مدرسه", nt.normalize("مدرسة"))
        self.assertEqual("مصطفي", nt.normalize("مصطفى"))
        self.assertEqual("سيول", nt.normalize("سيـول"))  # tatweel

    def test_stem_strips_conjunction_then_preposition_and_turns_lil_into_the_article(self):
        self.assertEqual("العراق", nt.stem("وبالعراق"))
        self.assertEqual("العراق", nt.stem("للعراق"))
        self.assertEqual("وزير", nt.stem("فوزير"))
        self.assertEqual("بلد", nt.stem("بلد"))  # too short to strip: the stem keeps at least 3 letters

    def test_folds_are_cross_validates_contiguous_cuts(self):
        bounds = [nt.fold_bounds(3706, 5, f) for f in range(5)]
        self.assertEqual([(0, 741), (741, 1482), (1482, 2223), (2223, 2964), (2964, 3706)], bounds)

    def test_training_part_drops_the_last_tenth_rounded_as_java_rounds(self):
        self.assertEqual(10 - 1, len(nt.training_part(list(range(10)))))
        self.assertEqual(15 - 2, len(nt.training_part(list(range(15)))))  # 1.5 rounds up, as Math.round does

    def test_conll_reading_splits_sentences_on_blank_lines_and_defaults_to_o(self):
        with tempfile.NamedTemporaryFile("w", suffix=".conll", delete=False, encoding="utf-8") as f:
            f.write("قال O\nعمرو B-PERS\n\n\nفي\nبيروت B-LOC\n")
        try:
            self.assertEqual(
                [(["قال", "عمرو"], ["O", "B-PERS"]), (["في", "بيروت"], ["O", "B-LOC"])], nt.read_conll(f.name)
            )
        finally:
            os.unlink(f.name)

    def test_chunks_follow_conlleval_an_orphan_i_opens_a_chunk_and_a_type_change_closes_one(self):
        tags = ["I-PERS", "I-PERS", "O", "B-LOC", "I-ORG", "B-ORG", "I-ORG"]
        self.assertEqual({(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")}, nt.chunks(tags))

    def test_score_counts_exact_chunks_only(self):
        counts = nt.score(["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERS", "O", "O", "B-LOC"])
        self.assertEqual((1, 1, 1), counts["LOC"])
        self.assertEqual((1, 1, 0), counts["PERS"])
        self.assertEqual((2, 2, 1), counts["overall"])
        self.assertAlmostEqual(50.0, nt.f1(counts["overall"]))


class CrfDecoding(unittest.TestCase):
    def test_viterbi_follows_transitions_over_emissions_and_respects_lengths(self):
        crf = nt.Crf(2)
        with torch.no_grad():
            crf.trans.copy_(torch.tensor([[0.0, -10.0], [0.0, 0.0]]))  # 0 -> 1 is all but forbidden
        em = torch.tensor([[[3.0, 0.0], [0.0, 2.0], [0.0, 0.0]], [[0.0, 1.0], [0.0, 1.0], [5.0, 0.0]]])
        mask = torch.tensor([[True, True, True], [True, True, False]])
        # sentence 1: tag 1 at the second token gains 2 but 0 -> 1 costs 10 and 1 first loses 3, so it stays on 0;
        # sentence 2 is two tokens long and its masked third token (which favours 0) is not read.
        self.assertEqual([[0, 0, 0], [1, 1]], crf.decode(em, mask))

    def test_likelihood_is_highest_for_the_decoded_path(self):
        torch.manual_seed(1)
        crf = nt.Crf(3)
        em = torch.randn(1, 4, 3)
        mask = torch.ones(1, 4, dtype=torch.bool)
        best = torch.tensor([crf.decode(em, mask)[0]])
        other = (best + 1) % 3
        self.assertLess(float(crf.neg_log_likelihood(em, best, mask)), float(crf.neg_log_likelihood(em, other, mask)))
        self.assertGreater(float(crf.neg_log_likelihood(em, best, mask)), 0.0)


if __name__ == "__main__":
    unittest.main()
