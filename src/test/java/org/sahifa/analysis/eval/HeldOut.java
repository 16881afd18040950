package org.sahifa.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The held-out evaluations of the model trainers ({@link SpanModelEval}, {@link SpeakerModelEval}, {@link EntityFilterEval}): each part of the
 * data scored by a model trained on the rest, the parts being whole splits (leave-split-out) or folds of a list.
 * Order is kept: training and test lists hold their items in the order given, and parts come in the order named.
 *
 * @param <T> what is split: an annotated article
 */
record HeldOut<T>(String name, List<T> train, List<T> test) {
    /** One part per split in {@code splits}: that split's items to test, the others' to train on. */
    static <T> List<HeldOut<T>> bySplit(List<T> items, List<String> splits, Function<T, String> splitOf) {
        List<HeldOut<T>> parts = new ArrayList<>();
        for (String split : splits) {
            List<T> train = new ArrayList<>();
            List<T> test = new ArrayList<>();
            for (T item : items) {
                (splitOf.apply(item).equals(split) ? test : train).add(item);
            }
            parts.add(new HeldOut<>(split, List.copyOf(train), List.copyOf(test)));
        }
        return parts;
    }

    /** One part per split the items belong to, in order of first appearance. */
    static <T> List<HeldOut<T>> bySplit(List<T> items, Function<T, String> splitOf) {
        return bySplit(items, items.stream().map(splitOf).distinct().toList(), splitOf);
    }

    /** {@code k} folds by position: item {@code i} is tested in fold {@code i % k}. */
    static <T> List<HeldOut<T>> byFold(List<T> items, int k) {
        List<HeldOut<T>> parts = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<T> train = new ArrayList<>();
            List<T> test = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                (i % k == fold ? test : train).add(items.get(i));
            }
            parts.add(new HeldOut<>("fold " + fold, List.copyOf(train), List.copyOf(test)));
        }
        return parts;
    }
}
